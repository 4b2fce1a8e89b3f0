using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA5008: a malformed container health check: a first command element that is not exactly CMD or CMD-SHELL (the fix
/// splits <c>"CMD-SHELL, curl …"</c> and <c>"CMD-SHELL curl …"</c>), or an interval, timeout, retry count or start period
/// out of range.
/// </summary>
internal sealed class HealthCheckRule : Rule
{
    private static readonly (string Property, int Min, int Max, string Unit)[] Ranges =
    {
        ("Interval", 5, 300, " seconds"),
        ("Timeout", 2, 60, " seconds"),
        ("Retries", 1, 10, ""),
        ("StartPeriod", 0, 300, " seconds"),
    };

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5008_HealthCheck;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var check in model.Objects)
        {
            if (check.TypeName != "HealthCheck")
            {
                continue;
            }

            foreach (var write in check.Candidates("Command"))
            {
                // The first element is provably first only when every item of the list is known.
                if (write.Value is ListValue { AllItemsKnown: true, Items.Count: > 0 } command && command.Items[0] is ConstantValue { Text: { } first } element
                    && first is not ("CMD" or "CMD-SHELL"))
                {
                    report(Diagnose(element.Where, Split(first) ?? FixData.None, "the command starts with '" + first + "', not exactly \"CMD\" or \"CMD-SHELL\" (put the command in the following elements)"));
                }
            }

            foreach (var (property, min, max, unit) in Ranges)
            {
                foreach (var (value, write) in check.Constants(property))
                {
                    if (value.AsInt32 is { } v && (v < min || v > max))
                    {
                        report(Diagnose(write.Where, FixData.None, property + " is " + v + unit + ", outside " + min + "-" + max));
                    }
                }
            }
        }
    }

    /// <summary>"CMD-SHELL, curl -f http://localhost/ || exit 1" becomes "CMD-SHELL" and "curl -f http://localhost/ || exit 1".</summary>
    private static System.Collections.Immutable.ImmutableDictionary<string, string?>? Split(string first)
    {
        var text = first.TrimStart();
        foreach (var keyword in new[] { "CMD-SHELL" }) // not "CMD": its arguments are separate elements, which a split cannot know
        {
            if (text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase) && text.Length > keyword.Length && (text[keyword.Length] is ',' or ' ' or '\t'))
            {
                var rest = text.Substring(keyword.Length).TrimStart(',', ' ', '\t');
                return rest.Length == 0 ? null : FixData.SplitInto(keyword, rest);
            }
        }

        return null;
    }
}
