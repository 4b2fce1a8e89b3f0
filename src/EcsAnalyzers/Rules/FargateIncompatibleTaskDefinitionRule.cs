using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA1008: a RunTask/CreateService request on Fargate (launch type or FARGATE/FARGATE_SPOT provider) that launches a
/// task definition registered in the same body which provably cannot run on Fargate: network mode not awsvpc (or unset),
/// task cpu or memory missing or not a Fargate size, or a setting ECSA1004 names. ECS derives compatibility from the
/// content, so a task definition that merely omits FARGATE is fine; one that lists FARGATE is ECSA1001-1004's (its
/// registration already fails). Points at the LaunchType (or the Fargate capacity provider).
/// </summary>
internal sealed class FargateIncompatibleTaskDefinitionRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA1008_FargateIncompatibleTaskDefinition;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var launch in model.LaunchRequests)
        {
            if (launch.TaskDefinition is not { RequiresFargate: false } td || !launch.OnFargate || launch.FargateSite is not { } site
                || Reason(td) is not { } reason)
            {
                continue;
            }

            report(Diagnose(site, td.FamilyDisplay, reason));
        }
    }

    private static string? Reason(TaskDefinitionModel td)
    {
        var request = td.Request;
        if (request.IsProvablyUnset("NetworkMode"))
        {
            return "has no network mode (it defaults to 'bridge'; Fargate only supports 'awsvpc')";
        }

        if (request.Definite("NetworkMode") is { Constant: not null } mode && !mode.Is("awsvpc"))
        {
            return "uses network mode '" + mode.Display + "' (Fargate only supports 'awsvpc')";
        }

        var cpu = Size(request, "Cpu", out var cpuMissing);
        var memory = Size(request, "Memory", out var memoryMissing);
        if (cpuMissing || memoryMissing)
        {
            return "has no task-level " + (cpuMissing && memoryMissing ? "'cpu' and 'memory'" : cpuMissing ? "'cpu'" : "'memory'") + " (Fargate requires both)";
        }

        if (cpu is { } cpuText && memory is { } memoryText)
        {
            var windows = td.OperatingSystem == Model.OperatingSystem.Windows; // Linux sizes include every Windows size
            if (FargateSizes.ParseCpu(cpuText) is not { } c || FargateSizes.ParseMemory(memoryText) is not { } m || !FargateSizes.IsValidPair(c, m, windows))
            {
                return "has cpu '" + cpuText + "' and memory '" + memoryText + "', which is not a Fargate task size";
            }
        }

        string? unsupported = null;
        FargateUnsupportedSettingRule.Findings(td, (_, what, _) => unsupported ??= what);
        return unsupported is null ? null : "uses " + unsupported + ", which Fargate does not support";
    }

    /// <summary>The property's definite non-empty text, or null; <paramref name="missing"/> when provably unset or empty.</summary>
    private static string? Size(ObjectValue request, string property, out bool missing)
    {
        var text = request.Definite(property)?.Text?.Trim();
        missing = request.IsProvablyUnset(property) || text is { Length: 0 };
        return text is { Length: > 0 } ? text : null;
    }
}
