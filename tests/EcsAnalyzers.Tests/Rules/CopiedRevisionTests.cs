using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>ECSA9002: a new revision copied from one described TaskDefinition that leaves shared settings behind.</summary>
public class CopiedRevisionTests
{
    /// <summary>Every setting RegisterTaskDefinitionRequest shares with TaskDefinition, in the order the rule names them.</summary>
    public static readonly string[] Shared =
    [
        "ContainerDefinitions", "Cpu", "EnableFaultInjection", "EphemeralStorage", "ExecutionRoleArn", "Family", "InferenceAccelerators",
        "IpcMode", "Memory", "NetworkMode", "PidMode", "PlacementConstraints", "ProxyConfiguration", "RequiresCompatibilities",
        "RuntimePlatform", "TaskRoleArn", "Volumes",
    ];

    private static string Deploy(string statements) => """
        using System.Collections.Generic;
        using System.Linq;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        abstract class Deploy
        {
            protected abstract void Customize(RegisterTaskDefinitionRequest request);

            async System.Threading.Tasks.Task NewRevision(IAmazonECS ecs, string image, bool flag)
            {
                var described = await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "web" });
                var td = described.TaskDefinition;
        STATEMENTS
            }
        }
        """.Replace("STATEMENTS", statements);

    /// <summary>An initializer that copies every shared setting but <paramref name="except"/> from <paramref name="from"/>, the last one marked #1.</summary>
    private static string Copy(string from, params string[] except)
    {
        var copied = Shared.Where(s => !except.Contains(s)).ToList();
        var lines = copied.Select((s, i) => i == copied.Count - 1 ? $"            {{|#1:{s} = {from}.{s}|}}," : $"            {s} = {from}.{s},");
        return "        var request = {|#0:new RegisterTaskDefinitionRequest|}\n        {\n" + string.Join("\n", lines) + "\n        };\n        await ecs.RegisterTaskDefinitionAsync(request);";
    }

    private static DiagnosticResult Finding(int copied, string from, params string[] missing) =>
        Verify.Diagnostic("ECSA9002").WithLocation(0).WithLocation(1).WithArguments(copied, from, Names(missing), missing.Length == 1 ? "it" : "them");

    private static string Names(string[] names) =>
        names.Length == 1 ? names[0] : string.Join(", ", names.Take(names.Length - 1)) + " and " + names[^1];

    private static string[] AllBut(params string[] taken) => Shared.Where(s => !taken.Contains(s)).ToArray();

    [Fact]
    public Task A_copy_through_a_local_that_leaves_settings_behind_is_reported() => Verify.Rules("ECSA9002").Analyzer(
        Deploy(Copy("td", "PlacementConstraints", "RuntimePlatform", "Volumes")),
        Finding(14, "td", "PlacementConstraints", "RuntimePlatform", "Volumes"));

    [Fact]
    public Task A_copy_straight_from_the_response_is_reported() => Verify.Rules("ECSA9002").Analyzer(
        Deploy(Copy("described.TaskDefinition", "RequiresCompatibilities")),
        Finding(16, "described.TaskDefinition", "RequiresCompatibilities"));

    [Fact]
    public Task A_copy_from_a_parameter_is_reported() => Verify.Rules("ECSA9002").Analyzer("""
        using Amazon.ECS.Model;

        class Deploy
        {
            void NewRevision(TaskDefinition current, string image)
            {
                current.ContainerDefinitions[0].Image = image;
                var request = {|#0:new RegisterTaskDefinitionRequest|}
                {
                    Family = current.Family,
                    ContainerDefinitions = current.ContainerDefinitions,
                    Cpu = current.Cpu,
                    {|#1:Memory = current.Memory|},
                };
            }
        }
        """, Finding(4, "current", AllBut("Family", "ContainerDefinitions", "Cpu", "Memory")));

    [Fact]
    public Task A_LINQ_transformed_container_list_counts_as_copied() => Verify.Rules("ECSA9002").Analyzer(Deploy("""
                var request = {|#0:new RegisterTaskDefinitionRequest|}
                {
                    Family = td.Family,
                    ContainerDefinitions = td.ContainerDefinitions.Select(c => { c.Image = image; return c; }).ToList(),
                    {|#1:NetworkMode = td.NetworkMode|},
                };
                await ecs.RegisterTaskDefinitionAsync(request);
        """), Finding(3, "td", AllBut("Family", "ContainerDefinitions", "NetworkMode")));

