using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EcsAnalyzers.Json;

/// <summary>
/// The JSON front-end: reads a task-definition file's JSON into the same model the C# reader fills (an
/// <see cref="ObjectValue"/> per JSON object, typed by the service model), so that every rule runs on it unchanged. It
/// reports what only a file can get wrong: a key that is no member (ECSA8002) and a value of the wrong JSON type (ECSA8003).
/// Template placeholders are unknown values; so is a value of the wrong type (reported once, by ECSA8003).
/// </summary>
internal sealed class TaskDefinitionFileReader
{
    private readonly string _path;
    private readonly SourceText _text;
    private readonly Action<Diagnostic> _report;
    private readonly List<ObjectValue> _objects = new();

    /// <summary>The items of a list that are read; the rest are unknown. Far above what ECS accepts in any list of a task definition.</summary>
    internal const int MaxListItems = 1000;

    private TaskDefinitionFileReader(string path, SourceText text, Action<Diagnostic> report)
    {
        _path = path;
        _text = text;
        _report = report;
    }

    /// <summary>
    /// The task definition in <paramref name="root"/>: a RegisterTaskDefinition input, or a DescribeTaskDefinition output
    /// (optionally wrapped in <c>{"taskDefinition": ...}</c>); null when the JSON is not a task definition (no
    /// <c>containerDefinitions</c> and no <c>family</c>).
    /// </summary>
    public static JsonObject? TaskDefinitionOf(JsonNode root)
    {
        if (root is not JsonObject o)
        {
            return null;
        }

        if (o.Get("containerDefinitions") is null && o.Get("family") is null && o.Get("taskDefinition") is JsonObject wrapped)
        {
            o = wrapped;
        }

        return o.Get("containerDefinitions") is null && o.Get("family") is null ? null : o;
    }

    /// <summary>Reads the task definition <paramref name="root"/> of a file; reports ECSA8002/ECSA8003 as it goes.</summary>
    public static BlockModel Read(string path, SourceText text, JsonObject root, Action<Diagnostic> report)
    {
        var reader = new TaskDefinitionFileReader(path, text, report);
        var request = reader.ReadObject(root, ServiceShapes.Shapes["RegisterTaskDefinitionRequest"], reader.Anchor(root.Start, root.Start + 1), "", isRoot: true);
        return new BlockModel(reader._objects, request);
    }

    public static Location LocationOf(string path, SourceText text, int start, int end)
    {
        var span = TextSpan.FromBounds(start, Math.Min(Math.Max(start, end), text.Length));
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }

    private FileAnchor Anchor(int start, int end) => new(LocationOf(_path, _text, start, end), start);

    private ObjectValue ReadObject(JsonObject node, Shape shape, FileAnchor anchor, string path, bool isRoot = false)
    {
        var o = new ObjectValue(anchor, shape.Name, node.Members.Count + 1);
        _objects.Add(o);
        foreach (var member in node.Members)
        {
            var memberPath = path.Length == 0 ? member.Name : path + "." + member.Name;
            if (!shape.Members.TryGetValue(member.Name, out var known))
            {
                if (!(isRoot && ServiceShapes.IsReadOnlyTaskDefinitionKey(member.Name)))
                {
                    var nearest = NearestKey(member.Name, shape);
                    _report(Diagnostic.Create(
                        Descriptors.ECSA8002_UnknownKey,
                        LocationOf(_path, _text, member.NameStart, member.NameEnd),
                        member.Name,
                        path.Length == 0 ? "the task definition" : "'" + path + "'",
                        nearest is null ? "" : "; did you mean '" + nearest + "'?"));
                }

                continue;
            }

            if (known.Kind == MemberKind.Timestamp)
            {
                continue; // read-only (registeredAt): never written by a request
            }

            var value = ReadMember(known, member, memberPath);
            var end = member.Value is JsonObject or JsonArray ? member.NameEnd : member.Value.End;
            o.Set(known.Property, new Write(value, Anchor(member.NameStart, end)));
        }

        return o;
    }

    private Value ReadMember(ShapeMember member, JsonMember json, string path)
    {
        var node = json.Value;
        if (IsUnknown(node))
        {
            return new UnknownValue(Anchor(node.Start, node.End));
        }

        if (node is JsonNull)
        {
            return new ConstantValue(Anchor(node.Start, node.End), null);
        }

        switch (member.Kind)
        {
            case MemberKind.Object when node is JsonObject o:
                return ReadObject(o, ServiceShapes.Shapes[member.ObjectType!], Anchor(o.Start, o.Start + 1), path);
            case MemberKind.List when node is JsonArray array:
                return ReadList(member, array, Anchor(json.NameStart, json.NameEnd), path);
            case MemberKind.Map when node is JsonObject map:
                return ReadMap(map, Anchor(json.NameStart, json.NameEnd), path);
            case MemberKind.List or MemberKind.Map or MemberKind.Object:
                return WrongType(node, path, Expected(member.Kind, member.ObjectType));
            case MemberKind.String when node is JsonString { Value.Length: 0 } && (member.ConstantClass is not null || member.Property.EndsWith("RoleArn", StringComparison.Ordinal)):
                // "" is how the CLI's skeleton leaves a setting out; what ECS makes of it for a role or a value set is not known.
                return new UnknownValue(Anchor(node.Start, node.End));
            default:
                return ReadScalar(member.Kind, node, path);
        }
    }

