using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Sdk;

/// <summary>
/// The AWSSDK.ECS symbols the rules use, resolved once per compilation by metadata name.
/// <see cref="TryCreate"/> returns null when AWSSDK.ECS is not referenced; the analyzer then registers nothing.
/// </summary>
internal sealed class EcsKnownTypes
{
    public const string EcsAssemblyName = "AWSSDK.ECS";

    private EcsKnownTypes(IAssemblySymbol ecs, INamedTypeSymbol registerTaskDefinitionRequest, INamedTypeSymbol constantClass, Compilation compilation)
    {
        _collectionsStartNull = ecs.Identity.Version.Major >= 4
            ? new Lazy<bool>(() => !MentionsInitializeCollections(compilation))
            : new Lazy<bool>(static () => false);
        EcsAssembly = ecs;
        RegisterTaskDefinitionRequest = registerTaskDefinitionRequest;
        ConstantClass = constantClass;
        IAmazonECS = ecs.GetTypeByMetadataName("Amazon.ECS.IAmazonECS");
        S3FilesVolumeConfiguration = ecs.GetTypeByMetadataName("Amazon.ECS.Model.S3FilesVolumeConfiguration");
        RunTaskRequest = ecs.GetTypeByMetadataName("Amazon.ECS.Model.RunTaskRequest");
        CreateServiceRequest = ecs.GetTypeByMetadataName("Amazon.ECS.Model.CreateServiceRequest");
        UpdateServiceRequest = ecs.GetTypeByMetadataName("Amazon.ECS.Model.UpdateServiceRequest");
        Compatibility = ecs.GetTypeByMetadataName("Amazon.ECS.Compatibility");
        TaskDefinition = ecs.GetTypeByMetadataName("Amazon.ECS.Model.TaskDefinition");
        _copiedSettings = new Lazy<System.Collections.Immutable.ImmutableArray<string>>(CopiedSettingsOfThisSdk);
        ModelNamespace = registerTaskDefinitionRequest.ContainingNamespace;

        // The collection types the SDK's own properties use, as the compilation resolves them.
        List = PropertyType(registerTaskDefinitionRequest, "ContainerDefinitions");
        Dictionary = PropertyType(ecs.GetTypeByMetadataName("Amazon.ECS.Model.ContainerDefinition"), "DockerLabels");
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

    public INamedTypeSymbol? UpdateServiceRequest { get; }

    /// <summary>The ConstantClass of <c>RequiresCompatibilities</c>' items (the list itself is <c>List&lt;string&gt;</c>).</summary>
    public INamedTypeSymbol? Compatibility { get; }

    /// <summary>Amazon.ECS.Model.TaskDefinition: what <c>DescribeTaskDefinition</c> answers (ECSA9002 copies from it).</summary>
    public INamedTypeSymbol? TaskDefinition { get; }

    /// <summary>
    /// The settings a <c>RegisterTaskDefinitionRequest</c> shares with a <c>TaskDefinition</c> (ECSA9002), as the service
    /// model has them; <see cref="CopiedSettings"/> keeps those this SDK has on both types, with the same type.
    /// </summary>
    public static readonly System.Collections.Immutable.ImmutableArray<string> SharedSettings = System.Collections.Immutable.ImmutableArray.Create(
        "ContainerDefinitions",
        "Cpu",
        "EnableFaultInjection",
        "EphemeralStorage",
        "ExecutionRoleArn",
        "Family",
        "InferenceAccelerators",
        "IpcMode",
        "Memory",
        "NetworkMode",
        "PidMode",
        "PlacementConstraints",
        "ProxyConfiguration",
        "RequiresCompatibilities",
        "RuntimePlatform",
        "TaskRoleArn",
        "Volumes");

    private readonly Lazy<System.Collections.Immutable.ImmutableArray<string>> _copiedSettings;

    /// <summary>
    /// The <see cref="SharedSettings"/> the referenced SDK has on both types, with the same type and a public setter on the
    /// request (an older SDK lacks some): what a complete copy of a revision writes. Computed once, on first use.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<string> CopiedSettings => _copiedSettings.Value;

    private System.Collections.Immutable.ImmutableArray<string> CopiedSettingsOfThisSdk()
    {
        var builder = System.Collections.Immutable.ImmutableArray.CreateBuilder<string>(SharedSettings.Length);
        if (TaskDefinition is { } taskDefinition)
        {
            foreach (var name in SharedSettings)
            {
                if (Property(RegisterTaskDefinitionRequest, name) is { SetMethod.DeclaredAccessibility: Accessibility.Public } written
                    && Property(taskDefinition, name) is { GetMethod.DeclaredAccessibility: Accessibility.Public } read
                    && SymbolEqualityComparer.Default.Equals(written.Type, read.Type))
                {
                    builder.Add(name);
                }
            }
        }

        return builder.ToImmutable();
    }

    private static IPropertySymbol? Property(INamedTypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol { IsStatic: false, Parameters.IsEmpty: true, DeclaredAccessibility: Accessibility.Public } property)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>Only in the newest v4 builds of AWSSDK.ECS.</summary>
    public INamedTypeSymbol? S3FilesVolumeConfiguration { get; }

    /// <summary>
    /// AWSSDK.ECS is among the compilation's references, judged from the references' file names alone: asking for any
    /// symbol would bind every reference, work the compiler then charges to whoever asked first.
    /// </summary>
    public static bool IsReferenced(Compilation compilation)
    {
        foreach (var reference in compilation.References)
        {
            // By hand, not System.IO.Path: on .NET Framework hosts it throws on characters a display string may hold.
            var path = (reference as PortableExecutableReference)?.FilePath ?? reference.Display;
            if (path is null)
            {
                continue;
            }

            var start = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1;
            var end = path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? path.Length - 4 : path.Length;
            if (end - start == EcsAssemblyName.Length && string.Compare(path, start, EcsAssemblyName, 0, EcsAssemblyName.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    public static EcsKnownTypes? TryCreate(Compilation compilation)
    {
        // Types are looked up in AWSSDK.ECS itself, never through the compilation: a compilation-wide lookup searches the
        // project's own declarations (building the merged declaration table of every file) and every reference.
        IAssemblySymbol? ecs = null;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name == EcsAssemblyName)
            {
                ecs = assembly;
                break;
            }
        }

        // ConstantClass (AWSSDK.Core) is the base of every SDK enum-like type; NetworkMode is one of them.
        if (ecs?.GetTypeByMetadataName("Amazon.ECS.Model.RegisterTaskDefinitionRequest") is not { } request
            || ecs.GetTypeByMetadataName("Amazon.ECS.NetworkMode")?.BaseType is not { Name: "ConstantClass", TypeKind: TypeKind.Class } constantClass
            || constantClass.ContainingNamespace?.ToDisplayString() != "Amazon.Runtime")
        {
            return null;
        }

        return new EcsKnownTypes(ecs, request, constantClass, compilation);
    }

    private readonly Lazy<bool> _collectionsStartNull;

    /// <summary>
    /// Model lists and dictionaries start null (ECSA9001): AWSSDK.ECS is version 4 or later, and no file of the compilation
    /// mentions <c>AWSConfigs.InitializeCollections</c> (asked once, on the first collection used before it is assigned).
    /// </summary>
    public bool CollectionsStartNull => _collectionsStartNull.Value;

    /// <summary>Some file names <c>InitializeCollections</c>: a text search, so setting it anywhere (even to false) keeps ECSA9001 silent.</summary>
    private static bool MentionsInitializeCollections(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetText().ToString().IndexOf("InitializeCollections", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
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

        // Most calls are to the user's own classes, which implement no interface: decided without AllInterfaces, which
        // builds a new array on every call.
        if (type.TypeKind == TypeKind.Class && type.Interfaces.IsEmpty && type.BaseType is null or { SpecialType: SpecialType.System_Object })
        {
            return false;
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

    private readonly System.Collections.Concurrent.ConcurrentDictionary<INamedTypeSymbol, Dictionary<string, INamedTypeSymbol>> _constantTypes =
        new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The ConstantClass type of a model property (<c>NetworkMode</c> for <c>RegisterTaskDefinitionRequest.NetworkMode</c>), or
    /// null. Asked for every string written into a model object: each model type's ConstantClass properties are listed once
    /// per compilation, then read without a lock.
    /// </summary>
    public INamedTypeSymbol? ConstantClassOf(INamedTypeSymbol owner, string property) =>
        _constantTypes.GetOrAdd(owner, _listConstantTypes ??= ListConstantTypes).TryGetValue(property, out var type) ? type : null;

    private System.Func<INamedTypeSymbol, Dictionary<string, INamedTypeSymbol>>? _listConstantTypes;

    private Dictionary<string, INamedTypeSymbol> ListConstantTypes(INamedTypeSymbol owner)
    {
        var types = new Dictionary<string, INamedTypeSymbol>(System.StringComparer.Ordinal);
        foreach (var member in owner.GetMembers())
        {
            if (member is IPropertySymbol { Type: INamedTypeSymbol type } && IsConstantClass(type) && !types.ContainsKey(member.Name))
            {
                types.Add(member.Name, type);
            }
        }

        return types;
    }

    private static INamedTypeSymbol? PropertyType(INamedTypeSymbol? owner, string property)
    {
        if (owner is null)
        {
            return null;
        }

        foreach (var member in owner.GetMembers(property))
        {
            if (member is IPropertySymbol { Type: INamedTypeSymbol { IsGenericType: true } type })
            {
                return type.OriginalDefinition;
            }
        }

        return null;
    }
}
