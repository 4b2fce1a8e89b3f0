using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Meta;

/// <summary>A project whose own types are named like the SDK's gets no diagnostics and no exceptions, with or without AWSSDK.ECS.</summary>
public class OwnTypesNamedLikeTheSdkTests
{
    private const string Source = """
        using System.Collections.Generic;

        namespace Amazon.ECS.Model
        {
            public partial class RegisterTaskDefinitionRequest
            {
                public int NetworkMode { get; set; }
                public List<int> RequiresCompatibilities { get; set; }
                public object TaskRoleArn;
                public List<Volume> Volumes { get; set; }
            }

            public partial class Volume { public HostVolumeProperties Host { get; set; } }
            public partial class HostVolumeProperties { public string SourcePath { get; set; } }
        }

        namespace App
        {
            using Amazon.ECS.Model;

            class Deploy
            {
                object Build() => new RegisterTaskDefinitionRequest
                {
                    NetworkMode = 1,
                    RequiresCompatibilities = new List<int> { 2 },
                    Volumes = new List<Volume> { new Volume { Host = new HostVolumeProperties { SourcePath = "s3://bucket" } } },
                };
            }
        }
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task No_diagnostics_and_no_exceptions(bool referenceSdk)
    {
        var compilation = referenceSdk
            ? EcsSources.Compile(Source)
            : Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Own", [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Source)], SdkReferences.NetOnly,
                new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        var (diagnostics, exceptions) = await EcsSources.AnalyzeAsync(compilation);
        Assert.Empty(exceptions);
        Assert.Empty(diagnostics);
    }
}
