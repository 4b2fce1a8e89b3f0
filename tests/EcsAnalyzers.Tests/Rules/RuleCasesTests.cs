using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>
/// One setting at a time, in a fixed request, for the rules of the service-rules issue: what is reported (the marked
/// setting) and its near misses. The templates are complete programs, so the robustness and round-trip tests read them too.
/// </summary>
public class RuleCasesTests
{
    private const string FargateContainer = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Image = "nginx", Essential = true }],
            });
        }
        """;

    private static string Container(string setting) => FargateContainer.Replace("Essential = true", setting);

    [Theory]
    [InlineData("Privileged = true", "privileged containers")]
    [InlineData("DisableNetworking = true", "DisableNetworking")]
    [InlineData("DockerSecurityOptions = [\"label:disable\"]", "Docker security options")]
    [InlineData("DnsSearchDomains = [\"corp\"]", "DNS search domains")]
    [InlineData("StopTimeout = 121", "a stop timeout over 120 seconds")]
    [InlineData("LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Fluentd }", "the log driver 'fluentd' (use awslogs, splunk or awsfirelens)")]
    public Task ECSA1004_each_container_setting(string setting, string what) => Verify.Rules("ECSA1004").Analyzer(
        Container(setting.StartsWith("LogConfiguration") ? setting.Replace("LogDriver = ", "{|#0:LogDriver = ").Replace(" }", "|} }") : "{|#0:" + setting + "|}"),
        Verify.Diagnostic("ECSA1004").WithLocation(0).WithArguments(what));

    [Theory]
    [InlineData("Privileged = false")]
    [InlineData("DisableNetworking = false")]
    [InlineData("StopTimeout = 120")]
    [InlineData("LinuxParameters = new LinuxParameters { Tmpfs = [new Tmpfs { ContainerPath = \"/run\", Size = 16 }] }")]
    [InlineData("LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Splunk }")]
    [InlineData("DockerSecurityOptions = []")]
    public Task ECSA1004_near_misses(string setting) => Verify.Rules("ECSA1004").Analyzer(Container(setting));

    private const string RunTask = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, System.Collections.Generic.List<string> subnets) => ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", Count = 1 });
        }
        """;

    private static string Run(string settings) => RunTask.Replace("Count = 1", settings);

    [Theory]
    [InlineData("LaunchType = LaunchType.FARGATE")]
    [InlineData("LaunchType = \"fargate\"")]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE\" }]")]
    [InlineData("LaunchType = LaunchType.FARGATE, NetworkConfiguration = null")]
    public Task ECSA1005_fargate_without_network(string settings) => Verify.Rules("ECSA1005").Analyzer(
        Run(settings).Replace("new RunTaskRequest", "{|#0:new RunTaskRequest|}"),
        Verify.Diagnostic("ECSA1005").WithLocation(0).WithArguments("RunTask on Fargate", "it has no awsvpc network configuration"));

    [Theory]
    [InlineData("LaunchType = LaunchType.EXTERNAL")]
    [InlineData("LaunchType = LaunchType.FARGATE, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } }")]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"ec2-capacity\" }]")]
    [InlineData("Count = 2")]
    public Task ECSA1005_near_misses(string settings) => Verify.Rules("ECSA1005").Analyzer(Run(settings));

    [Theory]
    [InlineData("LaunchType = LaunchType.EC2, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets, {|#0:AssignPublicIp = AssignPublicIp.ENABLED|} } }")]
    [InlineData("LaunchType = \"EC2\", NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { {|#0:AssignPublicIp = \"enabled\"|}, Subnets = subnets } }")]
    [InlineData("LaunchType = LaunchType.FindValue(\"EC2\"), NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { {|#0:AssignPublicIp = new AssignPublicIp(\"ENABLED\")|} } }")]
    public Task ECSA1006_public_ip_on_ec2(string settings) => Verify.Rules("ECSA1006").Analyzer(Run(settings), Verify.Diagnostic("ECSA1006").WithLocation(0));

    [Theory]
    [InlineData("LaunchType = LaunchType.FARGATE, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets, AssignPublicIp = AssignPublicIp.ENABLED } }")]
    [InlineData("LaunchType = LaunchType.EC2, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets, AssignPublicIp = AssignPublicIp.DISABLED } }")]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"asg\" }], NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets, AssignPublicIp = AssignPublicIp.ENABLED } }")]
    [InlineData("LaunchType = LaunchType.EC2, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } }")]
    [InlineData("LaunchType = LaunchType.EXTERNAL, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { AssignPublicIp = AssignPublicIp.ENABLED } }")]
    [InlineData("NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { AssignPublicIp = AssignPublicIp.ENABLED } }")]
    public Task ECSA1006_near_misses(string settings) => Verify.Rules("ECSA1006").Analyzer(Run(settings));

    [Theory]
    [InlineData("LaunchType = LaunchType.FARGATE, {|#0:PlatformVersion = \" 1.2.0 \"|}", "1.2.0")]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE_SPOT\" }], {|#0:PlatformVersion = \"1.1.0\"|}", "1.1.0")]
    public Task ECSA1009_pinned_retired_versions(string settings, string version) => Verify.Rules("ECSA1009").Analyzer(
        Run(settings), Verify.Diagnostic("ECSA1009").WithLocation(0).WithArguments(version));

    [Theory]
    [InlineData("LaunchType = LaunchType.EXTERNAL, PlatformVersion = \"1.3.0\"")]
    [InlineData("LaunchType = LaunchType.FARGATE, PlatformVersion = \"1.3.1\"")]
    [InlineData("LaunchType = LaunchType.FARGATE, PlatformVersion = \"1.4.0\"")]
    [InlineData("LaunchType = LaunchType.FARGATE, PlatformVersion = null")]
    [InlineData("PlatformVersion = \"1.1.0\"")] // no launch type: the cluster's default strategy decides, Fargate is not provable
    public Task ECSA1009_near_misses(string settings) => Verify.Rules("ECSA1009").Analyzer(Run(settings));

    [Theory]
    [InlineData("{|#0:LaunchType = LaunchType.EC2|}, CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"asg\" }]")]
    [InlineData("CapacityProviderStrategy = { new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE\" } }, {|#0:LaunchType = \"FARGATE\"|}")]
    [InlineData("{|#0:LaunchType = LaunchType.EXTERNAL|}, CapacityProviderStrategy = new System.Collections.Generic.List<CapacityProviderStrategyItem> { new CapacityProviderStrategyItem() }")]
    public Task ECSA1010_launch_type_and_strategy(string settings) => Verify.Rules("ECSA1010").Analyzer(Run(settings), Verify.Diagnostic("ECSA1010").WithLocation(0));

    [Theory]
    [InlineData("LaunchType = null, CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"asg\" }]")]
    [InlineData("LaunchType = LaunchType.EC2, CapacityProviderStrategy = new System.Collections.Generic.List<CapacityProviderStrategyItem>()")]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE\" }, new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE_SPOT\" }]")]
    [InlineData("LaunchType = LaunchType.FARGATE")]
    [InlineData("LaunchType = null")]
    public Task ECSA1010_near_misses(string settings) => Verify.Rules("ECSA1010").Analyzer(Run(settings));

    private const string Service = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "svc", DesiredCount = 1 });
        }
        """;

    [Theory]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE_SPOT\" }], {|#0:SchedulingStrategy = SchedulingStrategy.DAEMON|}", "on Fargate")]
    [InlineData("{|#0:SchedulingStrategy = \"daemon\"|}, LaunchType = LaunchType.FARGATE", "on Fargate")]
    [InlineData("DeploymentController = new DeploymentController { Type = \"CODE_DEPLOY\" }, {|#0:SchedulingStrategy = SchedulingStrategy.DAEMON|}", "with the CODE_DEPLOY deployment controller")]
    public Task ECSA1007_daemon_where_it_cannot_run(string settings, string where) => Verify.Rules("ECSA1007").Analyzer(
        Service.Replace("DesiredCount = 1", settings), Verify.Diagnostic("ECSA1007").WithLocation(0).WithArguments(where));

    [Theory]
    [InlineData("SchedulingStrategy = SchedulingStrategy.DAEMON")]
    [InlineData("SchedulingStrategy = SchedulingStrategy.DAEMON, CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"asg\" }]")]
    [InlineData("SchedulingStrategy = SchedulingStrategy.REPLICA, DeploymentController = new DeploymentController { Type = DeploymentControllerType.EXTERNAL }")]
    [InlineData("SchedulingStrategy = SchedulingStrategy.DAEMON, LaunchType = LaunchType.EXTERNAL")]
    [InlineData("SchedulingStrategy = null, LaunchType = LaunchType.FARGATE")]
    [InlineData("SchedulingStrategy = \"DAEMONS\", LaunchType = LaunchType.FARGATE")]
    public Task ECSA1007_near_misses(string settings) => Verify.Rules("ECSA1007").Analyzer(Service.Replace("DesiredCount = 1", settings));

    [Theory]
    [InlineData("docker.io/library/nginx:1.27")]
    [InlineData("ghcr.io/acme/api:1")]
    [InlineData("public.ecr.aws/acme/api:1")]
    [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com.evil.example/api")]
    public Task ECSA3002_images_that_need_no_execution_role(string image) => Verify.Rules("ECSA3002").Analyzer(Container("Image = \"" + image + "\"").Replace("Image = \"nginx\", ", ""));

    [Theory]
    [InlineData("Image = \"123456789012.dkr.ecr.eu-central-1.amazonaws.com/api:2\"", "on Fargate, container 'api' pulls a private Amazon ECR image, which uses the execution role")]
    [InlineData("LogConfiguration = new LogConfiguration { LogDriver = \"awslogs\" }", "on Fargate, container 'api' sends logs with the awslogs driver, which uses the execution role")]
    public Task ECSA3002_fargate_needs(string setting, string reason) => Verify.Rules("ECSA3002").Analyzer(
        Container(setting).Replace("Image = \"nginx\", ", setting.StartsWith("Image") ? "" : "Image = \"nginx\", ").Replace("new RegisterTaskDefinitionRequest", "{|#0:new RegisterTaskDefinitionRequest|}"),
        Verify.Diagnostic("ECSA3002").WithLocation(0).WithArguments("'api'", reason));

    private const string AwsvpcContainer = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Memory = 256, Essential = true }],
            });
        }
        """;

    [Theory]
    [InlineData("Links = new System.Collections.Generic.List<string> { \"db\" }", "Links")]
    [InlineData("Hostname = \"\"", "Hostname")]
    [InlineData("DnsServers = { \"10.0.0.2\" }", "DnsServers")]
    [InlineData("ExtraHosts = [new HostEntry()]", "ExtraHosts")]
    public Task ECSA4002_each_setting(string setting, string name) => Verify.Rules("ECSA4002").Analyzer(
        AwsvpcContainer.Replace("Essential = true", "{|#0:" + setting + "|}"),
        Verify.Diagnostic("ECSA4002").WithLocation(0).WithArguments(name));

    [Theory]
    [InlineData("NetworkMode.Bridge", "Links = [\"db\"]")]
    [InlineData("NetworkMode.Host", "Hostname = \"api\"")]
    [InlineData("NetworkMode.Awsvpc", "Hostname = null")]
    [InlineData("NetworkMode.Awsvpc", "DnsSearchDomains = [\"corp\"]")]
    public Task ECSA4002_near_misses(string mode, string setting) => Verify.Rules("ECSA4002").Analyzer(
        AwsvpcContainer.Replace("NetworkMode.Awsvpc", mode).Replace("Essential = true", setting));

    [Theory]
    [InlineData("NetworkMode.None", "PortMappings = [new PortMapping { ContainerPort = 80 }]")]
    [InlineData("\"none\"", "PortMappings = new System.Collections.Generic.List<PortMapping> { new PortMapping { ContainerPort = 80, HostPort = 80 } }")]
    [InlineData("NetworkMode.FindValue(\"NONE\")", "PortMappings = { new PortMapping { ContainerPort = 53, Protocol = TransportProtocol.Udp } }")]
    [InlineData("new NetworkMode(\"none\")", "PortMappings = [new PortMapping()]")]
    public Task ECSA4003_port_mappings_without_a_network(string mode, string setting) => Verify.Rules("ECSA4003").Analyzer(
        AwsvpcContainer.Replace("NetworkMode.Awsvpc", mode).Replace("Essential = true", "{|#0:" + setting + "|}"),
        Verify.Diagnostic("ECSA4003").WithLocation(0).WithArguments("'api'"));

    [Theory]
    [InlineData("NetworkMode.None", "Essential = false")]
    [InlineData("NetworkMode.None", "PortMappings = new System.Collections.Generic.List<PortMapping>()")]
    [InlineData("NetworkMode.Awsvpc", "PortMappings = [new PortMapping { ContainerPort = 80 }]")]
    [InlineData("NetworkMode.Host", "PortMappings = [new PortMapping { ContainerPort = 80 }]")]
    [InlineData("\"nat\"", "PortMappings = [new PortMapping { ContainerPort = 80 }]")]
    [InlineData("NetworkMode.Bridge", "PortMappings = [new PortMapping { ContainerPort = 80, HostPort = 0 }]")]
    public Task ECSA4003_near_misses(string mode, string setting) => Verify.Rules("ECSA4003").Analyzer(
        AwsvpcContainer.Replace("NetworkMode.Awsvpc", mode).Replace("Essential = true", setting));

    [Theory]
    [InlineData("NetworkMode.Host", "PortMappings = [new PortMapping { ContainerPort = 443 }, new PortMapping { {|#0:ContainerPort = 443|}, HostPort = 443 }]", "port 443/tcp is already mapped by container 'api' (in awsvpc and host mode each port and protocol is mapped once per task)")]
    [InlineData("NetworkMode.Awsvpc", "PortMappings = [new PortMapping { ContainerPort = 53, Protocol = \"udp\" }, new PortMapping { {|#0:ContainerPort = 53|}, Protocol = TransportProtocol.Udp }]", "port 53/udp is already mapped by container 'api' (in awsvpc and host mode each port and protocol is mapped once per task)")]
    public Task ECSA4004_the_same_port_twice(string mode, string setting, string problem) => Verify.Rules("ECSA4004").Analyzer(
        AwsvpcContainer.Replace("NetworkMode.Awsvpc", mode).Replace("Essential = true", setting),
        Verify.Diagnostic("ECSA4004").WithLocation(0).WithArguments(problem));

    [Theory]
    [InlineData("NetworkMode.Awsvpc", "PortMappings = [new PortMapping { ContainerPort = 53, Protocol = TransportProtocol.Tcp }, new PortMapping { ContainerPort = 53, Protocol = TransportProtocol.Udp }]")]
    [InlineData("NetworkMode.Bridge", "PortMappings = [new PortMapping { ContainerPort = 80, HostPort = 8080 }, new PortMapping { ContainerPort = 80, HostPort = 8081 }]")]
    [InlineData("NetworkMode.Awsvpc", "PortMappings = [new PortMapping { ContainerPort = 80, HostPort = 0 }]")]
    public Task ECSA4004_near_misses(string mode, string setting) => Verify.Rules("ECSA4004").Analyzer(
        AwsvpcContainer.Replace("NetworkMode.Awsvpc", mode).Replace("Essential = true", setting));

    [Theory]
    [InlineData("NetworkMode.Awsvpc", "PortMappings = [new PortMapping { ContainerPort = 80, {|#0:HostPort = 1|} }]", "awsvpc", 1, 80)]
    public Task ECSA4001_smallest_port(string mode, string setting, string shown, int host, int container) => Verify.Rules("ECSA4001").Analyzer(
        AwsvpcContainer.Replace("NetworkMode.Awsvpc", mode).Replace("Essential = true", setting),
        Verify.Diagnostic("ECSA4001").WithLocation(0).WithArguments(shown, host, container));

    private const string Roles = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "f", TaskRoleArn = "TASK", ExecutionRoleArn = "EXEC" });
        }
        """;

    [Theory]
    [InlineData("arn:aws-cn:iam::123456789012:role/app", "arn:aws-cn:iam::123456789012:role/app")]
    [InlineData("arn:aws:iam::123456789012:role/ops/app", "arn:aws:iam::123456789012:role/ops/app")]
    public Task ECSA3003_more_partitions_and_paths(string task, string execution) => Verify.Rules("ECSA3003").Analyzer(
        Roles.Replace("TASK", task).Replace("ExecutionRoleArn = \"EXEC\"", "{|#0:ExecutionRoleArn = \"" + execution + "\"|}"),
        Verify.Diagnostic("ECSA3003").WithLocation(0).WithArguments("'app'"));

    [Theory]
    [InlineData("arn:aws:iam::<account-id>:role/<task-role>", "arn:aws:iam::<account-id>:role/<task-role>")]
    [InlineData("arn:aws:iam::123456789012:user/app", "arn:aws:iam::123456789012:user/app")]
    [InlineData("app", "application")]
    public Task ECSA3003_placeholders_and_non_roles_are_left_to_other_rules(string task, string execution) => Verify.Rules("ECSA3003").Analyzer(
        Roles.Replace("TASK", task).Replace("EXEC", execution));
}
