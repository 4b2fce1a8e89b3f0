using System.Threading.Tasks;
using EcsAnalyzers.CodeFixes;

namespace EcsAnalyzers.Tests.Rules;

public class MixedCapacityProvidersTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA1011");

    private static string Item(string provider) => "new CapacityProviderStrategyItem { CapacityProvider = " + provider + ", Weight = 1 }";

    [Theory]
    [InlineData("\"FARGATE\"", "\"my-asg\"", "my-asg", "FARGATE")]
    [InlineData("\"FARGATE_SPOT\"", "\"mi-provider\"", "mi-provider", "FARGATE_SPOT")]
    [InlineData("\"my-asg\"", "\"FARGATE\"", "FARGATE", "my-asg")]
    [InlineData("\"mi-provider\"", "\"FARGATE_SPOT\"", "FARGATE_SPOT", "mi-provider")]
    public Task A_mix_is_reported_at_the_first_item_of_the_other_kind(string first, string second, string shown, string firstShown) => Rule.Analyzer(ManagedInstances.Run(
        "await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = \"job\", NetworkConfiguration = network, CapacityProviderStrategy = [" + Item(first) + ", "
        + Item("{|#0:CapacityProvider = " + second + "|}").Replace("CapacityProvider = {|#0:CapacityProvider = ", "{|#0:CapacityProvider = ") + "] });"),
        Verify.Diagnostic("ECSA1011").WithLocation(0).WithArguments(shown, firstShown));

    [Theory]
    [InlineData("\"FARGATE\"", "\"FARGATE_SPOT\"")]
    [InlineData("\"FARGATE_SPOT\"", "\"FARGATE\"")]
    [InlineData("\"asg-a\"", "\"asg-b\"")]
    [InlineData("\"FARGATE\"", "provider")]
    [InlineData("provider", "\"my-asg\"")]
    public Task One_provider_kind_or_unknown_providers_are_not_reported(string first, string second) => Rule.Analyzer(ManagedInstances.Run(
        "await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = \"api\", NetworkConfiguration = network, CapacityProviderStrategy = [" + Item(first) + ", " + Item(second) + "] });"));

    [Fact]
    public Task Only_the_first_differing_item_is_reported() => Rule.Analyzer(ManagedInstances.Run("""
        await ecs.CreateServiceAsync(new CreateServiceRequest
        {
            ServiceName = "api", NetworkConfiguration = network,
            CapacityProviderStrategy =
            [
                new CapacityProviderStrategyItem { CapacityProvider = "FARGATE", Base = 1, Weight = 1 },
                new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 3 },
                new CapacityProviderStrategyItem { {|#0:CapacityProvider = "ondemand-asg"|}, Weight = 1 },
                new CapacityProviderStrategyItem { CapacityProvider = "spot-asg", Weight = 1 },
            ],
        });
        """),
        Verify.Diagnostic("ECSA1011").WithLocation(0).WithArguments("ondemand-asg", "FARGATE"));

    [Fact]
    public Task Lists_written_on_different_paths_are_not_one_strategy() => Rule.Analyzer(ManagedInstances.Run("""
        var request = new RunTaskRequest { TaskDefinition = "job", NetworkConfiguration = network };
        if (flag)
        {
            request.CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE" }];
        }
        else
        {
            request.CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "my-asg" }];
        }

        await ecs.RunTaskAsync(request);
        """));

    [Fact]
    public Task A_strategy_from_elsewhere_or_extended_by_a_helper_is_not_reported() => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, List<CapacityProviderStrategyItem> strategy, string provider)
            {
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", CapacityProviderStrategy = strategy });
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE" }, .. strategy] });
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = provider }, new CapacityProviderStrategyItem { CapacityProvider = "FARGATE" }] });
            }
        }
        """);

    [Fact]
    public Task Items_added_later_are_read() => Rule.Analyzer(ManagedInstances.Run("""
        var strategy = new List<CapacityProviderStrategyItem> { new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 2 } };
        strategy.Add(new CapacityProviderStrategyItem { {|#0:CapacityProvider = "gpu-asg"|} });
        await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", NetworkConfiguration = network, CapacityProviderStrategy = strategy });
        """),
        Verify.Diagnostic("ECSA1011").WithLocation(0).WithArguments("gpu-asg", "FARGATE_SPOT"));
}

public class PlatformVersionWithEc2Tests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA1012");

    [Theory]
    [InlineData("\"LATEST\"")]
    [InlineData("\"1.4.0\"")]
    [InlineData("\"1.0.0\"")]
    public Task A_platform_version_with_ec2_is_reported(string version) => Rule.Analyzer(ManagedInstances.Run(
        "await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = \"job\", LaunchType = LaunchType.EC2, {|#0:PlatformVersion = " + version + "|} });"),
        Verify.Diagnostic("ECSA1012").WithLocation(0).WithArguments(version.Trim('"')));

    [Fact]
    public Task A_service_set_later_is_reported() => Rule.Analyzer(ManagedInstances.Run("""
        var service = new CreateServiceRequest { ServiceName = "web", TaskDefinition = "web", LaunchType = "EC2" };
        {|#0:service.PlatformVersion = "LATEST"|};
        await ecs.CreateServiceAsync(service);
        """),
        Verify.Diagnostic("ECSA1012").WithLocation(0).WithArguments("LATEST"));

    [Theory]
    [InlineData("LaunchType = LaunchType.FARGATE, PlatformVersion = \"LATEST\"")]
    [InlineData("LaunchType = LaunchType.EC2, PlatformVersion = null")]
    [InlineData("LaunchType = LaunchType.EC2, PlatformVersion = \"\"")]
    [InlineData("LaunchType = LaunchType.EC2, PlatformVersion = provider")]
    [InlineData("PlatformVersion = \"LATEST\"")]
    [InlineData("LaunchType = flag ? LaunchType.EC2 : LaunchType.FARGATE, PlatformVersion = \"LATEST\"")]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"my-asg\" }], PlatformVersion = \"LATEST\"")]
    public Task Fargate_unknown_and_absent_launch_types_are_not_reported(string members) => Rule.Analyzer(ManagedInstances.Run(
        "await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = \"job\", " + members + " });"));

    [Fact]
    public Task A_launch_type_from_a_parameter_is_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, LaunchType launchType) => ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", LaunchType = launchType, PlatformVersion = "LATEST" });
        }
        """);

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task Fix_removes_the_platform_version(SdkVersion sdk) => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs)
            {
                ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "a", LaunchType = LaunchType.EC2, {|ECSA1012:PlatformVersion = "LATEST"|} });
                ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "b", LaunchType = LaunchType.EC2, {|ECSA1012:PlatformVersion = "1.4.0"|} });
            }
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs)
            {
                ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "a", LaunchType = LaunchType.EC2 });
                ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "b", LaunchType = LaunchType.EC2 });
            }
        }
        """, sdk);
}

/// <summary>The Fargate rules on task definitions for Managed Instances, and ECSA1004's 2026 additions.</summary>
public class FargateRulesOnManagedInstancesTests
{
    private static readonly Verify.RuleScope Fargate = Verify.Rules("ECSA1001", "ECSA1002", "ECSA1003", "ECSA1004", "ECSA3002", "ECSA5010");

    [Fact]
    public Task Managed_instances_without_fargate_gets_no_fargate_findings() => Fargate.Analyzer(ManagedInstances.Register("""
        RequiresCompatibilities = ["MANAGED_INSTANCES"], NetworkMode = NetworkMode.Host, PidMode = PidMode.Host, Cpu = "1024", Memory = "1024",
        PlacementConstraints = [new TaskDefinitionPlacementConstraint { Type = "memberOf", Expression = "attribute:ecs.instance-type =~ g5.*" }],
        ContainerDefinitions =
        [
            new ContainerDefinition
            {
                Name = "a", Privileged = true, StopTimeout = 86400, StartTimeout = 600,
                Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1",
                ResourceRequirements = [new ResourceRequirement { Type = ResourceType.GPU, Value = "1" }, new ResourceRequirement { Type = ResourceType.NeuronDevice, Value = "ALL" }],
                LinuxParameters = new LinuxParameters { Devices = [new Device { HostPath = "/dev/fuse" }], Capabilities = new KernelCapabilities { Add = ["SYS_ADMIN"] } },
                LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awslogs, Options = new Dictionary<string, string> { ["awslogs-group"] = "g", ["awslogs-region"] = "us-east-1" } },
            },
        ],
        """));

    [Fact]
    public Task Listing_both_is_checked_against_fargate_too() => Fargate.Analyzer(ManagedInstances.Register("""
        RequiresCompatibilities = ["FARGATE", "MANAGED_INSTANCES"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
        ContainerDefinitions = [new ContainerDefinition { Name = "a", {|#0:Privileged = true|}, {|#1:StartTimeout = 300|} }],
        """),
        Verify.Diagnostic("ECSA1004").WithLocation(0).WithArguments("privileged containers"),
        Verify.Diagnostic("ECSA1004").WithLocation(1).WithArguments("a start timeout of 300 seconds (2-120 seconds)"));

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("121")]
    public Task A_start_timeout_outside_2_to_120_seconds_is_reported_on_fargate(string timeout) => Verify.Rules("ECSA1004").Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [\"FARGATE\"], NetworkMode = NetworkMode.Awsvpc, Cpu = \"256\", Memory = \"512\", ContainerDefinitions = [new ContainerDefinition { Name = \"a\", {|#0:StartTimeout = " + timeout + "|} }],"),
        Verify.Diagnostic("ECSA1004").WithLocation(0).WithArguments("a start timeout of " + timeout + " seconds (2-120 seconds)"));

    [Theory]
    [InlineData("StartTimeout = 2")]
    [InlineData("StartTimeout = 120")]
    [InlineData("StopTimeout = 120")]
    [InlineData("StartTimeout = flag ? 30 : 60")]
    public Task Start_timeouts_in_range_are_not_reported(string setting) => Verify.Rules("ECSA1004").Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [\"FARGATE\"], NetworkMode = NetworkMode.Awsvpc, Cpu = \"256\", Memory = \"512\", ContainerDefinitions = [new ContainerDefinition { Name = \"a\", " + setting + " }],"));

    [Fact]
    public Task Neuron_devices_on_fargate_are_reported() => Verify.Rules("ECSA1004").Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [\"FARGATE\"], NetworkMode = NetworkMode.Awsvpc, Cpu = \"256\", Memory = \"512\", ContainerDefinitions = [new ContainerDefinition { Name = \"a\", ResourceRequirements = [{|#0:new ResourceRequirement|} { Type = \"NeuronDevice\", Value = \"ALL\" }] }],"),
        Verify.Diagnostic("ECSA1004").WithLocation(0).WithArguments("NeuronDevice resource requirements (Amazon ECS Managed Instances only)"));

    [Fact]
    public Task A_retired_platform_version_is_reported_only_where_fargate_is_provable() => Verify.Rules("ECSA1009").Analyzer(ManagedInstances.Run("""
        await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", NetworkConfiguration = network, PlatformVersion = "1.3.0" });
        await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", NetworkConfiguration = network, CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "mi-provider" }], PlatformVersion = "1.3.0" });
        await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", NetworkConfiguration = network, LaunchType = LaunchType.MANAGED_INSTANCES, PlatformVersion = "1.3.0" });
        await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", NetworkConfiguration = network, LaunchType = LaunchType.FARGATE, {|#0:PlatformVersion = "1.3.0"|} });
        """),
        Verify.Diagnostic("ECSA1009").WithLocation(0).WithArguments("1.3.0"));
}
