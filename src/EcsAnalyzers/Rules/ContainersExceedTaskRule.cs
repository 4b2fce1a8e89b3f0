using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA5005: the containers need more than the task has: the sum of container cpu over the task cpu, the sum of
/// reservations (else hard limits) over the task memory, or one hard limit over the task memory. Needs every container
/// known; sums count known values only. Points at the task-level Cpu or Memory (one diagnostic per resource).
/// </summary>
internal sealed class ContainersExceedTaskRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5005_ContainersExceedTask;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.AllContainersKnown)
            {
                continue;
            }

            int cpuSum = 0, memorySum = 0, largestLimit = 0;
            string? largest = null;
            foreach (var container in td.Containers)
            {
                cpuSum += Known(container, "Cpu");
                var limit = Known(container, "Memory");
                var reservation = Known(container, "MemoryReservation");
                memorySum += reservation > 0 ? reservation : limit;
                if (limit > largestLimit)
                {
                    (largestLimit, largest) = (limit, TaskDefinitionModel.ContainerDisplay(container));
                }
            }

            if (td.Request.Definite("Cpu")?.Text is { } cpuText && FargateSizes.ParseCpu(cpuText) is { } cpu && cpuSum > cpu)
            {
                ReportAt(td.Request, "Cpu", "the containers' cpu adds up to " + cpuSum + " units, more than the task's " + cpu, report);
            }

            if (td.Request.Definite("Memory")?.Text is { } memoryText && FargateSizes.ParseMemory(memoryText) is { } memory)
            {
                if (memorySum > memory)
                {
                    ReportAt(td.Request, "Memory", "the containers' memory reservations (else limits) add up to " + memorySum + " MiB, more than the task's " + memory, report);
                }
                else if (largestLimit > memory)
                {
                    ReportAt(td.Request, "Memory", "the memory limit of container " + largest + " (" + largestLimit + " MiB) is more than the task's " + memory, report);
                }
            }
        }
    }

    private static int Known(ObjectValue container, string property) => container.Definite(property)?.AsInt32 is { } v and > 0 ? v : 0;

    private void ReportAt(ObjectValue request, string property, string problem, Action<Diagnostic> report)
    {
        foreach (var write in request.Candidates(property))
        {
            report(Diagnose(write.Where, problem));
        }
    }
}
