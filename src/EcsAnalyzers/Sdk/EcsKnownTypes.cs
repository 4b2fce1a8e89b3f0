using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Sdk;

/// <summary>
/// The AWSSDK.ECS symbols the rules use, resolved once per compilation by metadata name.
/// <see cref="TryCreate"/> returns null when AWSSDK.ECS is not referenced; the analyzer then registers nothing.
/// </summary>
internal sealed class EcsKnownTypes
{
    public const string EcsAssemblyName = "AWSSDK.ECS";

    private EcsKnownTypes(Compilation compilation, IAssemblySymbol ecs, INamedTypeSymbol registerTaskDefinitionRequest, INamedTypeSymbol constantClass)
    {
        EcsAssembly = ecs;
        RegisterTaskDefinitionRequest = registerTaskDefinitionRequest;
        ConstantClass = constantClass;
        IAmazonECS = Get(compilation, "Amazon.ECS.IAmazonECS");
        S3FilesVolumeConfiguration = Get(compilation, "Amazon.ECS.Model.S3FilesVolumeConfiguration");
        RunTaskRequest = Get(compilation, "Amazon.ECS.Model.RunTaskRequest");
        CreateServiceRequest = Get(compilation, "Amazon.ECS.Model.CreateServiceRequest");
        Compatibility = Get(compilation, "Amazon.ECS.Compatibility");
        ModelNamespace = registerTaskDefinitionRequest.ContainingNamespace;
        List = compilation.GetTypeByMetadataName("System.Collections.Generic.List`1");
        Dictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2");
    }

    /// <summary>Amazon.ECS.Model in AWSSDK.ECS.</summary>
    public INamespaceSymbol ModelNamespace { get; }

    public INamedTypeSymbol? List { get; }

    public INamedTypeSymbol? Dictionary { get; }

    public IAssemblySymbol EcsAssembly { get; }

    public INamedTypeSymbol RegisterTaskDefinitionRequest { get; }

    /// <summary>Amazon.Runtime.ConstantClass, the base of every SDK enum-like type.</summary>
    public INamedTypeSymbol ConstantClass { get; }

    public INamedTypeSymbol? IAmazonECS { get; }

    public INamedTypeSymbol? RunTaskRequest { get; }

    public INamedTypeSymbol? CreateServiceRequest { get; }

    /// <summary>The ConstantClass of <c>RequiresCompatibilities</c>' items (the list itself is <c>List&lt;string&gt;</c>).</summary>
    public INamedTypeSymbol? Compatibility { get; }

    /// <summary>Only in the newest v4 builds of AWSSDK.ECS.</summary>
    public INamedTypeSymbol? S3FilesVolumeConfiguration { get; }

    public static EcsKnownTypes? TryCreate(Compilation compilation)
    {
        // The cheapest test first: no reference named AWSSDK.ECS, no lookups at all.
        var referenced = false;
        foreach (var name in compilation.ReferencedAssemblyNames)
        {
            referenced |= name.Name == EcsAssemblyName;
        }

        if (!referenced
            || Get(compilation, "Amazon.ECS.Model.RegisterTaskDefinitionRequest") is not { } request
            || compilation.GetTypeByMetadataName("Amazon.Runtime.ConstantClass") is not { } constantClass)
        {
            return null;
        }

        return new EcsKnownTypes(compilation, request.ContainingAssembly, request, constantClass);
    }

    /// <summary>A class of Amazon.ECS.Model in AWSSDK.ECS (requests and model shapes).</summary>
    public bool IsModelType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class } named
        && SymbolEqualityComparer.Default.Equals(named.ContainingNamespace, ModelNamespace);

    /// <summary><c>List&lt;T&gt;</c> or <c>Dictionary&lt;K, V&gt;</c>, the collection types of the SDK's model.</summary>
    public bool IsCollection(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsGenericType: true } named
        && (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, List) || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, Dictionary));

    /// <summary>A subclass of ConstantClass (NetworkMode, Compatibility, ...).</summary>
    public bool IsConstantClass(ITypeSymbol? type)
    {
        for (var t = type?.BaseType; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, ConstantClass))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>IAmazonECS, or a type that implements it (AmazonECSClient, user wrappers).</summary>
    public bool IsEcsClient(ITypeSymbol? type)
    {
        if (type is null || IAmazonECS is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, IAmazonECS))
        {
            return true;
        }

        foreach (var i in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(i, IAmazonECS))
            {
                return true;
            }
        }

        return false;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(INamedTypeSymbol Owner, string Property), INamedTypeSymbol?> _constantTypes =
        new(PropertyKeyComparer.Instance);

    /// <summary>The ConstantClass type of a model property (<c>NetworkMode</c> for <c>RegisterTaskDefinitionRequest.NetworkMode</c>), or null; looked up once per compilation.</summary>
    public INamedTypeSymbol? ConstantClassOf(INamedTypeSymbol owner, string property) =>
        _constantTypes.GetOrAdd((owner, property), _lookUpConstantType ??= LookUpConstantType);

    private System.Func<(INamedTypeSymbol Owner, string Property), INamedTypeSymbol?>? _lookUpConstantType;

    private INamedTypeSymbol? LookUpConstantType((INamedTypeSymbol Owner, string Property) key)
    {
        foreach (var member in key.Owner.GetMembers(key.Property))
        {
            if (member is IPropertySymbol { Type: INamedTypeSymbol type } && IsConstantClass(type))
            {
                return type;
            }
        }

        return null;
    }

    private sealed class PropertyKeyComparer : System.Collections.Generic.IEqualityComparer<(INamedTypeSymbol Owner, string Property)>
    {
        public static readonly PropertyKeyComparer Instance = new();

        public bool Equals((INamedTypeSymbol Owner, string Property) x, (INamedTypeSymbol Owner, string Property) y) =>
            SymbolEqualityComparer.Default.Equals(x.Owner, y.Owner) && string.Equals(x.Property, y.Property, System.StringComparison.Ordinal);

        public int GetHashCode((INamedTypeSymbol Owner, string Property) obj) =>
            (SymbolEqualityComparer.Default.GetHashCode(obj.Owner) * 31) + System.StringComparer.Ordinal.GetHashCode(obj.Property);
    }

    private static INamedTypeSymbol? Get(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName) is { } type && type.ContainingAssembly?.Name == EcsAssemblyName ? type : null;
}
