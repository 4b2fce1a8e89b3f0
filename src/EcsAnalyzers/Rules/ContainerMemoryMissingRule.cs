using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA5003: no task-level memory and a container with neither Memory nor MemoryReservation; points at that <c>new ContainerDefinition</c>.</summary>
internal sealed class ContainerMemoryMissingRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5003_ContainerMemoryMissing;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.Request.IsProvablyUnset("Memory"))
            {
                continue;
            }

            foreach (var container in td.Containers)
            {
                if (container.IsProvablyUnset("Memory") && container.IsProvablyUnset("MemoryReservation"))
                {
                    report(Diagnose(container.CreationSite, TaskDefinitionModel.ContainerDisplay(container)));
                }
            }
        }
    }
}
