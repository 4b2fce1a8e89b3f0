using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcsAnalyzers.Tests.Meta;

/// <summary>The analyzer runs on code being typed: it must never throw (AD0001) and never report outside the file.</summary>
public class RobustnessTests
{
    private const string KitchenSink = """
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class Deploy
        {
            const string Bucket = "s3://b";

            async System.Threading.Tasks.Task Run(IAmazonECS ecs, string role, bool flag)
            {
                var c = new ContainerDefinition { Name = "app", Links = ["db"], PortMappings = [new PortMapping { ContainerPort = 80, HostPort = 8080 }] };
                var v = new Volume { Name = "v", Host = { SourcePath = Bucket } };
                var r = new RegisterTaskDefinitionRequest { Family = "f", RequiresCompatibilities = { "FARGATE" }, NetworkMode = "bridge", ContainerDefinitions = [c, .. new[] { c }] };
                r.Volumes.Add(v);
                if (flag) r.TaskRoleArn = role;
                r.ContainerDefinitions[0].Image = "x";
                r.RequiresCompatibilities.AddRange(new List<string> { Compatibility.FARGATE });
                await ecs.RegisterTaskDefinitionAsync(r);
                System.Func<RegisterTaskDefinitionRequest> f = () => new() { NetworkMode = NetworkMode.FindValue("host") };
            }
        }
        """;

    public static TheoryData<string> OddSources() =>
    [
        "",
        "class",
        "using Amazon.ECS.Model; class C { object M() => new RegisterTaskDefinitionRequest { NetworkMode = , }; }",
        "using Amazon.ECS.Model; class C { void M() { var r = new RegisterTaskDefinitionRequest(; r. } }",
        "using Amazon.ECS.Model; class C { void M() { RegisterTaskDefinitionRequest r; r.TaskRoleArn = null; } }",
        "using Amazon.ECS.Model; class C { void M() { var r = new RegisterTaskDefinitionRequest { RequiresCompatibilities = [\"FARGATE\"] }; r = r; M2(ref r); } void M2(ref RegisterTaskDefinitionRequest x) { } }",
        "using Amazon.ECS.Model; class C { void M() { var (a, b) = (new RegisterTaskDefinitionRequest(), 1); a.TaskRoleArn = \"x\"; } }",
        "using Amazon.ECS.Model; record R(RegisterTaskDefinitionRequest Req) { public RegisterTaskDefinitionRequest Other { get; } = new() { Volumes = { new Volume { Host = new() { SourcePath = \"s3://x\" } } } }; }",
        "using Amazon.ECS.Model; class C { C() : this(new RegisterTaskDefinitionRequest { Family = 1 }) { } C(object o) { } }",
        "using Amazon.ECS.Model; class C { void M() { var r = new RegisterTaskDefinitionRequest { ContainerDefinitions = { new() { PortMappings = { new() { HostPort = 5L, ContainerPort = 'a' } } } } }; } }",
        KitchenSink,
    ];

    [Theory]
    [MemberData(nameof(OddSources))]
    public async Task Odd_and_broken_sources_do_not_crash(string source)
    {
        foreach (var sdk in SdkReferences.Both)
        {
            await AssertNoCrashAsync(source, sdk);
        }
    }

    /// <summary>Every prefix of the kitchen-sink source cut at a token boundary inside the method, as if being typed.</summary>
    [Fact]
    public async Task Typing_the_kitchen_sink_token_by_token_does_not_crash()
    {
        var tokens = CSharpSyntaxTree.ParseText(KitchenSink).GetRoot().DescendantTokens().ToList();
        var start = KitchenSink.IndexOf("async", StringComparison.Ordinal);
        var cuts = tokens.Where(t => t.SpanStart > start).Select(t => t.Span.End).ToList();
        Assert.True(cuts.Count > 150, cuts.Count.ToString());
        foreach (var cut in cuts)
        {
            await AssertNoCrashAsync(KitchenSink.Substring(0, cut), SdkVersion.V4);
        }
    }

    /// <summary>
    /// Helpers: a 200-deep call chain, direct, mutual and generic recursion, a wrapper that forwards to itself, property
    /// getters that read each other: no crash, no hang, and the chain beyond the reading depth stays unknown.
    /// </summary>
    [Fact]
    public async Task Deep_and_recursive_helpers_neither_crash_nor_hang()
    {
        var chain = new System.Text.StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            chain.Append($"    static string H{i}(string s) => H{i + 1}(s + \"x\");\n");
        }

        chain.Append("    static string H200(string s) => \"bad name!\";\n");
        var source = $$"""
            using Amazon.ECS;
            using Amazon.ECS.Model;

            class C
            {
            {{chain}}
                static ContainerDefinition Self(int n) => n > 0 ? Self(n - 1) : new ContainerDefinition { Name = "ok" };
                static ContainerDefinition A(int n) => B(n);
                static ContainerDefinition B(int n) => A(n);
                static T G<T>(T t) => G(t);
                static RegisterTaskDefinitionRequest R => Q;
                static RegisterTaskDefinitionRequest Q => R;
                static System.Threading.Tasks.Task Send(IAmazonECS ecs, RegisterTaskDefinitionRequest r) => Send(ecs, r);

                System.Threading.Tasks.Task Run(IAmazonECS ecs) => Send(ecs, new RegisterTaskDefinitionRequest
                {
                    Family = H0("f"), ContainerDefinitions = [Self(3), A(1), G(new ContainerDefinition()), .. R.ContainerDefinitions],
                });
            }
            """;
        foreach (var sdk in SdkReferences.Both)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var (diagnostics, exceptions) = await EcsSources.AnalyzeAsync(EcsSources.Compile(source, sdk));
            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001" || d.Id == "ECSA5006");
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), started.Elapsed.ToString());
        }
    }

    [Fact]
    public async Task Project_without_AWSSDK_ECS_gets_no_callbacks_and_no_diagnostics()
    {
        var compilation = CSharpCompilation.Create("NoEcs", [CSharpSyntaxTree.ParseText("namespace Amazon.ECS.Model { class RegisterTaskDefinitionRequest { } } class C { object M() => new Amazon.ECS.Model.RegisterTaskDefinitionRequest(); }")],
            SdkReferences.NetOnly, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = new EcsRequestAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        Assert.Empty(await withAnalyzers.GetAnalyzerDiagnosticsAsync());
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.CodeBlockActionsCount + telemetry.CodeBlockStartActionsCount + telemetry.CodeBlockEndActionsCount + telemetry.SyntaxNodeActionsCount
            + telemetry.OperationBlockStartActionsCount + telemetry.OperationActionsCount + telemetry.SymbolActionsCount + telemetry.SemanticModelActionsCount);
    }

    private static async Task AssertNoCrashAsync(string source, SdkVersion sdk)
    {
        var failure = await TypingAndMutationTests.CheckAsync(source, runFixers: true, sdk: sdk);
        Assert.True(failure is null, failure);
    }
}
