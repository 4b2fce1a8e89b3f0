using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA5009: a string written where an SDK ConstantClass value belongs (or into RequiresCompatibilities) that is none of
/// the known values but a near miss of one: the same letters and digits (<c>"aws-vpc"</c>, <c>"Fargate "</c>) or one edit
/// away. Known = the fields of the referenced SDK's type plus the current service model's values, so a value newer than
/// the SDK is not reported, and a value far from every known one (a custom log driver) is left alone.
/// </summary>
internal sealed class NearMissValueRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5009_NearMissValue;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var o in model.Objects)
        {
            for (var i = 0; i < o.PropertyCount; i++)
            {
                var property = o.NameAt(i);
                ConstantType? constantType = null;
                foreach (var write in o.CandidatesAt(i))
                {
                    switch (write.Value)
                    {
                        case ConstantValue { IsSdkFieldName: false, Text: { } text }:
                            constantType ??= ConstantTypeOf(model, o, property);
                            if (constantType is { } type)
                            {
                                Check(type, text, write.Where, report);
                            }

                            break;
                        case ListValue list when property == "RequiresCompatibilities" && o.TypeName == "RegisterTaskDefinitionRequest":
                            constantType ??= model.Sdk is { } sdk ? Of(sdk.Compatibility) : new ConstantType("Compatibility", null);
                            foreach (var item in list.Items)
                            {
                                if (constantType is { } itemType && item is ConstantValue { IsSdkFieldName: false, Text: { } value })
                                {
                                    Check(itemType, value, item.Where, report);
                                }
                            }

                            break;
                    }
                }
            }
        }
    }

    /// <summary>A ConstantClass: its name, and its SDK type when the object was read from C# (a file's objects have no symbols).</summary>
    private readonly struct ConstantType
    {
        public ConstantType(string name, INamedTypeSymbol? symbol)
        {
            Name = name;
            Symbol = symbol;
        }

        public string Name { get; }

        public INamedTypeSymbol? Symbol { get; }
    }

    private static ConstantType? Of(INamedTypeSymbol? symbol) => symbol is null ? null : new ConstantType(symbol.Name, symbol);

    /// <summary>The ConstantClass of a property: from the SDK for an object read from C#, from the service model for one read from a file.</summary>
    private static ConstantType? ConstantTypeOf(BlockModel model, ObjectValue o, string property) =>
        o.Symbol is { } symbol ? model.Sdk is { } sdk ? Of(sdk.ConstantClassOf(symbol, property)) : null
        : Json.ServiceShapes.ConstantClassOf(o.TypeName, property) is { } name ? new ConstantType(name, null) : null;

    private void Check(ConstantType type, string value, Site site, Action<Diagnostic> report)
    {
        if (NearestKnown(type.Name, type.Symbol, value) is { } known)
        {
            var field = type.Symbol is { } symbol ? FieldFor(symbol, known) : null;
            report(Diagnose(
                site,
                field is null ? FixData.ReplaceWith(known) : FixData.ReplaceWithConstant(type.Symbol!.ToDisplayString() + "." + field),
                value,
                type.Name,
                field is null ? "\"" + known + "\"" : type.Name + "." + field));
        }
    }

    /// <summary>The known value <paramref name="value"/> narrowly misses (null when it is known, or far from every known value), among the service model's values of <paramref name="typeName"/> and the fields of <paramref name="type"/> when known.</summary>
    internal static string? NearestKnown(string typeName, INamedTypeSymbol? type, string value)
    {
        // Fast path, allocation-free: most strings are exact values of the service model.
        if (ServiceModelValues.ByType.TryGetValue(typeName, out var modelValues))
        {
            foreach (var v in modelValues)
            {
                if (string.Equals(v, value, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
            }
        }

        var known = KnownValues(typeName, type);
        foreach (var k in known)
        {
            if (string.Equals(k, value, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        var normalized = Normalize(value);
        if (normalized.Length == 0)
        {
            return null;
        }

        foreach (var k in known)
        {
            if (Normalize(k) == normalized)
            {
                return k;
            }
        }

        string? nearest = null;
        foreach (var k in known)
        {
            var nk = Normalize(k);
            if (nk.Length >= 5 && OneEditApart(normalized, nk))
            {
                if (nearest is not null)
                {
                    return null; // two candidates: not a clear near miss
                }

                nearest = k;
            }
        }

        return nearest;
    }

    /// <summary>
    /// The service model's values, plus the name of each SDK field that matches none of them (a value newer than the
    /// model, in the SDK's spelling of it). A field name is not a value: <c>LogDriver.JsonFile</c> is "json-file".
    /// </summary>
    private static List<string> KnownValues(string typeName, INamedTypeSymbol? type)
    {
        var values = new List<string>();
        if (ServiceModelValues.ByType.TryGetValue(typeName, out var model))
        {
            values.AddRange(model);
        }

        if (type is null)
        {
            return values;
        }

        var modelCount = values.Count;
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: true } field && SymbolEqualityComparer.Default.Equals(field.Type, type))
            {
                var normalized = Normalize(field.Name);
                var inModel = false;
                for (var i = 0; i < modelCount; i++)
                {
                    inModel |= Normalize(values[i]) == normalized;
                }

                if (!inModel)
                {
                    values.Add(field.Name);
                }
            }
        }

        return values;
    }

    /// <summary>The SDK field for a known value (matched by letters and digits), when the referenced SDK has one.</summary>
    private static string? FieldFor(INamedTypeSymbol type, string known)
    {
        var normalized = Normalize(known);
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: true } field && SymbolEqualityComparer.Default.Equals(field.Type, type) && Normalize(field.Name) == normalized)
            {
                return field.Name;
            }
        }

        return null;
    }

    private static string Normalize(string s)
    {
        var chars = new List<char>(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars.Add(char.ToLowerInvariant(c));
            }
        }

        return new string(chars.ToArray());
    }

    /// <summary>One insertion, deletion, substitution or swap of neighbours apart.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return a.Substring(i + 1) == b.Substring(i + 1)
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.Substring(i + 2) == b.Substring(i + 2));
        }

        return a.Length < b.Length ? a.Substring(i) == b.Substring(i + 1) : a.Substring(i + 1) == b.Substring(i);
    }
}
