using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>
/// False positives found reviewing the rules of the Managed Instances, linked-launch and hardening merges as a hostile
/// reviewer: inputs valid for ECS (or not what the rule claims) that got a finding. Each stays silent now.
/// </summary>
public class NewRulesFalsePositiveTests
{
    private static string Body(string body) => """
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, List<string> subnets, bool flag)
            {
        BODY
            }

            protected virtual void Prepare(RegisterTaskDefinitionRequest request) { }
        }
        """.Replace("BODY", body);

    private const string NeuronContainers = """
                var a = new ContainerDefinition { Name = "a", Image = "x", Memory = 512, ResourceRequirements = [new ResourceRequirement { Type = "NeuronDevice", Value = "ALL" }] };
                var b = new ContainerDefinition { Name = "b", Image = "x", Memory = 512, ResourceRequirements = [new ResourceRequirement { Type = "NeuronDevice", Value = "ALL" }] };
        """;

    // ECSA7005: "only one container in a task" is about one task; containers on exclusive paths are two tasks.
    [Theory]
    [InlineData("""
                var r = new RegisterTaskDefinitionRequest { Family = "f", RequiresCompatibilities = ["MANAGED_INSTANCES"], NetworkMode = "awsvpc" };
                if (flag) r.ContainerDefinitions = [a]; else r.ContainerDefinitions = [b];
                await ecs.RegisterTaskDefinitionAsync(r);
        """)]
    [InlineData("""
                var r = new RegisterTaskDefinitionRequest { Family = "f", RequiresCompatibilities = ["MANAGED_INSTANCES"], NetworkMode = "awsvpc", ContainerDefinitions = new List<ContainerDefinition>() };
                if (flag) r.ContainerDefinitions.Add(a); else r.ContainerDefinitions.Add(b);
                await ecs.RegisterTaskDefinitionAsync(r);
        """)]
    [InlineData("""
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "f", RequiresCompatibilities = ["MANAGED_INSTANCES"], NetworkMode = "awsvpc", ContainerDefinitions = flag ? [a] : [b] });
        """)]
    public Task ECSA7005_neuron_containers_on_exclusive_paths_are_not_one_task(string body) =>
        Verify.Rules("ECSA7005").Analyzer(Body(NeuronContainers + body));

    [Fact]
    public Task ECSA7005_two_neuron_containers_in_one_list_are_still_reported() => Verify.Rules("ECSA7005").Analyzer(Body(NeuronContainers + """
                var r = new RegisterTaskDefinitionRequest { Family = "f", RequiresCompatibilities = ["MANAGED_INSTANCES"], NetworkMode = "awsvpc", ContainerDefinitions = new List<ContainerDefinition>() };
                r.ContainerDefinitions = [a, b];
                await ecs.RegisterTaskDefinitionAsync(r);
        """),
        Verify.Diagnostic("ECSA7005").WithSpan(10, 106, 10, 129).WithArguments("Container 'b' is not the only container with NeuronDevice resources"));

    // ECSA1011: providers added on exclusive paths are two strategies, each of one kind.
    [Theory]
    [InlineData("""
                var run = new RunTaskRequest { TaskDefinition = "web", CapacityProviderStrategy = new List<CapacityProviderStrategyItem>() };
                if (flag) run.CapacityProviderStrategy.Add(new CapacityProviderStrategyItem { CapacityProvider = "FARGATE" });
                else run.CapacityProviderStrategy.Add(new CapacityProviderStrategyItem { CapacityProvider = "my-asg" });
                await ecs.RunTaskAsync(run);
        """)]
    [InlineData("""
                var strategy = new List<CapacityProviderStrategyItem>();
                if (flag) strategy.Add(new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT" });
                else strategy.Add(new CapacityProviderStrategyItem { CapacityProvider = "my-asg" });
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "web", CapacityProviderStrategy = strategy });
        """)]
    public Task ECSA1011_providers_added_on_exclusive_paths_do_not_mix(string body) => Verify.Rules("ECSA1011").Analyzer(Body(body));

    [Fact]
    public Task ECSA1011_providers_added_on_every_path_still_mix() => Verify.Rules("ECSA1011").Analyzer(Body("""
                var strategy = new List<CapacityProviderStrategyItem>();
                strategy.Add(new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT" });
                strategy.Add(new CapacityProviderStrategyItem { {|#0:CapacityProvider = "my-asg"|} });
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "web", CapacityProviderStrategy = strategy });
        """), Verify.Diagnostic("ECSA1011").WithLocation(0).WithArguments("my-asg", "FARGATE_SPOT"));

    // ECSA1008, ECSA4006: one request object registered twice and changed between; the launch names the first revision,
    // which the model (the request as it ends) does not describe.
    [Fact]
    public Task ECSA1008_not_for_a_request_registered_twice() => Verify.Rules("ECSA1008").Analyzer(Body("""
                var td = new RegisterTaskDefinitionRequest { Family = "web", NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512", ContainerDefinitions = [new ContainerDefinition { Name = "a", Image = "x" }] };
                var first = await ecs.RegisterTaskDefinitionAsync(td);
                td.NetworkMode = NetworkMode.Bridge;
                td.Family = "web-ec2";
                await ecs.RegisterTaskDefinitionAsync(td);
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = first.TaskDefinition.TaskDefinitionArn, LaunchType = LaunchType.FARGATE, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } } });
        """));

