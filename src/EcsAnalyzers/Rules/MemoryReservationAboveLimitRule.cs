using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA5004: a container's MemoryReservation greater than its Memory (equal is fine); points at Memory.</summary>
internal sealed class MemoryReservationAboveLimitRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5004_MemoryReservationAboveLimit;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var container in model.Objects)
        {
            if (container.TypeName != "ContainerDefinition"
                || container.Definite("MemoryReservation")?.AsInt32 is not { } reservation
                || container.Definite("Memory")?.AsInt32 is not { } limit
                || limit <= 0 || reservation <= limit)
            {
                continue;
            }

            foreach (var write in container.Candidates("Memory"))
            {
                report(Diagnose(write.Where, TaskDefinitionModel.ContainerDisplay(container), reservation, limit));
            }
        }
    }
}
