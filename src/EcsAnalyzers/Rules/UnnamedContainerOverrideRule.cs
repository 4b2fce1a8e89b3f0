using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA5014: a container override that provably sets something (an unconditional write of a value: a constant, an object,
/// a list with an item) but no <c>Name</c>, at <c>new ContainerOverride</c>; a blank constant name, at the Name write.
/// Only when every write to the override is visible. An empty override is accepted by the service: not a finding.
/// </summary>
internal sealed class UnnamedContainerOverrideRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5014_UnnamedContainerOverride;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var o in model.Objects)
        {
            if (o.TypeName != "ContainerOverride" || !o.AllWritesVisible || SetSettings(o) is not { } settings)
            {
                continue;
            }

            if (o.IsProvablyUnset("Name"))
            {
                report(Diagnose(o.CreationSite, "sets " + settings + " but no Name"));
            }
            else if (o.Definite("Name")?.Text is { } name && name.Trim().Length == 0)
            {
                foreach (var write in o.Candidates("Name"))
                {
                    report(Diagnose(write.Where, "sets " + settings + " but its Name is blank"));
                }
            }
        }
    }

    /// <summary>The settings other than Name that an unconditional write gives a value, for the message; null when none.</summary>
    private static string? SetSettings(ObjectValue o)
    {
        List<string>? names = null;
        for (var i = 0; i < o.PropertyCount; i++)
        {
            if (o.NameAt(i) == "Name")
            {
                continue;
            }

            foreach (var write in o.CandidatesAt(i))
            {
                if (!write.Conditional && write.Value is ConstantValue { Constant: not null } or ObjectValue or ListValue { Items.Count: > 0 })
                {
                    (names ??= new List<string>()).Add(o.NameAt(i));
                    break;
                }
            }
        }

        return names is null ? null : string.Join(", ", names);
    }
}