    [Fact]
    public Task A_container_list_transformed_into_a_local_counts_as_copied() => Verify.Rules("ECSA9002").Analyzer(Deploy("""
                var containers = td.ContainerDefinitions.Select(c => { c.Image = image; return c; }).ToList();
                var request = {|#0:new RegisterTaskDefinitionRequest|}
                {
                    Family = td.Family,
                    {|#1:Cpu = td.Cpu|},
                    ContainerDefinitions = containers,
                };
                await ecs.RegisterTaskDefinitionAsync(request);
        """), Finding(3, "td", AllBut("Family", "Cpu", "ContainerDefinitions")));

    [Fact]
    public Task A_complete_copy_with_a_LINQ_transformed_container_list_is_silent() => Verify.Rules("ECSA9002").Analyzer(Deploy(
        Copy("td", "ContainerDefinitions").Replace("{\n", "{\n            ContainerDefinitions = td.ContainerDefinitions.Select(c => { c.Image = image; return c; }).ToList(),\n", System.StringComparison.Ordinal)
            .Replace("{|#0:", "", System.StringComparison.Ordinal).Replace("{|#1:", "", System.StringComparison.Ordinal).Replace("|}", "", System.StringComparison.Ordinal)));

    [Fact]
    public Task A_complete_copy_is_silent() => Verify.Rules("ECSA9002").Analyzer(Meta.EcsSources.StripMarkup(Deploy(Copy("td"))));

    [Theory]
    [InlineData("Volumes = new List<Volume>(),\n            PlacementConstraints = [],\n            RuntimePlatform = new RuntimePlatform { CpuArchitecture = CPUArchitecture.ARM64 },")]
    [InlineData("Volumes = null,\n            PlacementConstraints = td.PlacementConstraints.Where(p => p.Type != null).ToList(),\n            RuntimePlatform = flag ? td.RuntimePlatform : null,")]
    public Task Settings_written_with_another_value_count_as_taken(string others) => Verify.Rules("ECSA9002").Analyzer(Meta.EcsSources.StripMarkup(Deploy(
        Copy("td", "PlacementConstraints", "RuntimePlatform", "Volumes").Replace("{\n", "{\n            " + others + "\n", System.StringComparison.Ordinal))));

    [Theory]
    [InlineData("Family = td.Family,\n            Cpu = td.Cpu,\n            Memory = \"512\",\n            ContainerDefinitions = [new ContainerDefinition { Name = \"web\", Image = image }],")]
    [InlineData("Family = td.Family,\n            ContainerDefinitions = td.ContainerDefinitions,")]
    [InlineData("Family = described.TaskDefinition.Family,\n            Cpu = td.Cpu,\n            Memory = td.Memory,\n            NetworkMode = described.TaskDefinition.NetworkMode,")]
    public Task Fewer_than_three_settings_from_one_value_is_not_a_copy(string settings) => Verify.Rules("ECSA9002").Analyzer(Deploy(
        "        var request = new RegisterTaskDefinitionRequest\n        {\n            " + settings + "\n        };\n        await ecs.RegisterTaskDefinitionAsync(request);"));

    [Theory]
    [InlineData("ContainerDefinitions = [new ContainerDefinition { Name = \"batch\", Image = image }],")]
    [InlineData("ContainerDefinitions = new List<ContainerDefinition> { new() { Name = \"batch\", Image = image }, new ContainerDefinition { Name = \"log\", Image = image } },")]
    public Task A_new_task_definition_with_its_own_containers_that_borrows_settings_is_not_a_revision(string containers) => Verify.Rules("ECSA9002").Analyzer(Deploy(
        "        var request = new RegisterTaskDefinitionRequest\n        {\n            Family = \"batch\",\n            Cpu = td.Cpu,\n            Memory = td.Memory,\n            ExecutionRoleArn = td.ExecutionRoleArn,\n            TaskRoleArn = td.TaskRoleArn,\n            "
        + containers + "\n        };\n        await ecs.RegisterTaskDefinitionAsync(request);"));

