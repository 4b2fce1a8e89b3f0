using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>RunTask overrides and UpdateService requests (issue 14).</summary>
internal static class Overrides
{
    /// <summary>A body with a client, an unknown name, an unknown command list and a flag.</summary>
    public static string Body(string body) => """
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, string name, List<string> command, string arn, List<string> subnets, bool flag)
            {
                BODY
            }

            protected virtual void Customize(ContainerOverride o) { }
        }
        """.Replace("BODY", body);

    /// <summary>A Fargate RunTask of "web:3" (never linked) with these overrides.</summary>
    public static string Run(string overrides) => Body(
        "await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = \"web:3\", LaunchType = LaunchType.FARGATE, Overrides = " + overrides + " });");

    /// <summary>A RunTask of the registration in <see cref="Linked.Deploy"/> with these members.</summary>
    public static string Linked(string members, string register = EcsAnalyzers.Tests.Rules.Linked.Web) => EcsAnalyzers.Tests.Rules.Linked.Deploy(
        register, "await ecs.RunTaskAsync(new RunTaskRequest { " + members + " });");

    public static string Containers(string overrides) => "Overrides = new TaskOverride { ContainerOverrides = [" + overrides + "] }";
}

public class UnnamedContainerOverrideTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA5014");

    [Theory]
    [InlineData("Command = [\"migrate\", \"--up\"]", "Command")]
    [InlineData("Cpu = 512", "Cpu")]
    [InlineData("Memory = 1024", "Memory")]
    [InlineData("MemoryReservation = 0", "MemoryReservation")]
    [InlineData("Environment = [new Amazon.ECS.Model.KeyValuePair { Name = \"MODE\", Value = \"batch\" }]", "Environment")]
    [InlineData("ResourceRequirements = [new ResourceRequirement { Type = \"GPU\", Value = \"1\" }]", "ResourceRequirements")]
    public Task An_override_that_sets_something_without_a_name_is_reported_at_its_creation(string setting, string shown) => Rule.Analyzer(
        Overrides.Run("new TaskOverride { ContainerOverrides = [{|#0:new ContainerOverride|} { " + setting + " }] }"),
        Verify.Diagnostic("ECSA5014").WithLocation(0).WithArguments("sets " + shown + " but no Name"));

    [Fact]
    public Task Every_setting_is_named_in_the_message() => Rule.Analyzer(
        Overrides.Run("new TaskOverride { ContainerOverrides = [{|#0:new ContainerOverride|} { Command = [\"a\"], Environment = [new Amazon.ECS.Model.KeyValuePair { Name = \"A\", Value = \"1\" }], Name = null }] }"),
        Verify.Diagnostic("ECSA5014").WithLocation(0).WithArguments("sets Command, Environment but no Name"));

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    public Task A_blank_name_is_reported_at_the_name(string name) => Rule.Analyzer(
        Overrides.Run("new TaskOverride { ContainerOverrides = [new ContainerOverride { {|#0:Name = " + name + "|}, Command = [\"a\"] }] }"),
        Verify.Diagnostic("ECSA5014").WithLocation(0).WithArguments("sets Command but its Name is blank"));

    [Fact]
    public Task An_override_built_by_statements_is_reported() => Rule.Analyzer(Overrides.Body("""
        var o = {|#0:new ContainerOverride|}();
        o.Command = ["reindex"];
        var request = new RunTaskRequest { TaskDefinition = "jobs", Overrides = new TaskOverride() };
        request.Overrides.ContainerOverrides = [o];
        await ecs.RunTaskAsync(request);
        """),
        Verify.Diagnostic("ECSA5014").WithLocation(0).WithArguments("sets Command but no Name"));

    [Fact]
    public Task The_second_of_two_overrides_is_reported_alone() => Rule.Analyzer(Overrides.Body("""
        var overrides = new List<ContainerOverride> { new ContainerOverride { Name = "app", Command = ["serve"] } };
        overrides.Add({|#0:new ContainerOverride|} { Memory = 2048 });
        await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "jobs", Overrides = new TaskOverride { ContainerOverrides = overrides } });
        """),
        Verify.Diagnostic("ECSA5014").WithLocation(0).WithArguments("sets Memory but no Name"));

    [Theory]
    [InlineData("new ContainerOverride()")]
    [InlineData("new ContainerOverride { }")]
    [InlineData("new ContainerOverride { Command = [] }")]
    [InlineData("new ContainerOverride { Command = [], Environment = [] }")]
    [InlineData("new ContainerOverride { Name = null }")]
    public Task An_empty_override_is_accepted(string item) => Rule.Analyzer(Overrides.Run("new TaskOverride { ContainerOverrides = [" + item + "] }"));

    [Theory]
    [InlineData("new ContainerOverride { Name = \"app\", Command = [\"a\"] }")]
    [InlineData("new ContainerOverride { Name = name, Cpu = 256 }")]
    [InlineData("new ContainerOverride { Name = flag ? \"a\" : \"b\", Cpu = 256 }")]
    [InlineData("new ContainerOverride { Command = command }")]
    [InlineData("new ContainerOverride { Environment = [.. new List<Amazon.ECS.Model.KeyValuePair>()] }")]
    public Task A_named_override_or_one_whose_settings_are_unknown_is_not_reported(string item) =>
        Rule.Analyzer(Overrides.Run("new TaskOverride { ContainerOverrides = [" + item + "] }"));

    [Fact]
    public Task A_name_set_later_a_setting_under_a_condition_or_an_override_passed_away_is_not_reported() => Rule.Analyzer(Overrides.Body("""
        var named = new ContainerOverride { Command = ["a"] };
        named.Name = "app";
        var maybe = new ContainerOverride();
        if (flag)
        {
            maybe.Command = ["b"];
        }

        var customized = new ContainerOverride { Cpu = 512 };
        Customize(customized);
        await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "jobs", Overrides = new TaskOverride { ContainerOverrides = [named, maybe, customized] } });
        """));

    [Fact]
    public Task A_name_written_through_the_list_later_is_not_reported() => Rule.Analyzer(Overrides.Body("""
        var request = new RunTaskRequest { TaskDefinition = "jobs", Overrides = new TaskOverride { ContainerOverrides = [new ContainerOverride { Command = ["a"] }] } };
        request.Overrides.ContainerOverrides[0].Name = "app";
        var other = new RunTaskRequest { TaskDefinition = "jobs", Overrides = new TaskOverride { ContainerOverrides = [new ContainerOverride { Cpu = 256 }] } };
        foreach (var o in other.Overrides.ContainerOverrides)
        {
            o.Name = name;
        }

        var third = new List<ContainerOverride> { new ContainerOverride { Memory = 512 } };
        third.ForEach(o => o.Name = "app");
        await ecs.RunTaskAsync(request);
        await ecs.RunTaskAsync(other);
        await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "jobs", Overrides = new TaskOverride { ContainerOverrides = third } });
        """));

    [Fact]
    public Task An_override_returned_to_the_caller_is_not_reported() => Rule.Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            ContainerOverride Make() => new ContainerOverride { Command = ["a"] };

            ContainerOverride MakeAndName()
            {
                var o = new ContainerOverride { Command = ["a"] };
                return o;
            }
        }
        """);

    [Fact]
    public Task An_override_from_a_helper_is_reported_at_the_call() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            private static ContainerOverride Migrate() => new ContainerOverride { Command = ["migrate"] };

            System.Threading.Tasks.Task Run(IAmazonECS ecs) => ecs.RunTaskAsync(new RunTaskRequest
            {
                TaskDefinition = "jobs", Overrides = new TaskOverride { ContainerOverrides = [{|#0:Migrate()|}] },
            });
        }
        """,
        Verify.Diagnostic("ECSA5014").WithLocation(0).WithLocation(6, 51).WithArguments("sets Command but no Name"));
}

