using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.CSharp;

/// <summary>Locals of one body compared as symbols, hashed by name (cheap, and names rarely repeat in a body).</summary>
internal sealed class LocalComparer : IEqualityComparer<ILocalSymbol>
{
    public static readonly LocalComparer Instance = new();

    public bool Equals(ILocalSymbol? x, ILocalSymbol? y) => SymbolEqualityComparer.Default.Equals(x, y);

    public int GetHashCode(ILocalSymbol obj) => System.StringComparer.Ordinal.GetHashCode(obj.Name);
}
