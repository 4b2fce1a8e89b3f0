using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

public class MissingTaskRoleTests
{
    [Fact]
    public Task Request_sent_without_a_task_role_is_reported_at_new() => Verify.Rules("ECSA3001").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                await ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|}
                {
                    Family = "web",
                    ExecutionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA3001").WithLocation(0).WithArguments("'web'"));

    private const string NoRole = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|} { Family = "web" });
        }
        """;

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData(" true ")]
    public Task The_task_role_set_elsewhere_option_silences_the_rule(string value) => Verify.Rules("ECSA3001")
        .WithEditorConfig("ecs_analyzers.ECSA3001.task_role_set_elsewhere = " + value)
        .Analyzer(NoRole.Replace("{|#0:new RegisterTaskDefinitionRequest|}", "new RegisterTaskDefinitionRequest"));

    [Theory]
    [InlineData("false")]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("")]
    public Task A_false_or_malformed_option_keeps_the_rule(string value) => Verify.Rules("ECSA3001")
        .WithEditorConfig("ecs_analyzers.ECSA3001.task_role_set_elsewhere = " + value)
        .Analyzer(NoRole, Verify.Diagnostic("ECSA3001").WithLocation(0).WithArguments("'web'"));

    // A request stays fully visible when it is sent through any kind of ECS client: the interface, the SDK's class, a
    // subclass of it, or the user's own interface or class built on IAmazonECS.
    [Theory]
    [InlineData("IAmazonECS")]
    [InlineData("AmazonECSClient")]
    [InlineData("MyClient")]
    [InlineData("IMyEcs")]
    [InlineData("MyWrapper")]
    public Task Request_local_sent_through_a_client_type_is_reported(string clientType) => Verify.Rules("ECSA3001").Analyzer($$"""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class MyClient : AmazonECSClient { }
        interface IMyEcs : IAmazonECS { }
        class MyWrapper : AmazonECSClient, IMyEcs { }

        class C
        {
            async System.Threading.Tasks.Task Run({{clientType}} ecs)
            {
                var request = {|#0:new RegisterTaskDefinitionRequest|} { Family = "web" };
                request.ExecutionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";
                await ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """,
        Verify.Diagnostic("ECSA3001").WithLocation(0).WithArguments("'web'"));

    [Fact]
    public Task Task_role_in_initializer_is_not_reported() => Verify.Rules("ECSA3001").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "web", TaskRoleArn = "arn:aws:iam::123456789012:role/web" });
        }
        """);

    [Fact]
    public Task Task_role_set_by_a_later_statement_is_not_reported() => Verify.Rules("ECSA3001").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "web" };
                r.TaskRoleArn = "arn:aws:iam::123456789012:role/web";
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Task_role_set_only_under_if_is_not_reported() => Verify.Rules("ECSA3001").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, bool prod)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "web" };
                if (prod) r.TaskRoleArn = "arn:aws:iam::123456789012:role/web";
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Task_role_from_configuration_is_not_reported() => Verify.Rules("ECSA3001").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, System.Collections.Generic.IDictionary<string, string> config) =>
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "web", TaskRoleArn = config["TaskRole"] });
        }
        """);

    [Fact]
    public Task Explicit_null_task_role_is_reported() => Verify.Rules("ECSA3001").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = {|ECSA3001:new RegisterTaskDefinitionRequest|}();
                r.Family = "batch";
                r.TaskRoleArn = null;
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Request_passed_to_a_helper_before_registering_is_not_reported() => Verify.Rules("ECSA3001").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            static void AddRoles(RegisterTaskDefinitionRequest r) => r.TaskRoleArn = "arn:aws:iam::123456789012:role/web";

            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "web" };
                AddRoles(r);
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Request_returned_or_stored_is_not_reported() => Verify.Rules("ECSA3001").Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            RegisterTaskDefinitionRequest _pending;
            static RegisterTaskDefinitionRequest Template = new RegisterTaskDefinitionRequest { Family = "t" };

            RegisterTaskDefinitionRequest Create() => new RegisterTaskDefinitionRequest { Family = "web" };

            void Store()
            {
                var r = new RegisterTaskDefinitionRequest { Family = "web" };
                _pending = r;
            }

            System.Func<RegisterTaskDefinitionRequest> Factory() => () => new RegisterTaskDefinitionRequest();
        }
        """);

    [Fact]
    public Task Request_copied_from_describe_or_deserialized_is_not_reported() => Verify.Rules("ECSA3001").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, TaskDefinition existing, string json)
            {
                var copy = new RegisterTaskDefinitionRequest
                {
                    Family = existing.Family,
                    TaskRoleArn = existing.TaskRoleArn,
                    ContainerDefinitions = existing.ContainerDefinitions,
                };
                await ecs.RegisterTaskDefinitionAsync(copy);
                var parsed = System.Text.Json.JsonSerializer.Deserialize<RegisterTaskDefinitionRequest>(json);
                await ecs.RegisterTaskDefinitionAsync(parsed);
            }
        }
        """);

    [Fact]
    public Task Request_in_an_object_local_passed_to_a_helper_is_not_reported() => Verify.Rules("ECSA3001").Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            static void Send(object request) { }

            void Run()
            {
                object request = new RegisterTaskDefinitionRequest { Family = "web" };
                Send(request);
            }
        }
        """);

    [Fact]
    public Task Containers_created_inside_a_list_local_belong_to_the_request() => Verify.Rules("ECSA2001", "ECSA3001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var containers = new List<ContainerDefinition> { new ContainerDefinition { Name = "app" } };
                var volumes = new List<Volume> { new Volume { Host = new HostVolumeProperties { {|ECSA2001:SourcePath = "s3://b"|} } } };
                await ecs.RegisterTaskDefinitionAsync({|ECSA3001:new RegisterTaskDefinitionRequest|} { Family = "web", ContainerDefinitions = containers, Volumes = volumes });
            }
        }
        """);

    [Fact]
    public Task Reassigned_local_is_not_reported() => Verify.Rules("ECSA3001").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, RegisterTaskDefinitionRequest other, bool useOther)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "web" };
                if (useOther) r = other;
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Unknown_family_is_described_in_the_message() => Verify.Rules("ECSA3001").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, string family) => ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|} { Family = family });
        }
        """,
        Verify.Diagnostic("ECSA3001").WithLocation(0).WithArguments("(family not known at compile time)"));

    [Fact]
    public Task Containers_and_volumes_in_their_own_locals_do_not_hide_the_request() => Verify.Rules("ECSA3001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var app = new ContainerDefinition { Name = "app", Image = "nginx" };
                var sidecar = new ContainerDefinition { Name = "log", Image = "fluent-bit" };
                var r = {|ECSA3001:new RegisterTaskDefinitionRequest|}
                {
                    Family = "web",
                    ContainerDefinitions = [app],
                };
                r.ContainerDefinitions.Add(sidecar);
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Containers_in_a_list_local_do_not_hide_the_request() => Verify.Rules("ECSA3001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var app = new ContainerDefinition { Name = "app", Image = "nginx" };
                var containers = new List<ContainerDefinition> { app };
                var r = {|ECSA3001:new RegisterTaskDefinitionRequest|} { Family = "web", ContainerDefinitions = containers };
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Theory]
    [InlineData("Deploy.g.cs", "", "", "")]
    [InlineData("Deploy.cs", "// <auto-generated/>\n", "", "")]
    [InlineData("Deploy.cs", "", "[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")]", "")]
    [InlineData("Deploy.cs", "", "", "[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")]")]
    public async Task Generated_code_is_ignored(string fileName, string header, string onClass, string onMethod)
    {
        foreach (var sdk in SdkReferences.Both)
        {
            var test = new EcsTest<Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>(sdk);
            test.TestState.Sources.Add((fileName, header.Replace("\\n", "\n", System.StringComparison.Ordinal) + $$"""
                using Amazon.ECS;
                using Amazon.ECS.Model;

                {{onClass}}
                class Generated
                {
                    {{onMethod}}
                    void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                    {
                        Family = "web",
                        Volumes = [new Volume { Host = new HostVolumeProperties { SourcePath = "s3://bucket" } }],
                    });
                }
                """));
            await test.RunAsync();
        }
    }
}
