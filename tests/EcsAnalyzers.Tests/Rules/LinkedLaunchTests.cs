using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>A task definition registered in a method and the request that launches it there.</summary>
internal static class Linked
{
    public const string Web = """Family = "web", TaskRoleArn = "arn:aws:iam::123456789012:role/web", NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512", ContainerDefinitions = [new ContainerDefinition { Name = "web", Image = "nginx", PortMappings = [new PortMapping { ContainerPort = 80 }, new PortMapping { ContainerPort = 9090 }] }, new ContainerDefinition { Name = "log", Image = "fluent-bit", Essential = false }]""";

    public const string Network = "NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } }";

    public static string Deploy(string register, string launch) => """
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Deploy(IAmazonECS ecs, List<string> subnets, string family, string arn, bool flag)
            {
                var registered = await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { REGISTER });
                LAUNCH
            }
        }
        """.Replace("REGISTER", register).Replace("LAUNCH", launch);

    public static string Arn => "registered.TaskDefinition.TaskDefinitionArn";

    /// <summary><see cref="Web"/> with one setting replaced (NetworkMode, Cpu, Memory) or added.</summary>
    public static string With(string change) =>
        change.StartsWith("NetworkMode =", System.StringComparison.Ordinal) ? Web.Replace("NetworkMode = NetworkMode.Awsvpc", change)
        : change.StartsWith("Cpu =", System.StringComparison.Ordinal) ? Web.Replace("Cpu = \"256\"", change)
        : change.StartsWith("Memory =", System.StringComparison.Ordinal) ? Web.Replace("Memory = \"512\"", change)
        : Web + ", " + change;
}

public class FargateIncompatibleTaskDefinitionTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA1008");

    [Theory]
    [InlineData("NetworkMode = NetworkMode.Bridge", "uses network mode 'bridge' (Fargate only supports 'awsvpc')")]
    [InlineData("NetworkMode = NetworkMode.Host", "uses network mode 'host' (Fargate only supports 'awsvpc')")]
    [InlineData("Cpu = null", "has no task-level 'cpu' (Fargate requires both)")]
    [InlineData("Memory = \"\"", "has no task-level 'memory' (Fargate requires both)")]
    [InlineData("Memory = \"4096\"", "has cpu '256' and memory '4096', which is not a Fargate task size")]
    [InlineData("PlacementConstraints = [new TaskDefinitionPlacementConstraint { Type = \"memberOf\", Expression = \"attribute:gpu == true\" }]", "uses placement constraints, which Fargate does not support")]
    public Task A_registration_that_cannot_run_on_fargate_is_reported_at_the_launch_type(string change, string reason) => Rule.Analyzer(Linked.Deploy(
        Linked.With(change) + ", RequiresCompatibilities = [\"EC2\"]",
        "await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = " + Linked.Arn + ", {|#0:LaunchType = LaunchType.FARGATE|}, " + Linked.Network + " });"),
        Verify.Diagnostic("ECSA1008").WithLocation(0).WithArguments("'web'", reason));

    [Fact]
    public Task No_network_mode_is_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Deploy(IAmazonECS ecs)
            {
                var request = new RegisterTaskDefinitionRequest { Family = "job", Cpu = "256", Memory = "512", ContainerDefinitions = [new ContainerDefinition { Name = "job", Image = "busybox" }] };
                var response = await ecs.RegisterTaskDefinitionAsync(request).ConfigureAwait(false);
                var definition = response.TaskDefinition;
                var arn = definition.TaskDefinitionArn;
                await ecs.CreateServiceAsync(new CreateServiceRequest
                {
                    ServiceName = "job", TaskDefinition = arn,
                    CapacityProviderStrategy = [new CapacityProviderStrategyItem { {|#0:CapacityProvider = "FARGATE_SPOT"|} }],
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA1008").WithLocation(0).WithArguments("'job'", "has no network mode (it defaults to 'bridge'; Fargate only supports 'awsvpc')"));

    [Fact]
    public Task A_sync_call_and_Result_are_read_too() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Deploy(AmazonECSClient ecs)
            {
                var td = new RegisterTaskDefinitionRequest { Family = "a", NetworkMode = NetworkMode.Bridge, Cpu = "256", Memory = "512" };
                var response = ecs.RegisterTaskDefinitionAsync(td).Result;
                ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = response.TaskDefinition.TaskDefinitionArn, {|#0:LaunchType = "FARGATE"|} });
            }
        }
        """,
        Verify.Diagnostic("ECSA1008").WithLocation(0).WithArguments("'a'", "uses network mode 'bridge' (Fargate only supports 'awsvpc')"));

    [Fact]
    public Task A_constant_family_registered_before_is_linked() => Rule.Analyzer(Linked.Deploy(
        Linked.Web + ", RequiresCompatibilities = [\"EC2\"], IpcMode = IpcMode.Host",
        "await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = \"web\", {|#0:LaunchType = LaunchType.FARGATE|}, " + Linked.Network + " });"),
        Verify.Diagnostic("ECSA1008").WithLocation(0).WithArguments("'web'", "uses ipcMode, which Fargate does not support"));

    [Theory]
    [InlineData("")]
    [InlineData(", RequiresCompatibilities = [\"EC2\"]")]
    [InlineData(", RequiresCompatibilities = [\"EC2\", \"MANAGED_INSTANCES\"]")]
    public Task An_awsvpc_registration_with_a_fargate_size_that_omits_fargate_is_fine(string compatibilities) => Rule.Analyzer(Linked.Deploy(
        Linked.Web + compatibilities,
        "await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = " + Linked.Arn + ", LaunchType = LaunchType.FARGATE, " + Linked.Network + " });"));

    [Theory]
    [InlineData("TaskDefinition = \"web:3\", LaunchType = LaunchType.FARGATE")]
    [InlineData("TaskDefinition = \"arn:aws:ecs:us-east-1:123456789012:task-definition/web:3\", LaunchType = LaunchType.FARGATE")]
    [InlineData("TaskDefinition = \"other\", LaunchType = LaunchType.FARGATE")]
    [InlineData("TaskDefinition = arn, LaunchType = LaunchType.FARGATE")]
    [InlineData("TaskDefinition = registered.TaskDefinition.TaskDefinitionArn, LaunchType = LaunchType.EC2")]
    [InlineData("TaskDefinition = registered.TaskDefinition.TaskDefinitionArn")]
    [InlineData("TaskDefinition = registered.TaskDefinition.Family, LaunchType = LaunchType.FARGATE")]
    [InlineData("TaskDefinition = flag ? \"web\" : \"api\", LaunchType = LaunchType.FARGATE")]
    public Task Requests_not_provably_linked_or_not_on_fargate_are_not_reported(string members) => Rule.Analyzer(Linked.Deploy(
        Linked.With("NetworkMode = NetworkMode.Bridge"),
        "await ecs.RunTaskAsync(new RunTaskRequest { " + members + " });"));

    [Fact]
    public Task A_family_string_is_not_linked_to_a_registration_with_an_unknown_family() => Rule.Analyzer(Linked.Deploy(
        Linked.With("NetworkMode = NetworkMode.Bridge").Replace("Family = \"web\"", "Family = family"),
        "await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = \"web\", LaunchType = LaunchType.FARGATE });"));

    [Fact]
    public Task A_family_is_not_linked_when_registered_twice_after_the_request_or_after_an_unknown_family() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Deploy(IAmazonECS ecs, string family)
            {
                var early = new RunTaskRequest { TaskDefinition = "a", LaunchType = LaunchType.FARGATE };
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "a", NetworkMode = NetworkMode.Bridge });
                await ecs.RunTaskAsync(early);
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "a", NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512" });
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "a", LaunchType = LaunchType.FARGATE });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = family, NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512" });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "b", NetworkMode = NetworkMode.Bridge });
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "b", LaunchType = LaunchType.FARGATE });
            }
        }
        """);

    [Fact]
    public Task An_arn_through_a_reassigned_local_or_a_non_ecs_call_is_not_linked() => Rule.Analyzer("""
        using System.Threading.Tasks;
        using Amazon.ECS;
        using Amazon.ECS.Model;
        using Task = System.Threading.Tasks.Task;

        class Registry
        {
            public Task<RegisterTaskDefinitionResponse> RegisterTaskDefinitionAsync(RegisterTaskDefinitionRequest request) => Task.FromResult(new RegisterTaskDefinitionResponse());
        }

        class C
        {
            async Task Deploy(IAmazonECS ecs, Registry registry, string other)
            {
                var request = new RegisterTaskDefinitionRequest { Family = "a", NetworkMode = NetworkMode.Bridge };
                var arn = (await ecs.RegisterTaskDefinitionAsync(request)).TaskDefinition.TaskDefinitionArn;
                arn = other;
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = arn, LaunchType = LaunchType.FARGATE });
                var fake = await registry.RegisterTaskDefinitionAsync(request);
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = fake.TaskDefinition.TaskDefinitionArn, LaunchType = LaunchType.FARGATE });
            }
        }
        """);

    [Fact]
    public Task A_fargate_strategy_on_one_path_only_is_not_provably_fargate() => Rule.Analyzer(Linked.Deploy(
        Linked.With("NetworkMode = NetworkMode.Bridge"),
        """
        var run = new RunTaskRequest { TaskDefinition = registered.TaskDefinition.TaskDefinitionArn, CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "my-asg" }] };
        if (flag)
        {
            run.CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE" }];
        }

        await ecs.RunTaskAsync(run);
        """));

    [Fact]
    public Task A_registration_that_lists_fargate_is_ECSA1001s() => Verify.Rules("ECSA1008", "ECSA1001").Analyzer(Linked.Deploy(
        Linked.Web.Replace("NetworkMode = NetworkMode.Awsvpc", "{|#0:NetworkMode = NetworkMode.Bridge|}") + ", RequiresCompatibilities = [\"FARGATE\"]",
        "await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = " + Linked.Arn + ", LaunchType = LaunchType.FARGATE, " + Linked.Network + " });"),
        Verify.Diagnostic("ECSA1001").WithLocation(0).WithArguments("network mode 'bridge'"));
}

public class LinkedNetworkConfigurationTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA1005");

    private const string Linked1005 = "of the awsvpc task definition 'web' registered in this method";

    [Theory]
    [InlineData("LaunchType = LaunchType.EC2")]
    [InlineData("LaunchType = LaunchType.MANAGED_INSTANCES")]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"my-asg\" }]")]
    [InlineData("Cluster = \"default\"")]
    public Task An_awsvpc_registration_needs_a_network_configuration_on_any_capacity(string members) => Rule.Analyzer(Linked.Deploy(
        Linked.Web,
        "await ecs.RunTaskAsync({|#0:new RunTaskRequest|} { TaskDefinition = " + Linked.Arn + ", " + members + " });"),
        Verify.Diagnostic("ECSA1005").WithLocation(0).WithArguments("RunTask " + Linked1005, "it has no awsvpc network configuration"));

    [Fact]
    public Task A_service_with_empty_subnets_is_reported() => Rule.Analyzer(Linked.Deploy(
        Linked.Web,
        "await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = \"web\", TaskDefinition = " + Linked.Arn + ", LaunchType = LaunchType.EC2, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { {|#0:Subnets = []|} } } });"),
        Verify.Diagnostic("ECSA1005").WithLocation(0).WithArguments("CreateService " + Linked1005, "its subnet list is empty"));

    [Fact]
    public Task A_constant_family_registered_before_is_linked() => Rule.Analyzer(Linked.Deploy(
        Linked.Web,
        "await ecs.CreateServiceAsync({|#0:new CreateServiceRequest|} { ServiceName = \"web\", TaskDefinition = \"web\", LaunchType = LaunchType.EC2 });"),
        Verify.Diagnostic("ECSA1005").WithLocation(0).WithArguments("CreateService " + Linked1005, "it has no awsvpc network configuration"));

    [Fact]
    public Task On_fargate_the_message_stays_the_fargate_one() => Rule.Analyzer(Linked.Deploy(
        Linked.Web,
        "await ecs.RunTaskAsync({|#0:new RunTaskRequest|} { TaskDefinition = " + Linked.Arn + ", LaunchType = LaunchType.FARGATE });"),
        Verify.Diagnostic("ECSA1005").WithLocation(0).WithArguments("RunTask on Fargate", "it has no awsvpc network configuration"));

    [Theory]
    [InlineData("TaskDefinition = registered.TaskDefinition.TaskDefinitionArn, LaunchType = LaunchType.EC2, " + Linked.Network)]
    [InlineData("TaskDefinition = registered.TaskDefinition.TaskDefinitionArn, LaunchType = LaunchType.EXTERNAL")]
    [InlineData("TaskDefinition = \"web:3\", LaunchType = LaunchType.EC2")]
    [InlineData("TaskDefinition = arn, LaunchType = LaunchType.EC2")]
    [InlineData("TaskDefinition = flag ? registered.TaskDefinition.TaskDefinitionArn : arn, LaunchType = LaunchType.EC2")]
    public Task Configured_external_or_unlinked_requests_are_not_reported(string members) => Rule.Analyzer(Linked.Deploy(
        Linked.Web,
        "await ecs.RunTaskAsync(new RunTaskRequest { " + members + " });"));

    [Theory]
    [InlineData("NetworkMode = NetworkMode.Bridge")]
    [InlineData("NetworkMode = NetworkMode.Host")]
    [InlineData("NetworkMode = flag ? NetworkMode.Awsvpc : NetworkMode.Bridge")]
    [InlineData("NetworkMode = null")]
    public Task Other_or_unknown_network_modes_are_not_reported(string mode) => Rule.Analyzer(Linked.Deploy(
        Linked.With(mode),
        "await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = " + Linked.Arn + ", LaunchType = LaunchType.EC2 });"));

    [Fact]
    public Task An_unknown_family_and_the_external_controller_are_not_reported() => Rule.Analyzer(Linked.Deploy(
        Linked.Web.Replace("Family = \"web\"", "Family = family"),
        """
        await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "web", LaunchType = LaunchType.EC2 });
        await ecs.CreateServiceAsync(new CreateServiceRequest
        {
            ServiceName = "web", TaskDefinition = registered.TaskDefinition.TaskDefinitionArn,
            DeploymentController = new DeploymentController { Type = DeploymentControllerType.EXTERNAL },
        });
        """));
}

public class LoadBalancerContainerTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA4006");

    private static string Service(string balancer, string taskDefinition = "registered.TaskDefinition.TaskDefinitionArn") =>
        "await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = \"web\", TaskDefinition = " + taskDefinition + ", DesiredCount = 2, " + Linked.Network
        + ", LoadBalancers = [new LoadBalancer { TargetGroupArn = \"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/1\", " + balancer + " }] });";

    [Theory]
    [InlineData("{|#0:ContainerName = \"app\"|}, ContainerPort = 80", "The container app does not exist in the task definition", "its containers are 'web', 'log'")]
    [InlineData("ContainerName = \"web\", {|#0:ContainerPort = 8080|}", "The container web did not have a container port 8080 defined", "its container ports are 80, 9090")]
    [InlineData("ContainerName = \"log\", {|#0:ContainerPort = 80|}", "The container log did not have a container port 80 defined", "it has no port mappings")]
    public Task A_container_or_port_not_in_the_registration_is_reported(string balancer, string problem, string detail) => Rule.Analyzer(Linked.Deploy(Linked.Web, Service(balancer)),
        Verify.Diagnostic("ECSA4006").WithLocation(0).WithArguments(problem, "'web'", detail));

    [Fact]
    public Task A_constant_family_registered_before_is_linked() => Rule.Analyzer(Linked.Deploy(Linked.Web, Service("{|#0:ContainerName = \"api\"|}, ContainerPort = 80", "\"web\"")),
        Verify.Diagnostic("ECSA4006").WithLocation(0).WithArguments("The container api does not exist in the task definition", "'web'", "its containers are 'web', 'log'"));

    [Fact]
    public Task Containers_from_helpers_and_a_balancer_added_later_are_read() => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            static ContainerDefinition Api(int port) => new ContainerDefinition { Name = "api", Image = "api", PortMappings = [new PortMapping { ContainerPort = port }] };

            async System.Threading.Tasks.Task Deploy(IAmazonECS ecs, List<string> subnets)
            {
                var registration = await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "api", ContainerDefinitions = [Api(8080)] });
                var service = new CreateServiceRequest { ServiceName = "api", TaskDefinition = registration.TaskDefinition.TaskDefinitionArn, LoadBalancers = new List<LoadBalancer>() };
                service.LoadBalancers.Add(new LoadBalancer { LoadBalancerName = "classic", ContainerName = "api", {|#0:ContainerPort = 80|} });
                await ecs.CreateServiceAsync(service);
            }
        }
        """,
        Verify.Diagnostic("ECSA4006").WithLocation(0).WithArguments("The container api did not have a container port 80 defined", "'api'", "its container ports are 8080"));

    [Theory]
    [InlineData("ContainerName = \"web\", ContainerPort = 80")]
    [InlineData("ContainerName = \"web\", ContainerPort = 9090")]
    [InlineData("ContainerName = family, ContainerPort = 1")]
    [InlineData("ContainerName = flag ? \"web\" : \"app\", ContainerPort = 80")]
    [InlineData("ContainerName = \"Web\", ContainerPort = 80")] // how ECS compares names is not documented: a case-only difference is not proven
    [InlineData("ContainerName = \"WEB\", ContainerPort = 1")] // nor is the port of a container named so
    public Task Matching_or_unknown_balancers_are_not_reported(string balancer) => Rule.Analyzer(Linked.Deploy(Linked.Web, Service(balancer)));

    [Theory]
    [InlineData("\"web:3\"")]
    [InlineData("arn")]
    [InlineData("registered.TaskDefinition.Family")]
    public Task Unlinked_services_are_not_reported(string taskDefinition) => Rule.Analyzer(Linked.Deploy(Linked.Web, Service("ContainerName = \"app\", ContainerPort = 1", taskDefinition)));

    [Fact]
    public Task Unknown_containers_names_or_ports_are_not_reported() => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Deploy(IAmazonECS ecs, List<ContainerDefinition> more, List<PortMapping> ports, string name, bool flag)
            {
                var a = await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "a", ContainerDefinitions = [new ContainerDefinition { Name = "web" }, .. more] });
                await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "a", TaskDefinition = a.TaskDefinition.TaskDefinitionArn, LoadBalancers = [new LoadBalancer { ContainerName = "app", ContainerPort = 80 }] });
                var b = await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "b", ContainerDefinitions = [new ContainerDefinition { Name = name }] });
                await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "b", TaskDefinition = b.TaskDefinition.TaskDefinitionArn, LoadBalancers = [new LoadBalancer { ContainerName = "app", ContainerPort = 80 }] });
                var c = await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "c", ContainerDefinitions = [new ContainerDefinition { Name = "web", PortMappings = ports }] });
                await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "c", TaskDefinition = c.TaskDefinition.TaskDefinitionArn, LoadBalancers = [new LoadBalancer { ContainerName = "web", ContainerPort = 80 }] });
                var web = new ContainerDefinition { Name = "web", PortMappings = [new PortMapping { ContainerPort = 8080 }] };
                if (flag)
                {
                    web.PortMappings = [new PortMapping { ContainerPort = 80 }];
                }

                var d = await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "d", ContainerDefinitions = [web] });
                await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "d", TaskDefinition = d.TaskDefinition.TaskDefinitionArn, LoadBalancers = [new LoadBalancer { ContainerName = "web", ContainerPort = 80 }] });
            }
        }
        """);

    [Fact]
    public Task A_registration_a_helper_may_change_is_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Deploy(IAmazonECS ecs)
            {
                var request = new RegisterTaskDefinitionRequest { Family = "a", ContainerDefinitions = [new ContainerDefinition { Name = "web" }] };
                Sidecars.Add(request);
                var a = await ecs.RegisterTaskDefinitionAsync(request);
                await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "a", TaskDefinition = a.TaskDefinition.TaskDefinitionArn, LoadBalancers = [new LoadBalancer { ContainerName = "app", ContainerPort = 80 }] });
            }
        }

        static class Sidecars
        {
            public static void Add(RegisterTaskDefinitionRequest r) => r.ContainerDefinitions.Add(new ContainerDefinition { Name = "app" });
        }
        """);
}