    private Value ReadScalar(MemberKind kind, JsonNode node, string path)
    {
        var anchor = Anchor(node.Start, node.End);
        switch (kind)
        {
            case MemberKind.String when node is JsonString s:
                return new ConstantValue(anchor, s.Value);
            case MemberKind.Integer when node is JsonNumber { Integer: { } integer }:
                return new ConstantValue(anchor, integer is >= int.MinValue and <= int.MaxValue ? (int)integer : integer);
            case MemberKind.Boolean when node is JsonBoolean b:
                return new ConstantValue(anchor, b.Value);
            default:
                return WrongType(node, path, Expected(kind, null));
        }
    }

    private ListValue ReadList(ShapeMember member, JsonArray array, FileAnchor anchor, string path)
    {
        var list = new ListValue(anchor);
        for (var i = 0; i < array.Items.Count; i++)
        {
            if (i == MaxListItems)
            {
                list.AllItemsKnown = false; // rules compare items pairwise: a huge list is read in part (ECS takes 10 containers)
                break;
            }

            var item = array.Items[i];
            var itemPath = path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (item is JsonPlaceholder)
            {
                list.AllItemsKnown = false; // a template may put any number of items there
            }

            if (IsUnknown(item))
            {
                list.Items.Add(new UnknownValue(Anchor(item.Start, item.End)));
            }
            else if (member.ItemKind == MemberKind.Object)
            {
                list.Items.Add(item is JsonObject o
                    ? ReadObject(o, ServiceShapes.Shapes[member.ObjectType!], Anchor(o.Start, o.Start + 1), itemPath)
                    : WrongType(item, itemPath, Expected(MemberKind.Object, member.ObjectType)));
            }
            else
            {
                list.Items.Add(ReadScalar(member.ItemKind, item, itemPath));
            }
        }

        return list;
    }

    private ListValue ReadMap(JsonObject map, FileAnchor anchor, string path)
    {
        var list = new ListValue(anchor);
        foreach (var entry in map.Members)
        {
            var entryAnchor = Anchor(entry.NameStart, entry.Value.End);
            var key = new ConstantValue(Anchor(entry.NameStart, entry.NameEnd), entry.Name);
            var value = IsUnknown(entry.Value) ? new UnknownValue(Anchor(entry.Value.Start, entry.Value.End))
                : entry.Value is JsonNull ? new ConstantValue(Anchor(entry.Value.Start, entry.Value.End), null)
                : ReadScalar(MemberKind.String, entry.Value, path + "." + entry.Name);
            list.Items.Add(new KeyValueValue(entryAnchor, key, value));
        }

        return list;
    }

    private UnknownValue WrongType(JsonNode node, string path, string expected)
    {
        _report(Diagnostic.Create(
            Descriptors.ECSA8003_WrongType,
            LocationOf(_path, _text, node.Start, node.End),
            path,
            expected,
            node.Describe));
        return new UnknownValue(Anchor(node.Start, node.End));
    }

    private static string Expected(MemberKind kind, string? objectType) => kind switch
    {
        MemberKind.String => "a string",
        MemberKind.Integer => "an integer",
        MemberKind.Boolean => "true or false",
        MemberKind.Object => "an object (" + objectType + ")",
        MemberKind.List => "a list",
        MemberKind.Map => "an object of string values",
        _ => "a timestamp",
    };

    /// <summary>A placeholder, bare or inside a string: unknown until the template is rendered.</summary>
    private static bool IsUnknown(JsonNode node) => node is JsonPlaceholder || (node is JsonString s && Placeholders.Contains(s.Value));

    /// <summary>The member key nearest to an unknown <paramref name="key"/> (the same but for case, or a few edits away), when one is clearly nearest.</summary>
    internal static string? NearestKey(string key, Shape shape)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var candidate in shape.Members.Keys)
        {
            var distance = Distance(key.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
                tie = false;
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        var allowed = key.Length < 6 ? 1 : key.Length < 12 ? 2 : 3;
        return best is not null && !tie && bestDistance <= allowed ? best : null;
    }

    /// <summary>Edits between two strings: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3 || a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
