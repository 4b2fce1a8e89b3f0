using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA6008: a dangerous Linux capability in <c>LinuxParameters.Capabilities.Add</c>, at the item (with or without
/// <c>CAP_</c>, any case). In a Fargate task definition only SYS_PTRACE: ECSA1004 rejects every other added capability there.
/// </summary>
internal sealed class DangerousCapabilityRule : Rule
{
    private static readonly string[] Dangerous =
    {
        "ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_MODULE", "SYS_RAWIO", "SYS_PTRACE", "SYS_BOOT", "SYS_TIME", "DAC_READ_SEARCH", "BPF", "PERFMON",
    };

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA6008_DangerousCapability;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var container in model.Objects)
        {
            if (container.TypeName != "ContainerDefinition"
                || container.DefiniteObject("LinuxParameters")?.DefiniteObject("Capabilities") is not { } capabilities)
            {
                continue;
            }

            var fargate = model.InFargateTask(container);
            foreach (var item in capabilities.Items("Add"))
            {
                if (item is ConstantValue { Text: { } text } && Normalize(text) is { } capability
                    && Array.IndexOf(Dangerous, capability) >= 0 && (!fargate || capability == "SYS_PTRACE"))
                {
                    report(Diagnose(item.Where, TaskDefinitionModel.ContainerDisplay(container), text));
                }
            }
        }
    }

    private static string Normalize(string capability)
    {
        var c = capability.Trim().ToUpperInvariant();
        return c.StartsWith("CAP_", StringComparison.Ordinal) ? c.Substring(4) : c;
    }
}
