using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Tests.Verifiers;

/// <summary>The AWSSDK.ECS surface a test compiles against.</summary>
public enum SdkVersion
{
    /// <summary>AWSSDK.ECS 3.7 on AWSSDK.Core 3.7: non-nullable value types, collections start empty.</summary>
    V3,

    /// <summary>AWSSDK.ECS 4 on AWSSDK.Core 4.1: nullable value types, collections start null.</summary>
    V4,
}

/// <summary>
/// References for test compilations, all on disk after a restore and build (nothing is downloaded at test time):
/// .NET 8 reference assemblies (Basic.Reference.Assemblies), the AWSSDK.ECS replica and the real AWSSDK.Core.
/// </summary>
public static class SdkReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> V3 = new(() => Load("v3"));
    private static readonly Lazy<ImmutableArray<MetadataReference>> V4 = new(() => Load("v4"));

    public static ImmutableArray<SdkVersion> Both { get; } = [SdkVersion.V3, SdkVersion.V4];

    public static string RepoRoot { get; } =
        typeof(SdkReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string ReplicaDirectory(SdkVersion sdk) => Path.Combine(AppContext.BaseDirectory, "replica", sdk == SdkVersion.V4 ? "v4" : "v3");

    /// <summary>.NET 8 plus AWSSDK.ECS and AWSSDK.Core of the given generation.</summary>
    public static ImmutableArray<MetadataReference> For(SdkVersion sdk) => sdk == SdkVersion.V4 ? V4.Value : V3.Value;

    /// <summary>.NET 8 only: a project that does not use AWSSDK.ECS.</summary>
    public static ImmutableArray<MetadataReference> NetOnly { get; } = [.. Basic.Reference.Assemblies.Net80.References.All];

    private static ImmutableArray<MetadataReference> Load(string version)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "replica", version);
        return
        [
            .. Basic.Reference.Assemblies.Net80.References.All,
            MetadataReference.CreateFromFile(Path.Combine(dir, "AWSSDK.ECS.dll")),
            MetadataReference.CreateFromFile(Path.Combine(dir, "AWSSDK.Core.dll")),
        ];
    }
}
