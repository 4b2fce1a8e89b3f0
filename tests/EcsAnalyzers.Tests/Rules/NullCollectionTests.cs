using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>ECSA9001: findings on SDK v4 (collections start null), silence on v3.7 (they start empty).</summary>
public class NullCollectionTests
{
    private static async Task V4FindingsV3Silence(string source, params DiagnosticResult[] expected)
    {
        await Verify.Rules("ECSA9001").Analyzer(source, [SdkVersion.V4], expected);
        await Verify.Rules("ECSA9001").Analyzer(Meta.EcsSources.StripMarkup(source), [SdkVersion.V3]);
    }

    private static string Body(string statements) => """
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, List<int> ports, bool flag)
            {
                var container = {|#1:new ContainerDefinition|} { Name = "app", Image = "nginx" };
                var request = {|#2:new RegisterTaskDefinitionRequest|} { Family = "app" };
        STATEMENTS
                await ecs.RegisterTaskDefinitionAsync(request);
            }

            static void Configure(ContainerDefinition c) => c.PortMappings = new List<PortMapping>();
        }
        """.Replace("STATEMENTS", statements);

    [Theory]
    [InlineData("        {|#0:container.PortMappings|}.Add(new PortMapping { ContainerPort = 80 });\n        request.ContainerDefinitions = [container];", "container", "PortMappings", "Add call")]
    [InlineData("        {|#0:request.ContainerDefinitions|}.Add(container);", "request", "ContainerDefinitions", "Add call")]
    [InlineData("        if (flag)\n        {\n            {|#0:request.ContainerDefinitions|}.Add(container);\n        }", "request", "ContainerDefinitions", "Add call")]
    [InlineData("        {|#0:request.ContainerDefinitions|}.Insert(0, container);", "request", "ContainerDefinitions", "Insert call")]
    [InlineData("        {|#0:request.ContainerDefinitions|}.AddRange([container]);", "request", "ContainerDefinitions", "AddRange call")]
    [InlineData("        {|#0:container.DockerLabels|}[\"team\"] = \"web\";\n        request.ContainerDefinitions = [container];", "container", "DockerLabels", "indexer")]
    [InlineData("        foreach (var port in ports)\n        {\n            {|#0:container.PortMappings|}.Add(new PortMapping { ContainerPort = port });\n        }\n\n        request.ContainerDefinitions = [container];", "container", "PortMappings", "Add call")]
    [InlineData("        foreach (var m in {|#0:container.PortMappings|})\n        {\n        }\n\n        request.ContainerDefinitions = [container];", "container", "PortMappings", "foreach")]
    [InlineData("        {|#0:request.ContainerDefinitions|}.Remove(container);", "request", "ContainerDefinitions", "Remove call")]
    public Task A_collection_used_before_it_is_assigned_is_reported_on_v4(string statements, string receiver, string property, string what) =>
        V4FindingsV3Silence(Body(statements), Verify.Diagnostic("ECSA9001").WithLocation(0).WithLocation(receiver == "container" ? 1 : 2).WithArguments(receiver, property, what));

    [Fact]
    public Task A_nested_object_created_here_is_checked_too() => V4FindingsV3Silence(Body("""
                var run = new RunTaskRequest { TaskDefinition = "app", NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = {|#3:new AwsVpcConfiguration|}() } };
                {|#0:run.NetworkConfiguration.AwsvpcConfiguration.Subnets|}.Add("subnet-1");
                await ecs.RunTaskAsync(run);
        """),
        Verify.Diagnostic("ECSA9001").WithLocation(0).WithLocation(3).WithArguments("run.NetworkConfiguration.AwsvpcConfiguration", "Subnets", "Add call"));