    [Fact]
    public Task ECSA4006_not_for_a_request_registered_twice() => Verify.Rules("ECSA4006").Analyzer(Body("""
                var c = new ContainerDefinition { Name = "web", Image = "x", Memory = 256, PortMappings = [new PortMapping { ContainerPort = 80 }] };
                var td = new RegisterTaskDefinitionRequest { Family = "web", ContainerDefinitions = [c] };
                var first = await ecs.RegisterTaskDefinitionAsync(td);
                c.Name = "api";
                td.Family = "api";
                await ecs.RegisterTaskDefinitionAsync(td);
                await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "s", TaskDefinition = first.TaskDefinition.TaskDefinitionArn, LoadBalancers = [new LoadBalancer { TargetGroupArn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/t/1", ContainerName = "web", ContainerPort = 80 }] });
        """));

    [Fact]
    public Task ECSA4006_a_request_registered_once_is_still_linked() => Verify.Rules("ECSA4006").Analyzer(Body("""
                var c = new ContainerDefinition { Name = "api", Image = "x", Memory = 256, PortMappings = [new PortMapping { ContainerPort = 80 }] };
                var td = new RegisterTaskDefinitionRequest { Family = "api", ContainerDefinitions = [c] };
                var first = await ecs.RegisterTaskDefinitionAsync(td);
                await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "s", TaskDefinition = first.TaskDefinition.TaskDefinitionArn, LoadBalancers = [new LoadBalancer { TargetGroupArn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/t/1", {|#0:ContainerName = "web"|}, ContainerPort = 80 }] });
        """), Verify.Diagnostic("ECSA4006").WithLocation(0).WithArguments("The container web does not exist in the task definition", "'api'", "its containers are 'api'"));

    // ECSA9001: an object passed on inside another one before the use (the helper may assign the collection).
    [Theory]
    [InlineData("""
                var c = new ContainerDefinition { Name = "a" };
                var r = new RegisterTaskDefinitionRequest { Family = "f", ContainerDefinitions = [c] };
                Prepare(r);
                c.PortMappings.Add(new PortMapping { ContainerPort = 80 });
        """)]
    [InlineData("""
                var c = new ContainerDefinition { Name = "a" };
                var r = new RegisterTaskDefinitionRequest { Family = "f" };
                r.ContainerDefinitions = [c];
                Prepare(r);
                c.PortMappings.Add(new PortMapping { ContainerPort = 80 });
        """)]
    [InlineData("""
                var c = new ContainerDefinition { Name = "a" };
                var r = new RegisterTaskDefinitionRequest { Family = "f", ContainerDefinitions = [c] };
                Initialize(r);
                c.PortMappings.Add(new PortMapping { ContainerPort = 80 });
                static void Initialize(RegisterTaskDefinitionRequest request)
                {
                    foreach (var container in request.ContainerDefinitions)
                    {
                        container.PortMappings = [];
                    }
                }
        """)]
    public Task ECSA9001_not_after_the_object_was_passed_on_inside_another(string body) =>
        Verify.Rules("ECSA9001").Analyzer(Body(body), [SdkVersion.V4]);

    [Fact]
    public Task ECSA9001_a_use_before_the_object_is_passed_on_is_still_reported() => Verify.Rules("ECSA9001").Analyzer(Body("""
                var c = {|#1:new ContainerDefinition|} { Name = "a" };
                var r = new RegisterTaskDefinitionRequest { Family = "f", ContainerDefinitions = [c] };
                {|#0:c.PortMappings|}.Add(new PortMapping { ContainerPort = 80 });
                Prepare(r);
        """), [SdkVersion.V4], Verify.Diagnostic("ECSA9001").WithLocation(0).WithLocation(1).WithArguments("c", "PortMappings", "Add call"));

    // ECSA1008 through a family name: the registration must run whenever the launch does, else the family's latest
    // revision may be an older one.
    private const string BridgeWeb = """await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "web", NetworkMode = NetworkMode.Bridge, ContainerDefinitions = [new ContainerDefinition { Name = "a", Image = "x", Memory = 512 }] });""";

    private const string FargateRun = """await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "web", LaunchType = LaunchType.FARGATE, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } } });""";

    [Theory]
    [InlineData("if (flag)\n{\n    REGISTER\n    return;\n}\n\nRUN")]
    [InlineData("if (flag)\n{\n    REGISTER\n}\nelse\n{\n    RUN\n}")]
    [InlineData("foreach (var subnet in subnets)\n{\n    REGISTER\n}\n\nRUN")]
    [InlineData("try\n{\n}\ncatch (System.Exception)\n{\n    REGISTER\n}\n\nRUN")]
    public Task ECSA1008_not_when_the_registration_by_family_may_not_have_run(string body) =>
        Verify.Rules("ECSA1008").Analyzer(Body(body.Replace("REGISTER", BridgeWeb, System.StringComparison.Ordinal).Replace("RUN", FargateRun, System.StringComparison.Ordinal)));

    [Fact]
    public Task ECSA1008_a_registration_by_family_that_always_runs_first_is_still_linked() =>
        Verify.Rules("ECSA1008").Analyzer(Body(BridgeWeb + "\nif (flag)\n{\n    " + FargateRun.Replace("LaunchType = LaunchType.FARGATE", "{|#0:LaunchType = LaunchType.FARGATE|}", System.StringComparison.Ordinal) + "\n}"),
            Verify.Diagnostic("ECSA1008").WithLocation(0).WithArguments("'web'", "uses network mode 'bridge' (Fargate only supports 'awsvpc')"));
}
