using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA4003: port mappings on a container of a task definition with network mode none; points at PortMappings.</summary>
internal sealed class PortMappingsWithNoneModeRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA4003_PortMappingsWithNoneMode;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.NetworkModeIs("none"))
            {
                continue;
            }

            foreach (var container in td.Containers)
            {
                foreach (var write in container.PresentWrites("PortMappings"))
                {
                    report(Diagnose(write.Where, TaskDefinitionModel.ContainerDisplay(container)));
                }
            }
        }
    }
}
