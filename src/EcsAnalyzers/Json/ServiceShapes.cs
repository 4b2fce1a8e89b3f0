using System;
using System.Collections.Generic;

namespace EcsAnalyzers.Json;

/// <summary>What JSON a member holds.</summary>
internal enum MemberKind
{
    String,
    Integer,
    Boolean,
    Timestamp,
    Object,
    List,
    Map,
}

/// <summary>One member of a model type: its JSON key, SDK property, and what it holds.</summary>
internal sealed class ShapeMember
{
    public ShapeMember(string property, string sdkType)
    {
        Property = property;
        Key = char.ToLowerInvariant(property[0]) + property.Substring(1);
        var type = sdkType.TrimEnd('?');
        if (type.StartsWith("List<", StringComparison.Ordinal))
        {
            Kind = MemberKind.List;
            type = type.Substring(5, type.Length - 6);
            var dot = type.LastIndexOf('.');
            type = dot < 0 ? type : type.Substring(dot + 1);
            ItemKind = KindOf(type);
            ObjectType = ItemKind == MemberKind.Object ? type : null;

            // Lists of ConstantClass values are List<string> in the SDK; the service model names the enum.
            ConstantClass = property is "RequiresCompatibilities" or "Compatibilities" ? "Compatibility" : null;
        }
        else if (type.StartsWith("Dictionary<", StringComparison.Ordinal))
        {
            Kind = MemberKind.Map;
        }
        else
        {
            Kind = KindOf(type);
            ObjectType = Kind == MemberKind.Object ? type : null;
            ConstantClass = Kind == MemberKind.String && type != "string" ? type : null;
        }
    }

    /// <summary>The JSON key: the service model's member name (<c>efsVolumeConfiguration</c>).</summary>
    public string Key { get; }

    /// <summary>The SDK property (<c>EfsVolumeConfiguration</c>).</summary>
    public string Property { get; }

    public MemberKind Kind { get; }

    /// <summary>For a list: what each item holds.</summary>
    public MemberKind ItemKind { get; }

    /// <summary>For an object, or a list of objects: the SDK model type.</summary>
    public string? ObjectType { get; }

    /// <summary>For a string (or a list of strings) with a set of known values: the ConstantClass's name.</summary>
    public string? ConstantClass { get; }

    private static MemberKind KindOf(string type) => type switch
    {
        "int" or "long" or "double" => MemberKind.Integer,
        "bool" => MemberKind.Boolean,
        "DateTime" => MemberKind.Timestamp,
        "string" => MemberKind.String,
        _ => ServiceShapes.PropertiesByType.ContainsKey(type) ? MemberKind.Object : MemberKind.String,
    };
}

/// <summary>The members of one model type, by JSON key.</summary>
internal sealed class Shape
{
    public Shape(string name, string[] properties)
    {
        Name = name;
        foreach (var entry in properties)
        {
            var colon = entry.IndexOf(':');
            var member = new ShapeMember(entry.Substring(0, colon), entry.Substring(colon + 1));
            Members[member.Key] = member;
        }
    }

    public string Name { get; }

    public Dictionary<string, ShapeMember> Members { get; } = new(StringComparer.Ordinal);
}

internal static partial class ServiceShapes
{
    private static Dictionary<string, Shape>? s_shapes;

    /// <summary>The shapes, built from the table on first use (thread-safe: a race builds two equal tables).</summary>
    public static Dictionary<string, Shape> Shapes
    {
        get
        {
            if (s_shapes is { } built)
            {
                return built;
            }

            var shapes = new Dictionary<string, Shape>(StringComparer.Ordinal);
            foreach (var entry in PropertiesByType)
            {
                shapes[entry.Key] = new Shape(entry.Key, entry.Value);
            }

            s_shapes = shapes;
            return shapes;
        }
    }

    /// <summary>
    /// The keys DescribeTaskDefinition returns that RegisterTaskDefinition does not take (<c>taskDefinitionArn</c>,
    /// <c>revision</c>, ...): read-only, ignored in a file.
    /// </summary>
    public static bool IsReadOnlyTaskDefinitionKey(string key) =>
        Shapes["TaskDefinition"].Members.ContainsKey(key) && !Shapes["RegisterTaskDefinitionRequest"].Members.ContainsKey(key);

    /// <summary>The ConstantClass of a string property of a model type, by the service model (for objects read from a file).</summary>
    public static string? ConstantClassOf(string typeName, string property)
    {
        if (!Shapes.TryGetValue(typeName, out var shape))
        {
            return null;
        }

        var key = char.ToLowerInvariant(property[0]) + property.Substring(1);
        return shape.Members.TryGetValue(key, out var member) && member.Kind == MemberKind.String ? member.ConstantClass : null;
    }
}
