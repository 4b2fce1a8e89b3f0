using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using EcsAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EcsAnalyzers.Tests.Meta;

/// <summary>Keeps descriptors, docs pages, the README table and release tracking in step. Failures print the text to paste.</summary>
public class RuleMetadataTests
{
    private static readonly Dictionary<char, string> CategoryByDigit = new()
    {
        ['1'] = "EcsFargate",
        ['2'] = "EcsStorage",
        ['3'] = "EcsIam",
        ['4'] = "EcsNetworking",
        ['5'] = "EcsContainers",
        ['6'] = "EcsSecurity",
        ['7'] = "EcsManagedInstances",
        ['8'] = "EcsTaskDefinitionFiles",
        ['9'] = "EcsSdkUsage",
    };

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var d in Descriptors.All)
        {
            data.Add(d.Id);
        }

        return data;
    }

    [Fact]
    public void Ids_are_unique_well_formed_and_match_their_category()
    {
        Assert.Equal(Descriptors.All.Length, Descriptors.All.Select(d => d.Id).Distinct().Count());
        foreach (var d in Descriptors.All)
        {
            Assert.Matches("^ECSA[1-9][0-9]{3}$", d.Id);
            Assert.Equal(CategoryByDigit[d.Id[4]], d.Category);
            Assert.Equal($"https://github.com/ecs-analyzers/EcsAnalyzers/blob/main/docs/rules/{d.Id}.md", d.HelpLinkUri);
            // A rule off by default says what it reports once turned on (EcsAnalyzersMode Strict turns it on as a warning).
            Assert.True(d.IsEnabledByDefault || d.DefaultSeverity == DiagnosticSeverity.Warning, d.Id);
        }

        Assert.Equal(Descriptors.All.Select(d => d.Id).OrderBy(i => i), new EcsRequestAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(i => i));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Docs_page_exists_and_starts_with_the_title(string id)
    {
        var d = Descriptors.All.Single(x => x.Id == id);
        var path = Path.Combine(SdkReferences.RepoRoot, "docs", "rules", id + ".md");
        var expected = $"# {id}: {d.Title}";
        Assert.True(File.Exists(path), $"Create {path} starting with:\n{expected}");
        var page = File.ReadAllText(path);
        Assert.True(page.Split('\n')[0].TrimEnd() == expected, $"First line of {path} must be:\n{expected}");
        Assert.Contains($"| Category | {d.Category} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Default severity | {Descriptors.SeverityDisplay(d)} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Code fix | {(HasCodeFix(id) ? "Yes" : "No")} |", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_rule_table_matches_the_descriptors()
    {
        var sb = new StringBuilder();
        sb.Append("<!-- rules -->\n| ID | Category | Title | Severity | Code fix |\n|---|---|---|---|---|\n");
        foreach (var d in Descriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            sb.Append($"| [{d.Id}](docs/rules/{d.Id}.md) | {d.Category} | {d.Title} | {Descriptors.SeverityDisplay(d)} | {(HasCodeFix(d.Id) ? "Yes" : "No")} |\n");
        }

        sb.Append("<!-- /rules -->");
        var readme = File.ReadAllText(Path.Combine(SdkReferences.RepoRoot, "README.md")).Replace("\r\n", "\n");
        var actual = Regex.Match(readme, "<!-- rules -->.*?<!-- /rules -->", RegexOptions.Singleline).Value;
        Assert.True(sb.ToString() == actual, "README.md rule table must be:\n" + sb);
    }

    /// <summary>The EcsAnalyzersMode presets in the package's build/ folder follow the descriptors: Strict raises every Info rule and turns on those off by default; Minimal keeps only the Error rules.</summary>
    [Theory]
    [InlineData("Strict", "warning")]
    [InlineData("Minimal", "none")]
    public void Mode_presets_follow_the_descriptors(string mode, string severity)
    {
        var expected = Descriptors.All
            .Where(d => mode == "Strict" ? !d.IsEnabledByDefault || d.DefaultSeverity == DiagnosticSeverity.Info : !d.IsEnabledByDefault || d.DefaultSeverity != DiagnosticSeverity.Error)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => $"dotnet_diagnostic.{d.Id}.severity = {severity}")
            .ToList();
        var path = Path.Combine(SdkReferences.RepoRoot, "src", "EcsAnalyzers.Package", "build", $"EcsAnalyzers.{mode}.globalconfig");
        var lines = File.ReadAllLines(path);
        Assert.Contains("is_global = true", lines);
        var actual = lines.Where(l => l.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal)).ToList();
        Assert.True(expected.SequenceEqual(actual), $"{path} must list:\n{string.Join("\n", expected)}");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Release_tracking_lists_the_rule(string id)
    {
        var d = Descriptors.All.Single(x => x.Id == id);
        var dir = Path.Combine(SdkReferences.RepoRoot, "src", "EcsAnalyzers");
        var tracked = File.ReadAllText(Path.Combine(dir, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(dir, "AnalyzerReleases.Unshipped.md"));
        var row = $"{id} | {d.Category} | {Descriptors.SeverityDisplay(d)} |";
        Assert.True(tracked.Contains(row, StringComparison.Ordinal), $"Add to AnalyzerReleases.Unshipped.md:\n{row} {d.Title}");
    }

    [Fact]
    public void Every_fixer_is_shared_csharp_only_and_fixes_real_ids()
    {
        var fixers = Fixers().ToList();
        Assert.NotEmpty(fixers);
        foreach (var type in fixers)
        {
            var export = type.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Cast<ExportCodeFixProviderAttribute>().Single();
            Assert.Equal([LanguageNames.CSharp], export.Languages);
            Assert.Equal(type.Name, export.Name);
            Assert.NotEmpty(type.GetCustomAttributes(typeof(System.Composition.SharedAttribute), false));
            var fixer = (CodeFixProvider)Activator.CreateInstance(type)!;
            Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(Descriptors.All, d => d.Id == id));
            Assert.NotNull(fixer.GetFixAllProvider());
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_has_positive_and_negative_tests(string id)
    {
        var dir = Path.Combine(SdkReferences.RepoRoot, "tests", "EcsAnalyzers.Tests", "Rules");
        var sources = Directory.GetFiles(dir, "*Tests.cs").Select(File.ReadAllText).ToList();
        var positive = sources.Count(s => s.Contains("{|" + id + ":", StringComparison.Ordinal) || s.Contains($"Diagnostic(\"{id}\")", StringComparison.Ordinal));
        Assert.True(positive > 0, $"{id} has no test that expects it");
        var testFile = sources.FirstOrDefault(s => s.Contains("Diagnostic(\"" + id + "\")", StringComparison.Ordinal)
            && Regex.IsMatch(s, @"(?:Verify|Rule)\.Analyzer\(""""""(?:(?!"""""").)*""""""\);|Verify\.Rules\(""[^""]*""\)\.Analyzer\(""""""(?:(?!"""""").)*""""""\);", RegexOptions.Singleline));

        // Task-definition files: a case that expects the rule in a JSON file, and the clean template that expects nothing.
        testFile ??= sources.FirstOrDefault(s => s.Contains("{|" + id + ":", StringComparison.Ordinal)
            && s.Contains("VerifyJson.Analyzer(Task);", StringComparison.Ordinal));
        Assert.True(testFile is not null, $"{id} has no test that expects no diagnostic");
    }

    private static bool HasCodeFix(string id) =>
        Fixers().Any(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds.Contains(id));

    private static IEnumerable<Type> Fixers() =>
        typeof(MissingTaskRoleFixer).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(CodeFixProvider)) && !t.IsAbstract);
}
