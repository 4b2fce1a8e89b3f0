using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EcsAnalyzers.Tests.Json;

/// <summary>
/// What reads as C# in a message meant for a JSON file: an assignment (<c>X = Y.Z</c>, <c>Essential = true</c>,
/// <c>Cpu = "256"</c>), or an SDK property name of the task-definition types (<c>TaskRoleArn</c>, whose JSON key is
/// <c>taskRoleArn</c>). The names come from <c>api.json</c>, not from the front-end's table.
/// </summary>
public static class CSharpWording
{
    private static readonly Lazy<HashSet<string>> Properties = new(LoadProperties);

    /// <summary>The SDK property names of every type a task-definition file can hold (reachable from RegisterTaskDefinitionRequest and TaskDefinition).</summary>
    public static IReadOnlyCollection<string> TaskDefinitionProperties => Properties.Value;

    /// <summary>
    /// Each C# remnant of <paramref name="message"/>. With <paramref name="ignoreQuotedValues"/>, quoted text (a user's
    /// value: <c>'web'</c>, <c>"CMD"</c>) is left out first. The message's first word may be a property name used as a
    /// word ("Environment variable ..."), and so may the product "Secrets Manager".
    /// </summary>
    public static List<string> In(string message, bool ignoreQuotedValues)
    {
        var found = new List<string>();
        foreach (Match m in Regex.Matches(message, @"\b\w+ = [A-Z]\w*\.\w+"))
        {
            found.Add("member access of a ConstantClass: " + m.Value);
        }

        foreach (Match m in Regex.Matches(message, @"\b\w+ = (true|false)\b"))
        {
            found.Add("C# bool assignment: " + m.Value);
        }

        foreach (Match m in Regex.Matches(message, @"\b[A-Z]\w* = "))
        {
            found.Add("C# assignment to a property: " + m.Value);
        }

        var text = ignoreQuotedValues ? Regex.Replace(message, @"(?<![A-Za-z])'[^']*'(?![A-Za-z])|""[^""]*""", "''") : message;
        text = text.Replace("Secrets Manager", "secrets manager", StringComparison.Ordinal);
        foreach (Match m in Regex.Matches(text, @"\b[A-Z][A-Za-z0-9]*\b"))
        {
            if (m.Index > 0 && Properties.Value.Contains(m.Value))
            {
                found.Add("SDK property name: " + m.Value);
            }
        }

        return found;
    }

    private static HashSet<string> LoadProperties()
    {
        using var api = JsonDocument.Parse(File.ReadAllText(Path.Combine(SdkReferences.RepoRoot, "tests", "AwsSdkEcs.Replica", "api.json")));
        var types = api.RootElement.GetProperty("types");
        var names = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(["RegisterTaskDefinitionRequest", "TaskDefinition"]);
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            if (!seen.Add(name) || !types.TryGetProperty(name, out var type))
            {
                continue;
            }

            foreach (var p in type.GetProperty("properties").EnumerateArray())
            {
                var property = p.GetProperty("name").GetString()!;
                names.Add(property);
                foreach (var word in p.GetProperty("type").GetString()!.Split('<', '>', ',', ' ', '.', '?'))
                {
                    pending.Enqueue(word);
                }
            }
        }

        return names;
    }
}