    [Theory]
    [InlineData("        request.ContainerDefinitions ??= new List<ContainerDefinition>();\n        request.ContainerDefinitions.Add(container);")]
    [InlineData("        request.ContainerDefinitions = [];\n        request.ContainerDefinitions.Add(container);")]
    [InlineData("        if (flag) request.ContainerDefinitions = new List<ContainerDefinition>();\n        else request.ContainerDefinitions = [];\n        request.ContainerDefinitions.Add(container);")]
    [InlineData("        if (request.ContainerDefinitions != null) request.ContainerDefinitions.Add(container);")]
    [InlineData("        request.ContainerDefinitions?.Add(container);")]
    [InlineData("        Configure(container);\n        container.PortMappings.Add(new PortMapping { ContainerPort = 80 });")]
    [InlineData("        System.Action add = () => request.ContainerDefinitions.Add(container);\n        request.ContainerDefinitions = [];\n        add();")]
    [InlineData("        for (var i = 0; i < 2; i++)\n        {\n            if (i > 0) container.PortMappings.Add(new PortMapping { ContainerPort = 80 });\n            container.PortMappings ??= [];\n        }")]
    [InlineData("        _ = request.ContainerDefinitions.Count;")]
    [InlineData("        var other = new ContainerDefinition { Name = \"b\", PortMappings = { new PortMapping { ContainerPort = 80 } } };\n        other.PortMappings.Add(new PortMapping { ContainerPort = 81 });")]
    [InlineData("        request.ContainerDefinitions = request.ContainerDefinitions ?? [];\n        request.ContainerDefinitions.Add(container);")]
    [InlineData("        (request.ContainerDefinitions, request.Family) = ([], \"b\");\n        request.ContainerDefinitions.Add(container);")]
    [InlineData("        request.ContainerDefinitions = new List<ContainerDefinition>(ports.Count);\n        foreach (var p in ports) request.ContainerDefinitions.Add(container);")]
    public Task Assigned_before_checked_guarded_or_possibly_assigned_elsewhere_is_not_reported(string statements) =>
        V4FindingsV3Silence(Meta.EcsSources.StripMarkup(Body(statements)));

    [Fact]
    public Task Objects_from_parameters_helpers_and_initializers_are_not_reported() => V4FindingsV3Silence("""
        using System.Collections.Generic;
        using Amazon.ECS.Model;

        class C
        {
            void Run(ContainerDefinition given)
            {
                given.PortMappings.Add(new PortMapping { ContainerPort = 80 });
                var made = Make();
                made.PortMappings.Add(new PortMapping { ContainerPort = 80 });
                var initialized = new ContainerDefinition { Name = "app", PortMappings = [] };
                initialized.PortMappings.Add(new PortMapping { ContainerPort = 80 });
            }

            static ContainerDefinition Make() => new ContainerDefinition { Name = "app", PortMappings = new List<PortMapping>() };
        }
        """);

    [Fact]
    public Task Silent_on_both_surfaces_when_the_file_sets_InitializeCollections() => Verify.Rules("ECSA9001").Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            static C() => Amazon.AWSConfigs.InitializeCollections = true;

            void Run()
            {
                var request = new RegisterTaskDefinitionRequest { Family = "app" };
                request.ContainerDefinitions.Add(new ContainerDefinition { Name = "app" });
            }
        }
        """);

    [Fact]
    public async Task Silent_when_another_file_sets_InitializeCollections()
    {
        var test = new EcsTest<Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>(SdkVersion.V4);
        test.OnlyRules(["ECSA9001"]);
        test.TestState.Sources.Add(("Deploy.cs", Meta.EcsSources.StripMarkup(Body("        request.ContainerDefinitions.Add(container);"))));
        test.TestState.Sources.Add(("Startup.cs", """
            static class Startup
            {
                public static void Init() => Amazon.AWSConfigs.InitializeCollections = true;
            }
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Only_the_first_use_is_reported() => V4FindingsV3Silence(Body("""
                {|#0:request.ContainerDefinitions|}.Add(container);
                request.ContainerDefinitions.Add(new ContainerDefinition { Name = "log" });
        """),
        Verify.Diagnostic("ECSA9001").WithLocation(0).WithLocation(2).WithArguments("request", "ContainerDefinitions", "Add call"));
}