    [Fact]
    public Task A_revision_whose_containers_are_rebuilt_from_the_described_ones_is_reported() => Verify.Rules("ECSA9002").Analyzer(Deploy("""
                var request = {|#0:new RegisterTaskDefinitionRequest|}
                {
                    Family = td.Family,
                    Cpu = td.Cpu,
                    {|#1:Memory = td.Memory|},
                    ContainerDefinitions = [.. td.ContainerDefinitions],
                };
                await ecs.RegisterTaskDefinitionAsync(request);
        """), Finding(3, "td", AllBut("Family", "Cpu", "Memory", "ContainerDefinitions")));

    [Fact]
    public Task A_request_built_statement_by_statement_is_reported() => Verify.Rules("ECSA9002").Analyzer(Deploy("""
                td.ContainerDefinitions[0].Image = image;
                var request = {|#0:new RegisterTaskDefinitionRequest|}();
                request.Family = td.Family;
                request.ContainerDefinitions = td.ContainerDefinitions;
                request.RequiresCompatibilities = td.RequiresCompatibilities;
                {|#1:request.NetworkMode = td.NetworkMode|};
                request.Cpu = "1024";
                request.Memory = "2048";
                await ecs.RegisterTaskDefinitionAsync(request);
        """), Finding(4, "td", AllBut("Family", "ContainerDefinitions", "RequiresCompatibilities", "NetworkMode", "Cpu", "Memory")));

    [Theory]
    [InlineData("        Customize(request);")] // passed to a method the analyzer does not read before it is sent
    [InlineData("        if (flag)\n        {\n            request.Volumes = td.Volumes;\n        }")] // may be taken
    [InlineData("        request.Volumes.AddRange(td.Volumes);")] // taken, item by item
    public Task Settings_that_may_be_written_elsewhere_are_not_reported(string statements) => Verify.Rules("ECSA9002").Analyzer(Deploy(
        Meta.EcsSources.StripMarkup(Copy("td", "Volumes")).Replace("        await ecs.RegisterTaskDefinitionAsync(request);", statements + "\n        await ecs.RegisterTaskDefinitionAsync(request);", System.StringComparison.Ordinal)));

    [Fact]
    public Task Copies_written_only_on_some_paths_do_not_make_a_copy() => Verify.Rules("ECSA9002").Analyzer(Deploy("""
                var request = new RegisterTaskDefinitionRequest { Family = td.Family, ContainerDefinitions = td.ContainerDefinitions };
                if (flag)
                {
                    request.Cpu = td.Cpu;
                    request.Memory = td.Memory;
                }

                await ecs.RegisterTaskDefinitionAsync(request);
        """));

    [Fact]
    public Task A_task_definition_variable_assigned_twice_is_not_one_value() => Verify.Rules("ECSA9002").Analyzer(Deploy("""
                var source = td;
                if (flag)
                {
                    source = (await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "web:1" })).TaskDefinition;
                }

                var request = new RegisterTaskDefinitionRequest { Family = source.Family, ContainerDefinitions = source.ContainerDefinitions, Cpu = source.Cpu, Memory = source.Memory };
                await ecs.RegisterTaskDefinitionAsync(request);
        """));

    [Theory]
    [InlineData("var request = new RegisterTaskDefinitionRequest { Family = td?.Family, Cpu = td?.Cpu, Memory = td?.Memory, NetworkMode = td?.NetworkMode };")]
    [InlineData("var request = new RegisterTaskDefinitionRequest { Family = Pick().Family, Cpu = Pick().Cpu, Memory = Pick().Memory };")]
    [InlineData("foreach (var each in new[] { td }) { await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = each.Family, Cpu = each.Cpu, Memory = each.Memory }); }\n        var request = new RegisterTaskDefinitionRequest();")]
    public Task Reads_from_values_not_known_to_be_one_are_not_a_copy(string statement) => Verify.Rules("ECSA9002").Analyzer(Deploy(
        "        " + statement + "\n        await ecs.RegisterTaskDefinitionAsync(request);").Replace(
        "    protected abstract void Customize(RegisterTaskDefinitionRequest request);", "    protected abstract void Customize(RegisterTaskDefinitionRequest request);\n\n    protected abstract TaskDefinition Pick();", System.StringComparison.Ordinal));

