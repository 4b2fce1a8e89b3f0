using System;
using System.Collections.Generic;
using System.Text;
using EcsAnalyzers.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EcsAnalyzers.Tests.Verifiers;

/// <summary>
/// Tests of task-definition JSON files: the file's text with markup (<c>{|ECSA8002:"contianerDefinitions"|}</c>) goes
/// through the JSON front-end and every rule, and exactly the marked diagnostics must come out.
/// </summary>
public static class VerifyJson
{
    public const string Path = "/repo/.aws/task-definition.json";

    /// <summary>Expects exactly the markup diagnostics of every rule.</summary>
    public static void Analyzer(string markup) => Check(markup, null);

    /// <summary>Checks only the given rules: <c>VerifyJson.Rules("ECSA1001").Analyzer(...)</c>.</summary>
    public static RuleScope Rules(params string[] ids) => new(ids);

    public sealed class RuleScope
    {
        private readonly string[] _ids;

        internal RuleScope(string[] ids) => _ids = ids;

        public void Analyzer(string markup) => Check(markup, _ids);
    }

    /// <summary>Every diagnostic for a file's plain text, in order, of the rules on by default (as a build without options reports them).</summary>
    public static List<Diagnostic> Diagnostics(string json, string path = Path)
    {
        var found = new List<Diagnostic>();
        TaskDefinitionFiles.Analyze(path, SourceText.From(json), d => { if (d.Descriptor.IsEnabledByDefault) { found.Add(d); } }, default);
        return found;
    }

    /// <summary>The message of the one diagnostic of rule <paramref name="id"/> for a file's plain text.</summary>
    public static string Message(string json, string id) =>
        Diagnostics(json).Single(d => d.Id == id).GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    private static void Check(string markup, string[]? ids)
    {
        var (text, expected) = Parse(markup);
        var actual = Diagnostics(text)
            .Where(d => ids is null || ids.Contains(d.Id))
            .Select(d => Describe(text, d.Id, d.Location.SourceSpan.Start, d.Location.SourceSpan.End))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        var wanted = expected.Select(e => Describe(text, e.Id, e.Start, e.End)).OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.True(wanted.SequenceEqual(actual), $"expected:\n{string.Join("\n", wanted)}\nactual:\n{string.Join("\n", actual)}\nmessages:\n"
            + string.Join("\n", Diagnostics(text).Select(d => d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));

        // Every case of every rule on a file: what it says reads as JSON.
        foreach (var d in Diagnostics(text))
        {
            var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            var remnants = EcsAnalyzers.Tests.Json.CSharpWording.In(message, ignoreQuotedValues: true);
            Assert.True(remnants.Count == 0, $"{d.Id} speaks C# in a JSON file: {message} ({string.Join("; ", remnants)})");
        }
    }

    private static string Describe(string text, string id, int start, int end) => $"{id} at {start}-{end}: {text.Substring(start, end - start)}";

    /// <summary>The text without markup, and each <c>{|ID:...|}</c> span.</summary>
    private static (string Text, List<(string Id, int Start, int End)> Spans) Parse(string markup)
    {
        var sb = new StringBuilder();
        var spans = new List<(string Id, int Start, int End)>();
        var open = new Stack<(string Id, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, "{|ECSA", 0, 6) == 0)
            {
                var colon = markup.IndexOf(':', i);
                open.Push((markup.Substring(i + 2, colon - i - 2), sb.Length));
                i = colon;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}' && open.Count > 0)
            {
                var (id, start) = open.Pop();
                spans.Add((id, start, sb.Length));
                i++;
            }
            else
            {
                sb.Append(markup[i]);
            }
        }

        return (sb.ToString(), spans);
    }
}
