using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA1002: a Fargate task definition without task-level Cpu or Memory (or with an empty string). The diagnostic
/// carries the smallest valid size that covers the containers' declared cpu and memory for the fix.
/// </summary>
internal sealed class FargateTaskSizeMissingRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA1002_FargateTaskSizeMissing;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.RequiresFargate)
            {
                continue;
            }

            var cpuMissing = td.Request.IsProvablyUnset("Cpu");
            var memoryMissing = td.Request.IsProvablyUnset("Memory");
            var cpuEmpty = EmptyWrites(td.Request, "Cpu");
            var memoryEmpty = EmptyWrites(td.Request, "Memory");
            if (!cpuMissing && !memoryMissing && cpuEmpty.Count == 0 && memoryEmpty.Count == 0)
            {
                continue;
            }

            var (cpu, memory) = SmallestSize(td);
            var size = ImmutableDictionary<string, string?>.Empty
                .Add("Cpu", cpu.ToString(CultureInfo.InvariantCulture))
                .Add("Memory", memory.ToString(CultureInfo.InvariantCulture));
            var cpuText = size["Cpu"]!;
            var memoryText = size["Memory"]!;

            if (cpuMissing || memoryMissing)
            {
                var add = cpuMissing && memoryMissing ? "Cpu,Memory" : cpuMissing ? "Cpu" : "Memory";
                var what = cpuMissing && memoryMissing ? "'cpu' and 'memory'" : cpuMissing ? "'cpu'" : "'memory'";
                report(Diagnose(td.CreationSite, size.Add(FixData.Add, add), what, cpuText, memoryText));
            }

            foreach (var write in cpuEmpty)
            {
                report(Diagnose(write.Where, FixData.ReplaceWith(cpuText), "'cpu'", cpuText, memoryText));
            }

            foreach (var write in memoryEmpty)
            {
                report(Diagnose(write.Where, FixData.ReplaceWith(memoryText), "'memory'", cpuText, memoryText));
            }
        }
    }

    private static List<Write> EmptyWrites(ObjectValue request, string property)
    {
        var writes = new List<Write>();
        foreach (var (value, write) in request.Constants(property))
        {
            if (value.Text is { } text && text.Trim().Length == 0)
            {
                writes.Add(write);
            }
        }

        return writes;
    }

    /// <summary>
    /// The smallest Fargate size with at least the containers' summed cpu and memory (reservation, else hard limit; and
    /// at least the largest hard limit), keeping a valid cpu or memory the request already sets. Default 256/512.
    /// </summary>
    private static (int Cpu, int Memory) SmallestSize(TaskDefinitionModel td)
    {
        int cpuSum = 0, memorySum = 0, largestLimit = 0;
        foreach (var container in td.Containers)
        {
            cpuSum += container.Definite("Cpu")?.AsInt32 is { } c and > 0 ? c : 0;
            var limit = container.Definite("Memory")?.AsInt32 is { } m and > 0 ? m : 0;
            var reservation = container.Definite("MemoryReservation")?.AsInt32 is { } r and > 0 ? r : 0;
            memorySum += reservation > 0 ? reservation : limit;
            largestLimit = Math.Max(largestLimit, limit);
        }

        var windows = td.OperatingSystem == Model.OperatingSystem.Windows;
        var fixedCpu = td.Request.Definite("Cpu")?.Text is { } cpuText ? FargateSizes.ParseCpu(cpuText) : null;
        var fixedMemory = td.Request.Definite("Memory")?.Text is { } memoryText ? FargateSizes.ParseMemory(memoryText) : null;
        var minMemory = Math.Max(memorySum, largestLimit);
        return FargateSizes.SmallestPair(cpuSum, minMemory, fixedCpu, fixedMemory, windows)
            ?? FargateSizes.SmallestPair(cpuSum, minMemory, null, null, windows)
            ?? (windows ? (1024, 2048) : (256, 512));
    }
}