    [Fact]
    public Task A_request_returned_by_a_builder_is_not_reported() => Verify.Rules("ECSA9002").Analyzer("""
        using Amazon.ECS.Model;

        class Deploy
        {
            static RegisterTaskDefinitionRequest Build(TaskDefinition td) => new RegisterTaskDefinitionRequest
            {
                Family = td.Family,
                ContainerDefinitions = td.ContainerDefinitions,
                Cpu = td.Cpu,
                Memory = td.Memory,
            };
        }
        """);

    [Fact]
    public Task Two_requests_copied_from_two_values_are_reported_each() => Verify.Rules("ECSA9002").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class Deploy
        {
            async System.Threading.Tasks.Task Both(IAmazonECS ecs, TaskDefinition web, TaskDefinition worker)
            {
                await ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|} { Family = web.Family, ContainerDefinitions = web.ContainerDefinitions, {|#1:Cpu = web.Cpu|} });
                var response = await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "worker" });
                await ecs.RegisterTaskDefinitionAsync({|#2:new RegisterTaskDefinitionRequest|} { Family = response.TaskDefinition.Family, ContainerDefinitions = response.TaskDefinition.ContainerDefinitions, {|#3:Volumes = response.TaskDefinition.Volumes|} });
            }
        }
        """,
        Finding(3, "web", AllBut("Family", "ContainerDefinitions", "Cpu")),
        Verify.Diagnostic("ECSA9002").WithLocation(2).WithLocation(3).WithArguments(3, "response.TaskDefinition", Names(AllBut("Family", "ContainerDefinitions", "Volumes")), "them"));

    /// <summary>
    /// An older AWSSDK.ECS 3.7 without <c>EnableFaultInjection</c> (added to the service in late 2024): the v3 replica
    /// built without it. A copy that leaves it and Volumes behind names only Volumes there.
    /// </summary>
    [Fact]
    public async Task A_setting_the_referenced_SDK_lacks_is_not_demanded()
    {
        var source = Deploy(Copy("td", "EnableFaultInjection", "Volumes"));
        await Verify.Rules("ECSA9002").Analyzer(source, Finding(15, "td", "EnableFaultInjection", "Volumes"));

        var test = new EcsTest<EmptyCodeFixProvider>(SdkVersion.V3, referenceSdk: false) { TestCode = source };
        test.TestState.AdditionalReferences.AddRange(OlderV3.Value);
        test.OnlyRules(["ECSA9002"]);
        test.ExpectedDiagnostics.Add(Finding(15, "td", "Volumes"));
        await test.RunAsync(CancellationToken.None);
    }

    private static readonly System.Lazy<MetadataReference[]> OlderV3 = new(() =>
    {
        var core = MetadataReference.CreateFromFile(Path.Combine(SdkReferences.ReplicaDirectory(SdkVersion.V3), "AWSSDK.Core.dll"));
        var text = File.ReadAllText(Path.Combine(SdkReferences.RepoRoot, "tests", "AwsSdkEcs.Replica", "AWSSDK.ECS.Replica.g.cs"));
        var lines = text.Split('\n').Where(l => !l.Contains("nableFaultInjection", System.StringComparison.Ordinal));
        var options = new CSharpParseOptions(LanguageVersion.CSharp7_3, preprocessorSymbols: ["AWSSDK_V3"]);
        var tree = CSharpSyntaxTree.ParseText(string.Join("\n", lines), options);
        var compilation = CSharpCompilation.Create(
            "AWSSDK.ECS",
            [tree, CSharpSyntaxTree.ParseText("[assembly: System.Reflection.AssemblyVersion(\"3.3.0.0\")]", options)],
            [.. SdkReferences.NetOnly, core],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return [MetadataReference.CreateFromImage(stream.ToArray(), filePath: "/older-v3.7/AWSSDK.ECS.dll"), core]; // the analyzer recognizes the SDK by file name
    });
}