public class UnknownOverrideContainerTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA5015");

    private const string Containers = "'web', 'log'";

    [Theory]
    [InlineData("TaskDefinition = " + "registered.TaskDefinition.TaskDefinitionArn, LaunchType = LaunchType.FARGATE, " + Linked.Network)]
    [InlineData("TaskDefinition = \"web\", LaunchType = LaunchType.FARGATE, " + Linked.Network)]
    [InlineData("TaskDefinition = registered.TaskDefinition.TaskDefinitionArn")]
    [InlineData("TaskDefinition = \"web\", LaunchType = LaunchType.EC2")]
    public Task An_override_of_a_container_the_registration_does_not_have_is_reported(string members) => Rule.Analyzer(
        Overrides.Linked(members + ", " + Overrides.Containers("new ContainerOverride { {|#0:Name = \"app\"|}, Command = [\"serve\"] }")),
        Verify.Diagnostic("ECSA5015").WithLocation(0).WithArguments("app", "'web'", Containers));

    [Theory]
    [InlineData("web ")]
    [InlineData("logs")]
    public Task Names_that_differ_by_more_than_case_are_reported(string name) => Rule.Analyzer(
        Overrides.Linked("TaskDefinition = " + Linked.Arn + ", " + Overrides.Containers("new ContainerOverride { {|#0:Name = \"" + name + "\"|} }")),
        Verify.Diagnostic("ECSA5015").WithLocation(0).WithArguments(name, "'web'", Containers));

    // How ECS compares container names is not documented: a name that differs only in case is not proven wrong.
    [Theory]
    [InlineData("Web")]
    [InlineData("LOG")]
    public Task A_name_that_differs_only_in_case_is_not_reported(string name) => Rule.Analyzer(
        Overrides.Linked("TaskDefinition = " + Linked.Arn + ", " + Overrides.Containers("new ContainerOverride { Name = \"" + name + "\", Command = [\"a\"] }")));

    [Fact]
    public Task Only_the_unknown_one_of_several_overrides_is_reported() => Rule.Analyzer(
        Overrides.Linked("TaskDefinition = " + Linked.Arn + ", " + Overrides.Containers(
            "new ContainerOverride { Name = \"web\", Command = [\"a\"] }, new ContainerOverride { Name = \"log\" }, new ContainerOverride { {|#0:Name = \"worker\"|}, Cpu = 256 }")),
        Verify.Diagnostic("ECSA5015").WithLocation(0).WithArguments("worker", "'web'", Containers));

    [Fact]
    public Task An_override_built_by_statements_is_read() => Rule.Analyzer(Linked.Deploy(Linked.Web, """
        var o = new ContainerOverride();
        {|#0:o.Name = "api"|};
        var run = new RunTaskRequest { TaskDefinition = registered.TaskDefinition.TaskDefinitionArn, Overrides = new TaskOverride() };
        run.Overrides.ContainerOverrides = [o];
        await ecs.RunTaskAsync(run);
        """),
        Verify.Diagnostic("ECSA5015").WithLocation(0).WithArguments("api", "'web'", Containers));

    [Theory]
    [InlineData("web")]
    [InlineData("log")]
    public Task An_override_of_a_container_of_the_registration_is_not_reported(string name) => Rule.Analyzer(
        Overrides.Linked("TaskDefinition = " + Linked.Arn + ", LaunchType = LaunchType.FARGATE, " + Overrides.Containers("new ContainerOverride { Name = \"" + name + "\", Command = [\"a\"] }")));

    [Theory]
    [InlineData("TaskDefinition = \"web:3\"")]
    [InlineData("TaskDefinition = \"arn:aws:ecs:us-east-1:123456789012:task-definition/web:3\"")]
    [InlineData("TaskDefinition = \"other\"")]
    [InlineData("TaskDefinition = arn")]
    [InlineData("TaskDefinition = flag ? \"web\" : \"api\"")]
    [InlineData("TaskDefinition = registered.TaskDefinition.Family")]
    public Task A_request_not_provably_linked_is_not_reported(string members) => Rule.Analyzer(
        Overrides.Linked(members + ", " + Overrides.Containers("new ContainerOverride { Name = \"app\", Command = [\"a\"] }")));

    [Fact]
    public Task A_family_string_is_not_linked_to_a_registration_with_an_unknown_family() => Rule.Analyzer(Overrides.Linked(
        "TaskDefinition = \"web\", " + Overrides.Containers("new ContainerOverride { Name = \"app\" }"),
        Linked.Web.Replace("Family = \"web\"", "Family = family")));

    [Theory]
    [InlineData("Name = family")]
    [InlineData("Name = flag ? \"web\" : \"app\"")]
    [InlineData("Name = \"\", Command = [\"a\"]")]
    [InlineData("Command = [\"a\"]")]
    public Task An_unknown_or_missing_name_is_not_this_rule(string members) => Rule.Analyzer(
        Overrides.Linked("TaskDefinition = " + Linked.Arn + ", " + Overrides.Containers("new ContainerOverride { " + members + " }")));

    [Fact]
    public Task A_registration_whose_container_names_are_not_all_known_is_not_checked() => Rule.Analyzer(Overrides.Linked(
        "TaskDefinition = " + Linked.Arn + ", " + Overrides.Containers("new ContainerOverride { Name = \"app\" }"),
        Linked.Web.Replace("Name = \"log\"", "Name = family")));

    [Fact]
    public Task A_registration_changed_by_a_helper_is_not_checked() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Deploy(IAmazonECS ecs)
            {
                var request = new RegisterTaskDefinitionRequest { Family = "web", ContainerDefinitions = [new ContainerDefinition { Name = "web", Image = "nginx", Memory = 512 }] };
                AddSidecar(request);
                var registered = await ecs.RegisterTaskDefinitionAsync(request);
                await ecs.RunTaskAsync(new RunTaskRequest
                {
                    TaskDefinition = registered.TaskDefinition.TaskDefinitionArn,
                    Overrides = new TaskOverride { ContainerOverrides = [new ContainerOverride { Name = "sidecar", Command = ["a"] }] },
                });
            }

            protected virtual void AddSidecar(RegisterTaskDefinitionRequest request) { }
        }
        """);
}

public class OverriddenTaskSizeTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA1003");

    [Fact]
    public Task An_overridden_pair_that_is_no_fargate_size_is_reported_at_the_memory() => Rule.Analyzer(
        Overrides.Run("new TaskOverride { Cpu = \"256\", {|#0:Memory = \"4096\"|} }"),
        Verify.Diagnostic("ECSA1003").WithLocation(0).WithArguments("cpu '256' and memory '4096' after the RunTask override", "with cpu 256 the memory (MiB) is 512, 1024, 2048"));

    [Fact]
    public Task An_overridden_cpu_fargate_does_not_run_is_reported_at_the_cpu() => Rule.Analyzer(
        Overrides.Run("new TaskOverride { {|#0:Cpu = \"3000\"|}, Memory = \"4096\" }"),
        Verify.Diagnostic("ECSA1003").WithLocation(0).WithArguments("cpu '3000' in the RunTask override", "Fargate task cpu is one of 256, 512, 1024, 2048, 4096, 8192, 16384 (CPU units; 1024 = 1 vCPU)"));

    [Fact]
    public Task An_overridden_memory_is_paired_with_the_cpu_of_the_linked_registration() => Rule.Analyzer(
        Overrides.Linked("TaskDefinition = " + Linked.Arn + ", LaunchType = LaunchType.FARGATE, " + Linked.Network + ", Overrides = new TaskOverride { {|#0:Memory = \"4096\"|} }"),
        Verify.Diagnostic("ECSA1003").WithLocation(0).WithArguments("cpu '256' and memory '4096' after the RunTask override", "with cpu 256 the memory (MiB) is 512, 1024, 2048"));

    [Fact]
    public Task An_overridden_cpu_is_paired_with_the_memory_of_the_linked_registration() => Rule.Analyzer(
        Overrides.Linked("TaskDefinition = \"web\", CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE_SPOT\" }], " + Linked.Network
            + ", Overrides = new TaskOverride { {|#0:Cpu = \"1 vCPU\"|} }"),
        Verify.Diagnostic("ECSA1003").WithLocation(0).WithArguments("cpu '1 vCPU' and memory '512' after the RunTask override", "with cpu 1024 the memory (MiB) is 2048 to 8192 in steps of 1024"));

    [Fact]
    public Task An_override_set_by_a_statement_is_read() => Rule.Analyzer(Overrides.Body("""
        var run = new RunTaskRequest { TaskDefinition = "web:3", LaunchType = "FARGATE", Overrides = new TaskOverride { Cpu = "512" } };
        {|#0:run.Overrides.Memory = "512"|};
        await ecs.RunTaskAsync(run);
        """),
        Verify.Diagnostic("ECSA1003").WithLocation(0).WithArguments("cpu '512' and memory '512' after the RunTask override", "with cpu 512 the memory (MiB) is 1024, 2048, 3072, 4096"));

    [Theory]
    [InlineData("Cpu = \"1024\", Memory = \"2048\"")]
    [InlineData("Cpu = \"1 vCPU\", Memory = \"2 GB\"")]
    [InlineData("Memory = \"4096\"")]
    [InlineData("Cpu = \"3000\"")]
    [InlineData("Cpu = \"256\", Memory = arn")]
    [InlineData("Cpu = \"\", Memory = \"4096\"")]
    [InlineData("Cpu = flag ? \"256\" : \"1024\", Memory = \"4096\"")]
    [InlineData("TaskRoleArn = \"arn:aws:iam::123456789012:role/app\"")]
    public Task A_fargate_size_an_unknown_side_or_a_side_without_a_linked_registration_is_not_reported(string members) =>
        Rule.Analyzer(Overrides.Run("new TaskOverride { " + members + " }"));

    [Theory]
    [InlineData("LaunchType = LaunchType.EC2")]
    [InlineData("LaunchType = arn")]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"my-asg\" }]")]
    [InlineData("PlatformVersion = \"LATEST\"")]
    public Task A_run_request_not_provably_on_fargate_is_not_reported(string launch) => Rule.Analyzer(Overrides.Body(
        "await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = \"web:3\", " + launch + ", Overrides = new TaskOverride { Cpu = \"256\", Memory = \"4096\" } });"));

    private const string InvalidOverride = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "api:2", LaunchType = LaunchType.FARGATE, Overrides = new TaskOverride { Cpu = "512", {|ECSA1003:Memory = "2500"|} } });
        }
        """;

    [Theory]
    [InlineData("ECSA1003_Value", "3072")]
    [InlineData("ECSA1003_Value1", "2048")]
    public Task The_fix_replaces_the_overridden_memory_with_the_nearest_valid_one(string key, string memory) =>
        Verify.CodeFix<EcsAnalyzers.CodeFixes.SettingFixer>(InvalidOverride, InvalidOverride.Replace("{|ECSA1003:Memory = \"2500\"|}", "Memory = \"" + memory + "\""), equivalenceKey: key);

    [Fact]
    public Task A_valid_memory_override_with_the_linked_cpu_is_not_reported() => Rule.Analyzer(
        Overrides.Linked("TaskDefinition = " + Linked.Arn + ", LaunchType = LaunchType.FARGATE, " + Linked.Network + ", Overrides = new TaskOverride { Memory = \"2048\" }"));
}

