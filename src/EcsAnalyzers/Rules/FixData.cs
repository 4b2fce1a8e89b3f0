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

    /// <summary>"true": the values are SDK constants written as <c>Amazon.ECS.Type.Field</c>; the fix writes the shortest name that binds.</summary>
    public const string SdkConstant = "SdkConstant";

    /// <summary>"true": the values are C# expressions written as they are (<c>true</c>), not string literals.</summary>
    public const string Code = "Code";

    /// <summary>"true": <see cref="Add"/> adds to the object created at the first additional location (not at the location).</summary>
    public const string AddToAdditional = "AddToAdditional";

    /// <summary>"true": the fix replaces the string literal at the location with the <see cref="Values"/> as separate collection elements.</summary>
    public const string Split = "Split";

    /// <summary>
    /// "true": no fixer may act on the diagnostic. Its location is not the setting itself: the call that brought a value
    /// from a helper (the helper's line is the one additional location), or one branch of a conditional.
    /// </summary>
    public const string NotFixable = "NotFixable";

    /// <summary>Separates <see cref="Values"/>: a character no offered value contains.</summary>
    public const char Separator = '\u001f';

    internal static readonly ImmutableDictionary<string, string?> None = ImmutableDictionary<string, string?>.Empty;

    internal static readonly ImmutableDictionary<string, string?> NotFixableProperties = ImmutableDictionary<string, string?>.Empty.Add(NotFixable, "true");

    internal static readonly ImmutableDictionary<string, string?> Removable = ImmutableDictionary<string, string?>.Empty.Add(Remove, "true");

    internal static ImmutableDictionary<string, string?> ReplaceWith(params string[] values) =>
        ImmutableDictionary<string, string?>.Empty.Add(Replace, "true").Add(Values, string.Join(Separator.ToString(), values));

    /// <summary>Replace the value at the location with an SDK constant (<c>Amazon.ECS.EFSTransitEncryption.ENABLED</c>).</summary>
    internal static ImmutableDictionary<string, string?> ReplaceWithConstant(string qualifiedField) =>
        ReplaceWith(qualifiedField).Add(SdkConstant, "true");

    /// <summary>Add <paramref name="property"/> = <paramref name="value"/> to the object created at the location.</summary>
    internal static ImmutableDictionary<string, string?> AddSetting(string property, string value, bool sdkConstant = false, bool toAdditional = false)
    {
        var data = ImmutableDictionary<string, string?>.Empty.Add(Add, property).Add(property, value);
        data = sdkConstant ? data.Add(SdkConstant, "true") : data;
        return toAdditional ? data.Add(AddToAdditional, "true") : data;
    }

    /// <summary>Replace the value at the location with the C# expression <paramref name="code"/>.</summary>
    internal static ImmutableDictionary<string, string?> ReplaceWithCode(string code) => ReplaceWith(code).Add(Code, "true");

    /// <summary>Add <paramref name="property"/> = <paramref name="code"/> (a C# expression) to the object created at the location.</summary>
    internal static ImmutableDictionary<string, string?> AddCode(string property, string code) => AddSetting(property, code).Add(Code, "true");

    internal static ImmutableDictionary<string, string?> SplitInto(string first, string second) =>
        ImmutableDictionary<string, string?>.Empty.Add(Split, "true").Add(Values, first + Separator + second);
}
