using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA6009 (disabled by default): a container whose <c>Memory</c> is provably never set, at <c>new ContainerDefinition</c>.
/// Not where ECSA5003 reports the same container (no task memory and no memory reservation either).
/// </summary>
internal sealed class NoMemoryLimitRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA6009_NoMemoryLimit;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var container in model.Objects)
        {
            if (container.TypeName == "ContainerDefinition" && container.IsProvablyUnset("Memory") && !ReportedAsMissingMemory(model, container))
            {
                report(Diagnose(container.CreationSite, TaskDefinitionModel.ContainerDisplay(container)));
            }
        }
    }

    /// <summary>ECSA5003's finding: listed by a task definition without task memory, and no memory reservation.</summary>
    private static bool ReportedAsMissingMemory(BlockModel model, ObjectValue container)
    {
        if (!container.IsProvablyUnset("MemoryReservation"))
        {
            return false;
        }

        foreach (var td in model.TaskDefinitions)
        {
            if (td.Request.IsProvablyUnset("Memory") && td.Containers.Contains(container))
            {
                return true;
            }
        }

        return false;
    }
}