public class OverrideRoleTests
{
    [Fact]
    public Task An_override_whose_task_role_is_its_execution_role_is_reported() => Verify.Rules("ECSA3003").Analyzer(Overrides.Run(
        "new TaskOverride { TaskRoleArn = \"arn:aws:iam::123456789012:role/app\", {|#0:ExecutionRoleArn = \"arn:aws:iam::123456789012:role/app\"|} }"),
        Verify.Diagnostic("ECSA3003").WithLocation(0).WithArguments("'app'"));

    [Fact]
    public Task An_override_with_one_variable_for_both_roles_is_reported() => Verify.Rules("ECSA3003").Analyzer(Overrides.Run(
        "new TaskOverride { TaskRoleArn = arn, {|#0:ExecutionRoleArn = arn|} }"),
        Verify.Diagnostic("ECSA3003").WithLocation(0).WithArguments("both are the value of 'arn'"));

    [Theory]
    [InlineData("TaskRoleArn = \"arn:aws:iam::123456789012:role/app\", ExecutionRoleArn = \"arn:aws:iam::123456789012:role/exec\"")]
    [InlineData("TaskRoleArn = \"arn:aws:iam::123456789012:role/app\"")]
    [InlineData("ExecutionRoleArn = \"arn:aws:iam::123456789012:role/app\"")]
    [InlineData("TaskRoleArn = arn, ExecutionRoleArn = name")]
    public Task An_override_with_distinct_roles_or_one_role_is_not_reported(string members) =>
        Verify.Rules("ECSA3003").Analyzer(Overrides.Run("new TaskOverride { " + members + " }"));

