using System.Collections.Immutable;

namespace EcsAnalyzers.Rules;

/// <summary>
/// Diagnostic properties that tell the generic fixers what to do, so the fixers never re-derive a rule's facts from syntax.
/// </summary>
public static class FixData
{
    /// <summary>"true": the diagnostic's location is a setting (an assignment) that the fix removes.</summary>
    public const string Remove = "Remove";

    /// <summary>The fix replaces the value assigned at the diagnostic's location with one of <see cref="Values"/> (a string literal each).</summary>
    public const string Replace = "Replace";

    /// <summary>The values offered, separated by <see cref="Separator"/>: one fix each, in order.</summary>
    public const string Values = "Values";

    /// <summary>Properties the fix adds to the object created at the diagnostic's location; each property's value is under its own name.</summary>
    public const string Add = "Add";

    public const char Separator = ';';

    internal static readonly ImmutableDictionary<string, string?> Removable = ImmutableDictionary<string, string?>.Empty.Add(Remove, "true");

    internal static ImmutableDictionary<string, string?> ReplaceWith(params string[] values) =>
        ImmutableDictionary<string, string?>.Empty.Add(Replace, "true").Add(Values, string.Join(Separator.ToString(), values));
}
