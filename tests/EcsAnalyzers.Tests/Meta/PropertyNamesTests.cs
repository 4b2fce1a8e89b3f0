using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using EcsAnalyzers.Model;

namespace EcsAnalyzers.Tests.Meta;

/// <summary>
/// Rules and fixers name SDK properties by string (<c>"TaskRoleArn"</c>). A misspelled name silently blinds a rule (or,
/// for a rule about something missing, makes it fire on every request): every name must exist on its type in api.json.
/// </summary>
public class PropertyNamesTests
{
    private static readonly Dictionary<string, HashSet<string>> ApiProperties = LoadApi();

    private static Dictionary<string, HashSet<string>> LoadApi()
    {
        var api = JsonDocument.Parse(File.ReadAllText(Path.Combine(SdkReferences.RepoRoot, "tests", "AwsSdkEcs.Replica", "api.json"))).RootElement;
        var types = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in api.GetProperty("types").EnumerateObject())
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            if (!type.Value.TryGetProperty("properties", out var properties))
            {
                continue; // a name api.json notes but does not describe (RestartPolicy)
            }

            foreach (var property in properties.EnumerateArray())
            {
                names.Add(property.GetProperty("name").GetString()!);
            }

            types[type.Name] = names;
        }

        return types;
    }

    /// <summary>Null when <paramref name="property"/> is a property of <paramref name="type"/> in api.json, else the problem.</summary>
    private static string? Problem(string type, string property) =>
        !ApiProperties.TryGetValue(type, out var names) ? $"{type} is not a type of api.json (looked up {property})"
        : names.Contains(property) ? null
        : $"{type}.{property} is not in api.json";

    [Fact]
    public void The_check_catches_a_misspelled_name()
    {
        Assert.Null(Problem("RegisterTaskDefinitionRequest", "TaskRoleArn"));
        Assert.NotNull(Problem("RegisterTaskDefinitionRequest", "TaskRoleArm"));
        Assert.NotNull(Problem("ContainerDefinition", "TaskRoleArn"));
    }

    /// <summary>Every lookup the rules make, on every object of every sample and rule-test source, on both SDK surfaces.</summary>
    [Fact]
    public async Task Every_property_a_rule_looks_up_exists_on_that_type()
    {
        var seen = new ConcurrentDictionary<(string Type, string Property), bool>();
        ObjectValue.LookupObserver = (type, property) => seen.TryAdd((type, property), true);
        try
        {
            foreach (var sdk in SdkReferences.Both)
            {
                foreach (var (_, text) in EcsSources.Sources)
                {
                    await EcsSources.AnalyzeAsync(EcsSources.Compile(text, sdk));
                }
            }
        }
        finally
        {
            ObjectValue.LookupObserver = null;
        }

        var problems = new List<string>();
        foreach (var (type, property) in seen.Keys)
        {
            if (Problem(type, property) is { } problem)
            {
                problems.Add(problem);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(seen.Count > 100, $"only {seen.Count} lookups seen");
    }

    /// <summary>Every property name written as a string in the analyzer and fixer sources exists on some type of api.json.</summary>
    [Fact]
    public void Every_property_name_in_the_sources_exists_in_the_api()
    {
        var lookup = new Regex(@"\b(Candidates|Definite|DefiniteObject|DefiniteUnknown|Items|Objects|Constants|PresentWrites|HasValue|IsProvablyUnset|AddSetting|SettingOf|Pairs)\(""([A-Za-z0-9]+)""(?:,\s*""([A-Za-z0-9]+)"")?");
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var names in ApiProperties.Values)
        {
            all.UnionWith(names);
        }

        var found = 0;
        var problems = new List<string>();
        foreach (var folder in new[] { "src/EcsAnalyzers", "src/EcsAnalyzers.CodeFixes" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(SdkReferences.RepoRoot, folder), "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match match in lookup.Matches(File.ReadAllText(file)))
                {
                    foreach (var group in new[] { match.Groups[2], match.Groups[3] })
                    {
                        if (group.Success)
                        {
                            found++;
                            if (!all.Contains(group.Value))
                            {
                                problems.Add($"{Path.GetFileName(file)}: \"{group.Value}\" is no property in api.json");
                            }
                        }
                    }
                }
            }
        }

        Assert.True(found > 100, $"only {found} property names found: has the way rules name properties changed?");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