    [Theory]
    [InlineData("TaskRoleArn", "arn:aws:iam::123456789012:user/deploy", "it is an IAM user ARN, not a role")]
    [InlineData("ExecutionRoleArn", "", "it is empty (leave the property unset instead)")]
    [InlineData("TaskRoleArn", "arn:aws:sts::123456789012:assumed-role/app/session", "it is an STS assumed-role session, not the role (use arn:aws:iam::<account-id>:role/<name>)")]
    public Task An_override_role_that_is_no_role_is_reported(string property, string role, string problem) => Verify.Rules("ECSA3004").Analyzer(
        Overrides.Run("new TaskOverride { {|#0:" + property + " = \"" + role + "\"|} }"),
        Verify.Diagnostic("ECSA3004").WithLocation(0).WithArguments(role, problem));

    [Theory]
    [InlineData("TaskRoleArn = \"arn:aws-eusc:iam::123456789012:role/app\"")]
    [InlineData("ExecutionRoleArn = \"ecsTaskExecutionRole\"")]
    [InlineData("TaskRoleArn = arn")]
    public Task An_override_role_that_is_a_role_or_unknown_is_not_reported(string member) =>
        Verify.Rules("ECSA3004").Analyzer(Overrides.Run("new TaskOverride { " + member + " }"));
}

