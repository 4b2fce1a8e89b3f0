using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Tests.Json;

/// <summary>
/// The 211 real task definitions of <c>../shared/taskdefs-corpus</c> (read in place, never copied: they belong to their
/// authors), when that folder is present: every file reads without an exception, and the findings per rule are the ones
/// reviewed by hand (the counts below).
/// </summary>
public class TaskDefinitionCorpusTests
{
    private static readonly string Corpus = Path.Combine(SdkReferences.RepoRoot, "..", "shared", "taskdefs-corpus");

    [Fact]
    public void Every_file_reads_and_the_findings_are_the_reviewed_ones()
    {
        if (!Directory.Exists(Corpus))
        {
            return; // the shared corpus is not on this machine
        }

        var files = Directory.GetFiles(Corpus, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.Equal(211, files.Count);
        var report = new StringBuilder();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var d in VerifyJson.Diagnostics(text, file))
            {
                counts[d.Id] = counts.TryGetValue(d.Id, out var n) ? n + 1 : 1;
                var line = d.Location.GetLineSpan();
                report.AppendLine($"{Path.GetFileName(file)}({line.StartLinePosition.Line + 1},{line.StartLinePosition.Character + 1}): {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }

        var summary = string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}"));
        var dump = Environment.GetEnvironmentVariable("ECSA_CORPUS_REPORT");
        if (!string.IsNullOrEmpty(dump))
        {
            File.WriteAllText(dump, summary + "\n" + report);
        }

        Assert.True(summary == ExpectedSummary, "findings per rule changed; review them, then update ExpectedSummary:\n" + summary + "\n" + report);
    }

    /// <summary>Every message of every finding reads as JSON: no SDK property name outside the user's quoted values, no C# assignment (arguments too).</summary>
    [Fact]
    public void Every_message_reads_as_json()
    {
        if (!Directory.Exists(Corpus))
        {
            return; // the shared corpus is not on this machine
        }

        var wrong = new List<string>();
        var count = 0;
        foreach (var file in Directory.GetFiles(Corpus, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (var d in VerifyJson.Diagnostics(File.ReadAllText(file), file))
            {
                count++;
                var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                if (CSharpWording.In(message, ignoreQuotedValues: true) is { Count: > 0 } remnants)
                {
                    wrong.Add($"{Path.GetFileName(file)}: {d.Id} {message} ({string.Join("; ", remnants)})");
                }
            }
        }

        Assert.True(count > 250, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private const string ExpectedSummary = "ECSA1001: 1, ECSA1002: 2, ECSA1003: 1, ECSA1004: 24, ECSA2006: 1, ECSA3001: 103, ECSA3002: 3, ECSA3003: 32, ECSA4001: 1, ECSA4004: 1, ECSA5003: 2, ECSA5005: 2, ECSA5006: 2, ECSA5008: 7, ECSA5010: 1, ECSA5013: 1, ECSA6001: 4, ECSA6002: 11, ECSA6003: 2, ECSA6005: 5, ECSA6006: 2, ECSA6007: 75, ECSA6008: 1, ECSA8002: 1, ECSA8003: 11";
}
