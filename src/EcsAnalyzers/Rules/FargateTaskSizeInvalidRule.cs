using System;
using System.Collections.Generic;
using System.Globalization;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA1003: Fargate task cpu and memory that are not a supported pair. Points at Memory when the cpu is valid for the
/// platform (the fix picks the nearest valid memory), else at Cpu (the fix picks the nearest valid cpu). Also the size
/// after a RunTask's <c>Overrides.Cpu</c>/<c>Memory</c> on Fargate.
/// </summary>
internal sealed class FargateTaskSizeInvalidRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA1003_FargateTaskSizeInvalid;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.RequiresFargate)
            {
                continue;
            }

            if (td.Request.Definite("Cpu") is null || td.Request.Definite("Memory") is null)
            {
                CheckChoices(td, report); // a value set on one side (or both, chosen by one condition)
                continue;
            }

            if (td.Request.Definite("Cpu")?.Text is not { } cpuText || cpuText.Trim().Length == 0
                || td.Request.Definite("Memory")?.Text is not { } memoryText || memoryText.Trim().Length == 0)
            {
                continue; // missing or empty is ECSA1002's; unknown stays silent
            }

            var os = td.OperatingSystem;
            var windows = os == Model.OperatingSystem.Windows;
            var cpu = FargateSizes.ParseCpu(cpuText);
            var memory = FargateSizes.ParseMemory(memoryText);
            if (cpu is not { } c || !FargateSizes.IsValidCpu(c, windows))
            {
                var cpus = FargateSizes.Cpus(windows);
                var nearest = cpu is { } parsed ? FargateSizes.Nearest(cpus, parsed) : new List<int> { cpus[0] };
                var choices = nearest.ConvertAll(v => v.ToString(CultureInfo.InvariantCulture)).ToArray();
                foreach (var write in td.Request.Candidates("Cpu"))
                {
                    report(Diagnose(write.Where, FixData.ReplaceWith(choices), CpuProblem(cpuText, windows), CpuExpected(windows)));
                }

                continue;
            }

            var memories = FargateSizes.Memories(c);
            if (memory is { } m && FargateSizes.IsValidPair(c, m, windows))
            {
                continue;
            }

            var memoryChoices = (memory is { } mm ? FargateSizes.Nearest(memories, mm) : new List<int> { memories[0] })
                .ConvertAll(v => v.ToString(CultureInfo.InvariantCulture)).ToArray();
            foreach (var write in td.Request.Candidates("Memory"))
            {
                report(Diagnose(write.Where, FixData.ReplaceWith(memoryChoices), PairProblem(cpuText, memoryText, windows), PairExpected(c)));
            }
        }

        foreach (var launch in model.LaunchRequests)
        {
            if (!launch.IsService && launch.OnFargate)
            {
                foreach (var overrides in launch.Request.Objects("Overrides"))
                {
                    CheckOverride(launch, overrides, report);
                }
            }
        }
    }

    /// <summary>
    /// A RunTask on Fargate whose <c>Overrides</c> change the task size: the size after the override must be a Fargate
    /// size. A side that is not overridden comes from the task definition registered in the same body (else silent).
    /// Reported only at an override that makes the size invalid (the task definition's own size is its own rules').
    /// </summary>
    private void CheckOverride(LaunchRequestModel launch, ObjectValue overrides, Action<Diagnostic> report)
    {
        var cpuOverridden = Overridden(overrides, "Cpu", out var cpuText);
        var memoryOverridden = Overridden(overrides, "Memory", out var memoryText);
        if (cpuOverridden is null || memoryOverridden is null || (cpuOverridden == false && memoryOverridden == false))
        {
            return; // unknown, or nothing overridden
        }

        var td = launch.TaskDefinition;
        cpuText ??= td?.Request.Definite("Cpu")?.Text;
        memoryText ??= td?.Request.Definite("Memory")?.Text;
        if (cpuText is null || cpuText.Trim().Length == 0 || memoryText is null || memoryText.Trim().Length == 0)
        {
            return;
        }

        // Without a linked task definition the platform is not known: judged as Linux, whose sizes include every Windows one.
        var windows = td?.OperatingSystem == Model.OperatingSystem.Windows;
        var cpu = FargateSizes.ParseCpu(cpuText);
        if (cpu is not { } c || !FargateSizes.IsValidCpu(c, windows))
        {
            if (cpuOverridden == true)
            {
                var cpus = FargateSizes.Cpus(windows);
                var nearest = cpu is { } parsed ? FargateSizes.Nearest(cpus, parsed) : new List<int> { cpus[0] };
                var choices = nearest.ConvertAll(v => v.ToString(CultureInfo.InvariantCulture)).ToArray();
                foreach (var write in overrides.Candidates("Cpu"))
                {
                    report(Diagnose(write.Where, FixData.ReplaceWith(choices), CpuProblem(cpuText, windows) + " in the RunTask override", CpuExpected(windows)));
                }
            }

            return;
        }

        if (FargateSizes.ParseMemory(memoryText) is { } m && FargateSizes.IsValidPair(c, m, windows))
        {
            return;
        }

        var problem = PairProblem(cpuText, memoryText, windows) + " after the RunTask override";
        if (memoryOverridden == true)
        {
            var memories = FargateSizes.Memories(c);
            var memoryChoices = (FargateSizes.ParseMemory(memoryText) is { } mm ? FargateSizes.Nearest(memories, mm) : new List<int> { memories[0] })
                .ConvertAll(v => v.ToString(CultureInfo.InvariantCulture)).ToArray();
            foreach (var write in overrides.Candidates("Memory"))
            {
                report(Diagnose(write.Where, FixData.ReplaceWith(memoryChoices), problem, PairExpected(c)));
            }
        }
        else
        {
            foreach (var write in overrides.Candidates("Cpu"))
            {
                report(Diagnose(write.Where, problem, PairExpected(c)));
            }
        }
    }

    /// <summary>True with the text when the override sets a constant value, false when provably not overridden, null when unknown.</summary>
    private static bool? Overridden(ObjectValue overrides, string property, out string? text)
    {
        text = null;
        if (overrides.IsProvablyUnset(property))
        {
            return false;
        }

        if (overrides.Definite(property)?.Text is { } value && value.Trim().Length > 0)
        {
            text = value;
            return true;
        }

        return null;
    }

    /// <summary>
    /// Cpu and memory that take several values (<c>big ? "4096" : "256"</c>): each pair that can occur is checked, and
    /// a finding points at the option that makes its pair invalid (no fix: the other options may need the setting as it is).
    /// </summary>
    private void CheckChoices(TaskDefinitionModel td, Action<Diagnostic> report)
    {
        var windows = td.OperatingSystem == Model.OperatingSystem.Windows;
        List<Write>? reported = null;
        foreach (var (cpuWrite, memoryWrite) in td.Request.Pairs("Cpu", "Memory"))
        {
            // Only options of a conditional value: writes under `if` that differ by path stay silent, as they always have.
            if (cpuWrite.Choice is null && memoryWrite.Choice is null
                || cpuWrite.Value is not ConstantValue { Text: { } cpuText } || cpuText.Trim().Length == 0
                || memoryWrite.Value is not ConstantValue { Text: { } memoryText } || memoryText.Trim().Length == 0)
            {
                continue;
            }

            var cpu = FargateSizes.ParseCpu(cpuText);
            string? problem = null;
            string? expected = null;
            if (cpu is not { } c || !FargateSizes.IsValidCpu(c, windows))
            {
                problem = CpuProblem(cpuText, windows);
                expected = CpuExpected(windows);
            }
            else if (FargateSizes.ParseMemory(memoryText) is not { } m || !FargateSizes.IsValidPair(c, m, windows))
            {
                problem = PairProblem(cpuText, memoryText, windows);
                expected = PairExpected(c);
            }

            var at = cpu is not { } valid || !FargateSizes.IsValidCpu(valid, windows) || cpuWrite.Choice is not null ? cpuWrite : memoryWrite;
            if (problem is not null && !(reported ??= new List<Write>()).Contains(at))
            {
                reported.Add(at);
                report(Diagnose(at.Where, problem, expected));
            }
        }
    }

    private static string CpuProblem(string cpu, bool windows) => "cpu '" + cpu + "'" + (windows ? " on Windows" : "");

    private static string CpuExpected(bool windows) =>
        "Fargate task cpu is one of " + string.Join(", ", FargateSizes.Cpus(windows)) + (windows ? " on Windows" : "") + " (CPU units; 1024 = 1 vCPU)";

    private static string PairProblem(string cpu, string memory, bool windows) => "cpu '" + cpu + "' and memory '" + memory + "'" + (windows ? " on Windows" : "");

    private static string PairExpected(int cpu) =>
        "with cpu " + cpu.ToString(CultureInfo.InvariantCulture) + " the memory (MiB) is " + Describe(FargateSizes.Memories(cpu));

    private static string Describe(IReadOnlyList<int> memories) =>
        memories.Count <= 4
            ? string.Join(", ", memories)
            : memories[0].ToString(CultureInfo.InvariantCulture) + " to " + memories[memories.Count - 1].ToString(CultureInfo.InvariantCulture)
                + " in steps of " + (memories[1] - memories[0]).ToString(CultureInfo.InvariantCulture);
}