public class ServiceUpdateTests
{
    private static string Update(string members) => Overrides.Body("await ecs.UpdateServiceAsync(new UpdateServiceRequest { Cluster = \"prod\", Service = \"web\", " + members + " });");

    private const string Fargate = "CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE\", Weight = 1 }]";

    [Theory]
    [InlineData("\"FARGATE\"")]
    [InlineData("\"FARGATE_SPOT\"")]
    public Task A_retired_platform_version_on_a_fargate_strategy_is_reported(string provider) => Verify.Rules("ECSA1009").Analyzer(
        Update("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = " + provider + " }], {|#0:PlatformVersion = \"1.3.0\"|}"),
        Verify.Diagnostic("ECSA1009").WithLocation(0).WithArguments("1.3.0"));

    [Theory]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"my-asg\" }], PlatformVersion = \"1.3.0\"")]
    [InlineData("PlatformVersion = \"1.3.0\"")]
    [InlineData(Fargate + ", PlatformVersion = \"1.4.0\"")]
    [InlineData(Fargate + ", PlatformVersion = \"1.0.0\"")]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = name }], PlatformVersion = \"1.2.0\"")]
    public Task An_update_not_provably_on_fargate_or_a_current_version_is_not_reported(string members) => Verify.Rules("ECSA1009").Analyzer(Update(members));

    [Fact]
    public Task A_mixed_strategy_is_reported() => Verify.Rules("ECSA1011").Analyzer(
        Update("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE\" }, new CapacityProviderStrategyItem { {|#0:CapacityProvider = \"web-asg\"|} }]"),
        Verify.Diagnostic("ECSA1011").WithLocation(0).WithArguments("web-asg", "FARGATE"));

    [Theory]
    [InlineData("\"FARGATE\"", "\"FARGATE_SPOT\"")]
    [InlineData("\"asg-a\"", "\"asg-b\"")]
    [InlineData("\"FARGATE\"", "name")]
    public Task One_provider_kind_is_not_reported(string first, string second) => Verify.Rules("ECSA1011").Analyzer(
        Update("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = " + first + " }, new CapacityProviderStrategyItem { CapacityProvider = " + second + " }]"));

    [Fact]
    public Task An_empty_subnet_list_on_fargate_is_reported() => Verify.Rules("ECSA1005").Analyzer(
        Update(Fargate + ", NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { {|#0:Subnets = []|}, SecurityGroups = [\"sg-1\"] } }"),
        Verify.Diagnostic("ECSA1005").WithLocation(0).WithArguments("UpdateService on Fargate", "its subnet list is empty"));

    [Fact]
    public Task An_awsvpc_configuration_without_subnets_on_fargate_is_reported() => Verify.Rules("ECSA1005").Analyzer(
        Update(Fargate + ", NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = {|#0:new AwsVpcConfiguration|} { SecurityGroups = [\"sg-1\"] } }"),
        Verify.Diagnostic("ECSA1005").WithLocation(0).WithArguments("UpdateService on Fargate", "its AwsvpcConfiguration has no subnets"));

    [Fact]
    public Task An_update_to_a_linked_awsvpc_registration_with_empty_subnets_is_reported() => Verify.Rules("ECSA1005").Analyzer(Linked.Deploy(Linked.Web, """
        var update = new UpdateServiceRequest { Service = "web", TaskDefinition = registered.TaskDefinition.TaskDefinitionArn };
        update.NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { {|#0:Subnets = new List<string>()|} } };
        await ecs.UpdateServiceAsync(update);
        """),
        Verify.Diagnostic("ECSA1005").WithLocation(0).WithArguments("UpdateService to the awsvpc task definition 'web' registered in this method", "its subnet list is empty"));

    [Theory]
    [InlineData(Fargate)]
    [InlineData(Fargate + ", NetworkConfiguration = new NetworkConfiguration()")]
    [InlineData(Fargate + ", NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = [\"subnet-1\"] } }")]
    [InlineData(Fargate + ", NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } }")]
    [InlineData("NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = [] } }")]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"my-asg\" }], NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = [] } }")]
    [InlineData(Fargate + ", DeploymentController = new DeploymentController { Type = DeploymentControllerType.EXTERNAL }, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = [] } }")]
    public Task An_update_that_keeps_its_network_configuration_or_is_not_provably_on_fargate_is_not_reported(string members) =>
        Verify.Rules("ECSA1005").Analyzer(Update(members));

    [Theory]
    [InlineData("")]
    [InlineData(Fargate + ", ")]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"my-asg\" }], ")]
    public Task A_public_ip_is_reported(string strategy) => Verify.Rules("ECSA6010").Analyzer(
        Update(strategy + "NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = [\"subnet-1\"], {|#0:AssignPublicIp = AssignPublicIp.ENABLED|} } }"),
        Verify.Diagnostic("ECSA6010").WithLocation(0).WithArguments("the service's tasks"));

    [Theory]
    [InlineData("AssignPublicIp = AssignPublicIp.DISABLED")]
    [InlineData("AssignPublicIp = name")]
    [InlineData("SecurityGroups = [\"sg-1\"]")]
    public Task No_public_ip_is_not_reported(string setting) => Verify.Rules("ECSA6010").Analyzer(
        Update("NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = [\"subnet-1\"], " + setting + " } }"));

    [Fact]
    public Task Rules_for_create_and_run_requests_only_stay_silent_on_an_update() => Verify.Rules("ECSA1005", "ECSA1006", "ECSA1007", "ECSA1008", "ECSA1010", "ECSA1012", "ECSA4006", "ECSA7004").Analyzer(
        Linked.Deploy(Linked.With("NetworkMode = NetworkMode.Bridge"), """
            await ecs.UpdateServiceAsync(new UpdateServiceRequest
            {
                Service = "web", TaskDefinition = registered.TaskDefinition.TaskDefinitionArn, PlatformVersion = "LATEST",
                CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE" }],
                LoadBalancers = [new LoadBalancer { ContainerName = "nope", ContainerPort = 1 }],
            });
            """));
}
