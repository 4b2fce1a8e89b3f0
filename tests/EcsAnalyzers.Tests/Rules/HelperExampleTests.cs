using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>
/// The "From a helper" example of every rule page (<c>docs/rules/ECSAxxxx.md</c>), verbatim: the finding lies where the
/// page says (the call, the argument or the option in the analyzed body), with the helper's line as additional location.
/// </summary>
public class HelperExampleTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;
        using Task = System.Threading.Tasks.Task;

        """;

    // KeyValuePair is also a System.Collections.Generic type.
    private const string EcsUsings = """
        using Amazon.ECS;
        using Amazon.ECS.Model;
        using Task = System.Threading.Tasks.Task;

        """;

    // ---- EcsFargate

    [Fact]
    public Task ECSA1001_a_request_factory_written_for_bridge_mode() => Verify.Rules("ECSA1001").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest Web(string compatibility) => new RegisterTaskDefinitionRequest
            {
                Family = "web", TaskRoleArn = "arn:aws:iam::123456789012:role/web",
                RequiresCompatibilities = [compatibility], {|#1:NetworkMode = NetworkMode.Bridge|}, Cpu = "256", Memory = "512",
                ContainerDefinitions = [new ContainerDefinition { Name = "web", Image = "nginx" }],
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:Web("FARGATE")|});
        }
        """,
        Verify.Diagnostic("ECSA1001").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA1002_a_request_factory_completed_by_the_caller() => Verify.Rules("ECSA1002").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest FargateTask(string family) => {|#1:new RegisterTaskDefinitionRequest|}
            {
                Family = family, TaskRoleArn = "arn:aws:iam::123456789012:role/api",
                RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = [new ContainerDefinition { Name = family, Image = "nginx", Memory = 700 }],
            };

            async Task Register(IAmazonECS ecs)
            {
                var request = {|#0:FargateTask("api")|};
                request.Memory = "1024"; // Cpu is never set
                await ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """,
        Verify.Diagnostic("ECSA1002").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA1003_a_memory_helper_with_constant_branches() => Verify.Rules("ECSA1003").Analyzer(Usings + """
        class C
        {
            private static string TaskMemory(bool cacheHeavy) => cacheHeavy ? {|#1:"6144"|} : "1024";

            Task Register(IAmazonECS ecs, bool cacheHeavy) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api",
                RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
                Cpu = "512", {|#0:Memory = TaskMemory(cacheHeavy)|},
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Image = "nginx" }],
            });
        }
        """,
        Verify.Diagnostic("ECSA1003").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA1004_a_container_factory_given_privileged_true() => Verify.Rules("ECSA1004").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Agent(string name, string image, bool privileged) =>
                new ContainerDefinition { Name = name, Image = image, Memory = 256, Essential = false, {|#1:Privileged = privileged|} };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api",
                RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "512", Memory = "1024",
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Image = "nginx" }, Agent("monitor", "acme/agent", {|#0:true|})],
            });
        }
        """,
        Verify.Diagnostic("ECSA1004").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA1005_a_request_factory_sent_through_a_wrapper() => Verify.Rules("ECSA1005").Analyzer(Usings + """
        sealed class Jobs(IAmazonECS ecs)
        {
            private Task RunAsync(RunTaskRequest request) => ecs.RunTaskAsync(request);

            private static RunTaskRequest Nightly(string taskDefinition) =>
                {|#1:new RunTaskRequest|} { Cluster = "main", TaskDefinition = taskDefinition, LaunchType = LaunchType.FARGATE };

            public Task RunReports() => RunAsync({|#0:Nightly("reports")|});
        }
        """,
        Verify.Diagnostic("ECSA1005").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA1006_a_network_helper_written_for_fargate() => Verify.Rules("ECSA1006").Analyzer(Usings + """
        class C
        {
            private static NetworkConfiguration FargateNetwork(List<string> subnets) => new NetworkConfiguration
            {
                AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets, {|#1:AssignPublicIp = AssignPublicIp.ENABLED|} },
            };

            Task Run(IAmazonECS ecs, List<string> subnets) => ecs.RunTaskAsync(new RunTaskRequest
            {
                Cluster = "main", TaskDefinition = "worker", LaunchType = LaunchType.EC2,
                NetworkConfiguration = {|#0:FargateNetwork(subnets)|},
            });
        }
        """,
        Verify.Diagnostic("ECSA1006").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA1007_a_scheduling_helper_with_constant_branches() => Verify.Rules("ECSA1007").Analyzer(Usings + """
        class C
        {
            private static SchedulingStrategy Scheduling(bool onEveryHost) =>
                onEveryHost ? {|#1:SchedulingStrategy.DAEMON|} : SchedulingStrategy.REPLICA;

            Task Create(IAmazonECS ecs, bool onEveryHost) => ecs.CreateServiceAsync(new CreateServiceRequest
            {
                Cluster = "main", ServiceName = "agent", TaskDefinition = "agent", LaunchType = LaunchType.FARGATE,
                {|#0:SchedulingStrategy = Scheduling(onEveryHost)|},
            });
        }
        """,
        Verify.Diagnostic("ECSA1007").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA1009_a_platform_version_helper_with_constant_branches() => Verify.Rules("ECSA1009").Analyzer(Usings + """
        class C
        {
            private static string Platform(bool legacy) => legacy ? {|#1:"1.3.0"|} : "LATEST";

            Task Run(IAmazonECS ecs, bool legacy, List<string> subnets) => ecs.RunTaskAsync(new RunTaskRequest
            {
                Cluster = "main", TaskDefinition = "job", LaunchType = LaunchType.FARGATE, {|#0:PlatformVersion = Platform(legacy)|},
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } },
            });
        }
        """,
        Verify.Diagnostic("ECSA1009").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA1010_a_request_factory_given_a_capacity_provider_strategy() => Verify.Rules("ECSA1010").Analyzer(Usings + """
        class C
        {
            private static RunTaskRequest FargateJob(string taskDefinition, List<string> subnets) => new RunTaskRequest
            {
                Cluster = "main", TaskDefinition = taskDefinition, {|#1:LaunchType = LaunchType.FARGATE|},
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } },
            };

            async Task RunOnSpot(IAmazonECS ecs, List<string> subnets)
            {
                var request = {|#0:FargateJob("report", subnets)|};
                request.CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 1 }];
                await ecs.RunTaskAsync(request);
            }
        }
        """,
        Verify.Diagnostic("ECSA1010").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA1011_a_strategy_helper_given_an_auto_scaling_group() => Verify.Rules("ECSA1011").Analyzer(Usings + """
        class C
        {
            private static List<CapacityProviderStrategyItem> Spread(string baseProvider, string burstProvider) =>
            [
                new CapacityProviderStrategyItem { CapacityProvider = baseProvider, Base = 1, Weight = 1 },
                new CapacityProviderStrategyItem { {|#1:CapacityProvider = burstProvider|}, Weight = 3 },
            ];

            Task Create(IAmazonECS ecs, List<string> subnets) => ecs.CreateServiceAsync(new CreateServiceRequest
            {
                Cluster = "main", ServiceName = "api", TaskDefinition = "api", DesiredCount = 4,
                CapacityProviderStrategy = Spread("FARGATE", {|#0:"ondemand-asg"|}),
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } },
            });
        }
        """,
        Verify.Diagnostic("ECSA1011").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA1012_an_ec2_request_factory_given_a_platform_version() => Verify.Rules("ECSA1012").Analyzer(Usings + """
        class C
        {
            private static RunTaskRequest Ec2Job(string taskDefinition, string platformVersion) => new RunTaskRequest
            {
                Cluster = "batch", TaskDefinition = taskDefinition, LaunchType = LaunchType.EC2, {|#1:PlatformVersion = platformVersion|},
            };

            Task RunReport(IAmazonECS ecs) => ecs.RunTaskAsync(Ec2Job("report", {|#0:"LATEST"|}));
        }
        """,
        Verify.Diagnostic("ECSA1012").WithLocation(0).WithLocation(1));

    // ---- EcsStorage

    [Fact]
    public Task ECSA2001_a_volume_factory_given_an_s3_uri() => Verify.Rules("ECSA2001").Analyzer(Usings + """
        class C
        {
            private static Volume HostVolume(string name, string path) =>
                new Volume { Name = name, Host = new HostVolumeProperties { {|#1:SourcePath = path|} } };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "reports", TaskRoleArn = "arn:aws:iam::123456789012:role/reports",
                Volumes = [HostVolume("scratch", "/mnt/scratch"), HostVolume("reports", {|#0:"s3://acme-reports"|})],
                ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = "acme/reports", Memory = 512 }],
            });
        }
        """,
        Verify.Diagnostic("ECSA2001").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA2002_a_container_factory_whose_mount_point_names_an_undeclared_volume() => Verify.Rules("ECSA2002").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition App(string image, string volume) => new ContainerDefinition
            {
                Name = "app", Image = image, Memory = 512,
                MountPoints = [new MountPoint { {|#1:SourceVolume = volume|}, ContainerPath = "/data" }],
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "arn:aws:iam::123456789012:role/app",
                Volumes = [new Volume { Name = "data" }],
                ContainerDefinitions = [App("acme/app", {|#0:"date"|})],
            });
        }
        """,
        Verify.Diagnostic("ECSA2002").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA2003_an_efs_helper_without_transit_encryption() => Verify.Rules("ECSA2003").Analyzer(Usings + """
        class C
        {
            private static EFSVolumeConfiguration SharedFiles(string accessPointId) => {|#1:new EFSVolumeConfiguration|}
            {
                FileSystemId = "fs-0123456789abcdef0",
                AuthorizationConfig = new EFSAuthorizationConfig { AccessPointId = accessPointId, Iam = EFSAuthorizationConfigIAM.ENABLED },
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "arn:aws:iam::123456789012:role/app",
                Volumes = [new Volume { Name = "shared", EfsVolumeConfiguration = {|#0:SharedFiles("fsap-0123456789abcdef0")|} }],
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "acme/app", Memory = 512 }],
            });
        }
        """,
        Verify.Diagnostic("ECSA2003").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA2004_an_efs_helper_given_a_root_directory() => Verify.Rules("ECSA2004").Analyzer(Usings + """
        class C
        {
            private static EFSVolumeConfiguration Efs(string accessPointId, string rootDirectory) => new EFSVolumeConfiguration
            {
                FileSystemId = "fs-0123456789abcdef0", {|#1:RootDirectory = rootDirectory|}, TransitEncryption = EFSTransitEncryption.ENABLED,
                AuthorizationConfig = new EFSAuthorizationConfig { AccessPointId = accessPointId },
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "arn:aws:iam::123456789012:role/app",
                Volumes = [new Volume { Name = "uploads", EfsVolumeConfiguration = Efs("fsap-0123456789abcdef0", {|#0:"/uploads"|}) }],
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "acme/app", Memory = 512 }],
            });
        }
        """,
        Verify.Diagnostic("ECSA2004").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA2005_a_volume_helper_with_iam_authorization() => Verify.Rules("ECSA2005").Analyzer(Usings + """
        class C
        {
            private static Volume SharedData() => new Volume
            {
                Name = "shared",
                EfsVolumeConfiguration = new EFSVolumeConfiguration
                {
                    FileSystemId = "fs-0123456789abcdef0", TransitEncryption = EFSTransitEncryption.ENABLED,
                    AuthorizationConfig = new EFSAuthorizationConfig { {|#1:Iam = EFSAuthorizationConfigIAM.ENABLED|} },
                },
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", Volumes = [{|#0:SharedData()|}],
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "acme/app", Memory = 512 }],
            });
        }
        """,
        Verify.Diagnostic("ECSA2005").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA2006_a_volume_factory_given_configured_at_launch() => Verify.Rules("ECSA2006").Analyzer(Usings + """
        class C
        {
            private static Volume Data(string name, bool configuredAtLaunch) => new Volume
            {
                Name = name,
                EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-0123456789abcdef0" },
                {|#1:ConfiguredAtLaunch = configuredAtLaunch|},
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "arn:aws:iam::123456789012:role/app",
                Volumes = [Data("data", {|#0:true|})],
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "acme/app", Memory = 512 }],
            });
        }
        """,
        Verify.Diagnostic("ECSA2006").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA2007_a_volume_driver_from_a_property() => Verify.Rules("ECSA2007").Analyzer(Usings + """
        class C
        {
            private static string VolumeDriver => {|#1:"rexray/s3fs"|};

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "etl", TaskRoleArn = "arn:aws:iam::123456789012:role/etl", RequiresCompatibilities = ["EC2"],
                Volumes =
                [
                    new Volume { Name = "lake", DockerVolumeConfiguration = new DockerVolumeConfiguration { {|#0:Driver = VolumeDriver|}, Scope = Scope.Shared } },
                ],
                ContainerDefinitions = [new ContainerDefinition { Name = "etl", Image = "acme/etl", Memory = 1024 }],
            });
        }
        """,
        Verify.Diagnostic("ECSA2007").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA2008_an_s3_files_volume_factory() => Verify.Rules("ECSA2008").Analyzer(Usings + """
        class C
        {
            private static Volume S3Files(string name, string fileSystemArn) =>
                new Volume { Name = name, S3filesVolumeConfiguration = {|#1:new S3FilesVolumeConfiguration|} { FileSystemArn = fileSystemArn } };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app",
                Volumes = [{|#0:S3Files("reports", "arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0")|}],
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "acme/app", Memory = 512 }],
            });
        }
        """,
        [SdkVersion.V4],
        Verify.Diagnostic("ECSA2008").WithLocation(0).WithLocation(1));

    // ---- EcsIam

    [Fact]
    public Task ECSA3001_a_request_factory_sent_unchanged() => Verify.Rules("ECSA3001").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest WebTask(string image) => {|#1:new RegisterTaskDefinitionRequest|}
            {
                Family = "web",
                ContainerDefinitions = [new ContainerDefinition { Name = "web", Image = image, Memory = 512 }],
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:WebTask("acme/web:1.4")|});
        }
        """,
        Verify.Diagnostic("ECSA3001").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA3002_a_request_factory_given_a_private_ecr_image() => Verify.Rules("ECSA3002").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest FargateService(string name, string image) => {|#1:new RegisterTaskDefinitionRequest|}
            {
                Family = name, TaskRoleArn = "arn:aws:iam::123456789012:role/app",
                RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
                ContainerDefinitions = [new ContainerDefinition { Name = name, Image = image }],
            };

            Task Register(IAmazonECS ecs) =>
                ecs.RegisterTaskDefinitionAsync({|#0:FargateService("api", "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1")|});
        }
        """,
        Verify.Diagnostic("ECSA3002").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA3003_one_variable_passed_for_both_roles() => Verify.Rules("ECSA3003").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest Build(string taskRoleArn, string executionRoleArn) => new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = taskRoleArn, {|#1:ExecutionRoleArn = executionRoleArn|},
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Image = "nginx", Memory = 512 }],
            };

            Task Register(IAmazonECS ecs, string roleArn) => ecs.RegisterTaskDefinitionAsync(Build(roleArn, {|#0:roleArn|}));
        }
        """,
        Verify.Diagnostic("ECSA3003").WithLocation(0).WithLocation(1).WithArguments("both are the value of 'roleArn'"));

    [Fact]
    public Task ECSA3004_a_role_from_a_settings_property() => Verify.Rules("ECSA3004").Analyzer(Usings + """
        static class DeploySettings
        {
            public static string TaskRole => {|#1:"arn:aws:iam::123456789012:user/deploy"|};
        }

        class Deployer
        {
            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", {|#0:TaskRoleArn = DeploySettings.TaskRole|},
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Image = "nginx", Memory = 512 }],
            });
        }
        """,
        Verify.Diagnostic("ECSA3004").WithLocation(0).WithLocation(1));

    // ---- EcsNetworking

    [Fact]
    public Task ECSA4001_a_port_mapping_factory_given_two_ports() => Verify.Rules("ECSA4001").Analyzer(Usings + """
        class C
        {
            private static PortMapping Tcp(int containerPort, int hostPort) =>
                new PortMapping { ContainerPort = containerPort, {|#1:HostPort = hostPort|}, Protocol = TransportProtocol.Tcp };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "web", TaskRoleArn = "arn:aws:iam::123456789012:role/web", NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = [new ContainerDefinition { Name = "web", Image = "nginx", Memory = 512, PortMappings = [Tcp(8080, {|#0:80|})] }],
            });
        }
        """,
        Verify.Diagnostic("ECSA4001").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA4002_a_container_factory_written_for_bridge_mode() => Verify.Rules("ECSA4002").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Api() => new ContainerDefinition
            {
                Name = "api", Image = "acme/api", Memory = 512, {|#1:Links = ["db"]|},
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api", NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = [{|#0:Api()|}, new ContainerDefinition { Name = "db", Image = "postgres", Memory = 1024 }],
            });
        }
        """,
        Verify.Diagnostic("ECSA4002").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA4003_a_local_function_container_with_port_mappings() => Verify.Rules("ECSA4003").Analyzer(Usings + """
        class C
        {
            async Task Register(IAmazonECS ecs)
            {
                ContainerDefinition Renderer(string name) => new ContainerDefinition
                {
                    Name = name, Image = "acme/renderer", Memory = 512, {|#1:PortMappings = [new PortMapping { ContainerPort = 80 }]|},
                };

                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "render", TaskRoleArn = "arn:aws:iam::123456789012:role/render", NetworkMode = NetworkMode.None,
                    ContainerDefinitions = [{|#0:Renderer("preview")|}],
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA4003").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA4004_a_container_factory_given_the_same_port_twice() => Verify.Rules("ECSA4004").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Service(string name, string image, int port) => new ContainerDefinition
            {
                Name = name, Image = image, Memory = 256, PortMappings = [new PortMapping { {|#1:ContainerPort = port|} }],
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "web", TaskRoleArn = "arn:aws:iam::123456789012:role/web", NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = [Service("web", "acme/web", 8080), Service("metrics", "acme/exporter", {|#0:8080|})],
            });
        }
        """,
        Verify.Diagnostic("ECSA4004").WithLocation(0).WithLocation(1));

    // ---- EcsContainers

    [Fact]
    public Task ECSA5001_one_variable_names_two_containers() => Verify.Rules("ECSA5001").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Container(string name, string image, int memory) =>
                new ContainerDefinition { {|#1:Name = name|}, Image = image, Memory = memory };

            Task Register(IAmazonECS ecs, string service) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "orders", TaskRoleArn = "arn:aws:iam::123456789012:role/orders",
                ContainerDefinitions = [Container(service, "acme/orders", 512), Container({|#0:service|}, "envoyproxy/envoy", 128)],
            });
        }
        """,
        Verify.Diagnostic("ECSA5001").WithLocation(0).WithLocation(1).WithArguments("the value of 'service'"));

    [Fact]
    public Task ECSA5002_a_request_factory_given_essential_false() => Verify.Rules("ECSA5002").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest Job(string family, string image, bool essential) => {|#1:new RegisterTaskDefinitionRequest|}
            {
                Family = family, TaskRoleArn = "arn:aws:iam::123456789012:role/jobs",
                ContainerDefinitions = [new ContainerDefinition { Name = family, Image = image, Memory = 512, Essential = essential }],
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:Job("nightly-export", "acme/export:3", essential: false)|});
        }
        """,
        Verify.Diagnostic("ECSA5002").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA5003_a_container_factory_without_memory() => Verify.Rules("ECSA5003").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Worker(string name, string image) =>
                {|#1:new ContainerDefinition|} { Name = name, Image = image, Cpu = 256 };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "workers", TaskRoleArn = "arn:aws:iam::123456789012:role/workers", RequiresCompatibilities = ["EC2"],
                ContainerDefinitions =
                [
                    {|#0:Worker("ingest", "acme/ingest")|},
                    new ContainerDefinition { Name = "log", Image = "fluent-bit", Memory = 64 },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA5003").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA5004_a_container_factory_given_the_limits_in_the_wrong_order() => Verify.Rules("ECSA5004").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Sized(string name, string image, int memory, int memoryReservation) =>
                new ContainerDefinition { Name = name, Image = image, {|#1:Memory = memory|}, MemoryReservation = memoryReservation };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api",
                ContainerDefinitions = [Sized("api", "acme/api", 1024, 512), Sized("cache", "redis", {|#0:256|}, 512)],
            });
        }
        """,
        Verify.Diagnostic("ECSA5004").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA5005_task_memory_from_a_size_property() => Verify.Rules("ECSA5005").Analyzer(Usings + """
        class C
        {
            private static string SmallTaskMemory => {|#1:"512"|};

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api", Cpu = "256", {|#0:Memory = SmallTaskMemory|},
                ContainerDefinitions =
                [
                    new ContainerDefinition { Name = "api", Image = "acme/api", MemoryReservation = 384 },
                    new ContainerDefinition { Name = "log", Image = "fluent-bit", MemoryReservation = 256 },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA5005").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA5006_a_family_helper_with_constant_branches() => Verify.Rules("ECSA5006").Analyzer(Usings + """
        class C
        {
            private static string FamilyFor(bool canary) => canary ? {|#1:"orders.canary"|} : "orders";

            Task Register(IAmazonECS ecs, bool canary) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                {|#0:Family = FamilyFor(canary)|}, TaskRoleArn = "arn:aws:iam::123456789012:role/orders",
                ContainerDefinitions = [new ContainerDefinition { Name = "orders", Image = "acme/orders", Memory = 512 }],
            });
        }
        """,
        Verify.Diagnostic("ECSA5006").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA5007_a_request_factory_given_eleven_containers() => Verify.Rules("ECSA5007").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Shard(string id) => new ContainerDefinition { Name = "shard-" + id, Image = "acme/indexer", Memory = 256 };

            private static RegisterTaskDefinitionRequest Indexer(List<ContainerDefinition> shards) => {|#1:new RegisterTaskDefinitionRequest|}
            {
                Family = "indexer", TaskRoleArn = "arn:aws:iam::123456789012:role/indexer", ContainerDefinitions = shards,
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:Indexer(
                [Shard("a"), Shard("b"), Shard("c"), Shard("d"), Shard("e"), Shard("f"), Shard("g"), Shard("h"), Shard("i"), Shard("j"), Shard("k")])|});
        }
        """,
        Verify.Diagnostic("ECSA5007").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA5008_a_health_check_helper_given_milliseconds() => Verify.Rules("ECSA5008").Analyzer(Usings + """
        class C
        {
            private static HealthCheck HttpCheck(string url, int interval) =>
                new HealthCheck { Command = ["CMD-SHELL", "curl -f " + url + " || exit 1"], {|#1:Interval = interval|}, Retries = 3 };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api",
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "api", Image = "acme/api", Memory = 512,
                        HealthCheck = HttpCheck("http://localhost:8080/health", {|#0:30_000|}),
                    },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA5008").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA5009_a_log_driver_from_a_defaults_helper() => Verify.Rules("ECSA5009").Analyzer(Usings + """
        class C
        {
            private static string DefaultLogDriver() => {|#1:"json_file"|};

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api",
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "api", Image = "acme/api", Memory = 512,
                        LogConfiguration = new LogConfiguration { {|#0:LogDriver = DefaultLogDriver()|} },
                    },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA5009").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA5010_an_awslogs_helper_without_a_stream_prefix() => Verify.Rules("ECSA5010").Analyzer(Usings + """
        class C
        {
            private static LogConfiguration AwsLogs(string group) => {|#1:new LogConfiguration|}
            {
                LogDriver = LogDriver.Awslogs,
                Options = new() { ["awslogs-group"] = group, ["awslogs-region"] = "us-east-1" },
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api",
                ExecutionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Image = "acme/api", LogConfiguration = {|#0:AwsLogs("/ecs/api")|} }],
            });
        }
        """,
        Verify.Diagnostic("ECSA5010").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA5011_an_environment_helper_called_twice_with_one_name() => Verify.Rules("ECSA5011").Analyzer(EcsUsings + """
        class C
        {
            private static KeyValuePair Env(string name, string value) => new KeyValuePair { {|#1:Name = name|}, Value = value };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api",
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "api", Image = "acme/api", Memory = 512,
                        Environment = [Env("LOG_LEVEL", "info"), Env("PORT", "8080"), Env({|#0:"LOG_LEVEL"|}, "debug")],
                    },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA5011").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA5012_a_container_factory_that_waits_for_an_essential_container() => Verify.Rules("ECSA5012").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition App(string image, string after) => new ContainerDefinition
            {
                Name = "app", Image = image, Memory = 512,
                DependsOn = [{|#1:new ContainerDependency|} { ContainerName = after, Condition = ContainerCondition.SUCCESS }],
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "arn:aws:iam::123456789012:role/app",
                ContainerDefinitions =
                [
                    new ContainerDefinition { Name = "migrate", Image = "acme/migrate", Memory = 256 },
                    {|#0:App("acme/app", "migrate")|},
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA5012").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA5013_a_dependency_helper_given_a_name_no_container_has() => Verify.Rules("ECSA5013").Analyzer(Usings + """
        class C
        {
            private static ContainerDependency HealthyFirst(string container) =>
                {|#1:new ContainerDependency|} { ContainerName = container, Condition = ContainerCondition.HEALTHY };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "arn:aws:iam::123456789012:role/app",
                ContainerDefinitions =
                [
                    new ContainerDefinition { Name = "db", Image = "postgres", Memory = 1024 },
                    new ContainerDefinition { Name = "app", Image = "acme/app", Memory = 512, DependsOn = [{|#0:HealthyFirst("database")|}] },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA5013").WithLocation(0).WithLocation(1));

    // ---- EcsSecurity

    [Fact]
    public Task ECSA6001_a_daemon_factory_given_host_access() => Verify.Rules("ECSA6001").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Daemon(string name, string image, bool hostAccess) => new ContainerDefinition
            {
                Name = name, Image = image, Memory = 128, Essential = false, {|#1:Privileged = hostAccess|},
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "node", TaskRoleArn = "arn:aws:iam::123456789012:role/node", RequiresCompatibilities = ["EC2"],
                ContainerDefinitions =
                [
                    new ContainerDefinition { Name = "app", Image = "acme/app", Memory = 512 },
                    Daemon("node-exporter", "prom/node-exporter:v1.8.0", hostAccess: {|#0:true|}),
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA6001").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA6002_an_environment_helper_given_a_password() => Verify.Rules("ECSA6002").Analyzer(EcsUsings + """
        class C
        {
            private static KeyValuePair Env(string name, string value) => new KeyValuePair { Name = name, {|#1:Value = value|} };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api",
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "api", Image = "acme/api", Memory = 512,
                        Environment = [Env("DB_HOST", "orders.cluster-abc.us-east-1.rds.amazonaws.com"), Env("DB_PASSWORD", {|#0:"hunter2-prod"|})],
                    },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA6002").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA6003_an_efs_helper_given_a_root_directory() => Verify.Rules("ECSA6003").Analyzer(Usings + """
        class C
        {
            private static EFSVolumeConfiguration Efs(string fileSystemId, string rootDirectory) =>
                {|#1:new EFSVolumeConfiguration|} { FileSystemId = fileSystemId, RootDirectory = rootDirectory };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "cms", TaskRoleArn = "arn:aws:iam::123456789012:role/cms",
                Volumes = [new Volume { Name = "media", EfsVolumeConfiguration = {|#0:Efs("fs-0123456789abcdef0", "/media")|} }],
                ContainerDefinitions = [new ContainerDefinition { Name = "cms", Image = "acme/cms", Memory = 512 }],
            });
        }
        """,
        Verify.Diagnostic("ECSA6003").WithLocation(0).WithLocation(1));

    // Off by default: Verify.Rules turns it on as a user would.
    [Fact]
    public Task ECSA6004_a_local_function_container_without_a_read_only_root() => Verify.Rules("ECSA6004").Analyzer(Usings + """
        class C
        {
            async Task Register(IAmazonECS ecs)
            {
                ContainerDefinition Sidecar(string name, string image) => {|#1:new ContainerDefinition|}
                {
                    Name = name, Image = image, Memory = 128, Essential = false,
                };

                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api",
                    ContainerDefinitions =
                    [
                        new ContainerDefinition { Name = "api", Image = "acme/api", Memory = 512, ReadonlyRootFilesystem = true },
                        {|#0:Sidecar("envoy", "envoyproxy/envoy:v1.31")|},
                    ],
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA6004").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA6005_a_request_factory_given_the_host_network_mode() => Verify.Rules("ECSA6005").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest Ec2Task(string family, string image, NetworkMode networkMode) => new RegisterTaskDefinitionRequest
            {
                Family = family, TaskRoleArn = "arn:aws:iam::123456789012:role/" + family,
                RequiresCompatibilities = ["EC2"], {|#1:NetworkMode = networkMode|},
                ContainerDefinitions = [new ContainerDefinition { Name = family, Image = image, Memory = 256 }],
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(Ec2Task("log-router", "fluent/fluent-bit:3.1", {|#0:NetworkMode.Host|}));
        }
        """,
        Verify.Diagnostic("ECSA6005").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA6006_a_user_helper_with_constant_branches() => Verify.Rules("ECSA6006").Analyzer(Usings + """
        class C
        {
            private static string UserFor(string image) => image.StartsWith("acme/") ? "1000:1000" : {|#1:"root"|};

            Task Register(IAmazonECS ecs, string image) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "tool", TaskRoleArn = "arn:aws:iam::123456789012:role/tool",
                ContainerDefinitions = [new ContainerDefinition { Name = "tool", Image = image, Memory = 512, {|#0:User = UserFor(image)|} }],
            });
        }
        """,
        Verify.Diagnostic("ECSA6006").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA6007_a_sidecar_from_a_property() => Verify.Rules("ECSA6007").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition XRayDaemon => {|#1:new ContainerDefinition|}
            {
                Name = "xray-daemon", Image = "public.ecr.aws/xray/aws-xray-daemon:3.3", Memory = 64, Essential = false,
            };

            Task Register(IAmazonECS ecs, LogConfiguration logs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api",
                ContainerDefinitions =
                [
                    new ContainerDefinition { Name = "api", Image = "acme/api", Memory = 512, LogConfiguration = logs },
                    {|#0:XRayDaemon|},
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA6007").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA6008_a_fuse_mount_helper_adding_sys_admin() => Verify.Rules("ECSA6008").Analyzer(Usings + """
        class C
        {
            private static LinuxParameters FuseMount() => new LinuxParameters
            {
                Capabilities = new KernelCapabilities { Add = [{|#1:"SYS_ADMIN"|}] },
                Devices = [new Device { HostPath = "/dev/fuse" }],
            };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "backup", TaskRoleArn = "arn:aws:iam::123456789012:role/backup", RequiresCompatibilities = ["EC2"],
                ContainerDefinitions =
                [
                    new ContainerDefinition { Name = "backup", Image = "acme/s3-backup", Memory = 512, LinuxParameters = {|#0:FuseMount()|} },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA6008").WithLocation(0).WithLocation(1));

    // Off by default: Verify.Rules turns it on as a user would.
    [Fact]
    public Task ECSA6009_a_container_factory_with_only_a_reservation() => Verify.Rules("ECSA6009").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Worker(string name, string image, int memoryReservation) =>
                {|#1:new ContainerDefinition|} { Name = name, Image = image, MemoryReservation = memoryReservation };

            Task Register(IAmazonECS ecs, string image) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "workers", TaskRoleArn = "arn:aws:iam::123456789012:role/workers", RequiresCompatibilities = ["EC2"],
                ContainerDefinitions = [{|#0:Worker("ingest", image, 1024)|}],
            });
        }
        """,
        Verify.Diagnostic("ECSA6009").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA6010_a_network_helper_asked_for_a_public_ip() => Verify.Rules("ECSA6010").Analyzer(Usings + """
        class C
        {
            private static NetworkConfiguration Awsvpc(List<string> subnets, bool publicIp) => new NetworkConfiguration
            {
                AwsvpcConfiguration = new AwsVpcConfiguration
                {
                    Subnets = subnets, {|#1:AssignPublicIp = publicIp ? AssignPublicIp.ENABLED : AssignPublicIp.DISABLED|},
                },
            };

            Task Run(IAmazonECS ecs, List<string> subnets) => ecs.RunTaskAsync(new RunTaskRequest
            {
                Cluster = "main", TaskDefinition = "crawler", LaunchType = LaunchType.FARGATE,
                NetworkConfiguration = {|#0:Awsvpc(subnets, publicIp: true)|},
            });
        }
        """,
        Verify.Diagnostic("ECSA6010").WithLocation(0).WithLocation(1));

    // ---- EcsManagedInstances

    [Fact]
    public Task ECSA7001_a_network_mode_from_shared_defaults() => Verify.Rules("ECSA7001").Analyzer(Usings + """
        static class TaskDefaults
        {
            public static NetworkMode Network => {|#1:NetworkMode.Bridge|};
        }

        class Deployer
        {
            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "inference", TaskRoleArn = "arn:aws:iam::123456789012:role/inference",
                RequiresCompatibilities = ["MANAGED_INSTANCES"], {|#0:NetworkMode = TaskDefaults.Network|},
                ContainerDefinitions = [new ContainerDefinition { Name = "model", Image = "acme/model", Memory = 4096 }],
            });
        }
        """,
        Verify.Diagnostic("ECSA7001").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA7002_a_container_factory_given_a_shared_memory_size() => Verify.Rules("ECSA7002").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Worker(string name, string image, int sharedMemoryMiB) => new ContainerDefinition
            {
                Name = name, Image = image, Memory = 4096,
                LinuxParameters = new LinuxParameters { {|#1:SharedMemorySize = sharedMemoryMiB|} },
            };

            Task Register(IAmazonECS ecs, string image) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "training", TaskRoleArn = "arn:aws:iam::123456789012:role/training",
                RequiresCompatibilities = ["MANAGED_INSTANCES"], NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = [Worker("trainer", image, {|#0:2048|})],
            });
        }
        """,
        Verify.Diagnostic("ECSA7002").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA7003_a_runtime_platform_factory_given_windows() => Verify.Rules("ECSA7003").Analyzer(Usings + """
        class C
        {
            private static RuntimePlatform X64(OSFamily family) =>
                new RuntimePlatform { {|#1:OperatingSystemFamily = family|}, CpuArchitecture = CPUArchitecture.X86_64 };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "legacy", TaskRoleArn = "arn:aws:iam::123456789012:role/legacy",
                RequiresCompatibilities = ["MANAGED_INSTANCES"], NetworkMode = NetworkMode.Awsvpc,
                RuntimePlatform = X64({|#0:OSFamily.WINDOWS_SERVER_2022_CORE|}),
                ContainerDefinitions = [new ContainerDefinition { Name = "legacy", Image = "acme/legacy", Memory = 2048 }],
            });
        }
        """,
        Verify.Diagnostic("ECSA7003").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA7004_a_request_factory_sent_through_a_wrapper() => Verify.Rules("ECSA7004").Analyzer(Usings + """
        sealed class Training(IAmazonECS ecs)
        {
            private Task RunAsync(RunTaskRequest request) => ecs.RunTaskAsync(request);

            private static RunTaskRequest Job(string taskDefinition, LaunchType launchType) =>
                new RunTaskRequest { Cluster = "ml", TaskDefinition = taskDefinition, {|#1:LaunchType = launchType|} };

            public Task TrainNightly() => RunAsync(Job("train", {|#0:LaunchType.MANAGED_INSTANCES|}));
        }
        """,
        Verify.Diagnostic("ECSA7004").WithLocation(0).WithLocation(1));

    [Fact]
    public Task ECSA7005_a_neuron_helper_given_a_device_count() => Verify.Rules("ECSA7005").Analyzer(Usings + """
        class C
        {
            private static ResourceRequirement Neuron(string devices) =>
                new ResourceRequirement { Type = ResourceType.NeuronDevice, {|#1:Value = devices|} };

            Task Register(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "inference", TaskRoleArn = "arn:aws:iam::123456789012:role/inference",
                RequiresCompatibilities = ["MANAGED_INSTANCES"], NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions =
                [
                    new ContainerDefinition { Name = "model", Image = "acme/model", Memory = 16384, ResourceRequirements = [Neuron({|#0:"2"|})] },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA7005").WithLocation(0).WithLocation(1).WithArguments("The NeuronDevice value is '2', not ALL"));

    [Fact]
    public Task ECSA7006_a_request_factory_given_a_private_ecr_image() => Verify.Rules("ECSA7006").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest ManagedInstancesTask(string name, string image) => {|#1:new RegisterTaskDefinitionRequest|}
            {
                Family = name, TaskRoleArn = "arn:aws:iam::123456789012:role/" + name,
                RequiresCompatibilities = ["MANAGED_INSTANCES"], NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = [new ContainerDefinition { Name = name, Image = image, Memory = 2048 }],
            };

            Task Register(IAmazonECS ecs) =>
                ecs.RegisterTaskDefinitionAsync({|#0:ManagedInstancesTask("embedder", "123456789012.dkr.ecr.us-east-1.amazonaws.com/embedder:7")|});
        }
        """,
        Verify.Diagnostic("ECSA7006").WithLocation(0).WithLocation(1));

    // ---- EcsContainers: RunTask overrides

    [Fact]
    public Task ECSA5014_an_override_made_by_a_helper() => Verify.Rules("ECSA5014").Analyzer(Usings + """
        class C
        {
            private static ContainerOverride Migrate(string step) => {|#1:new ContainerOverride|} { Command = ["migrate", step] };

            Task Run(IAmazonECS ecs, List<string> subnets) => ecs.RunTaskAsync(new RunTaskRequest
            {
                Cluster = "main", TaskDefinition = "app", LaunchType = LaunchType.FARGATE,
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } },
                Overrides = new TaskOverride { ContainerOverrides = [{|#0:Migrate("--up")|}] },
            });
        }
        """,
        Verify.Diagnostic("ECSA5014").WithLocation(0).WithLocation(1).WithArguments("sets Command but no Name"));

    [Fact]
    public Task ECSA5015_an_override_named_by_a_helper_argument() => Verify.Rules("ECSA5015").Analyzer(Usings + """
        class C
        {
            private static TaskOverride RunCommand(string container, string command) => new TaskOverride
            {
                ContainerOverrides = [new ContainerOverride { {|#1:Name = container|}, Command = [command] }],
            };

            async Task Reindex(IAmazonECS ecs)
            {
                var registered = await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "jobs", TaskRoleArn = "arn:aws:iam::123456789012:role/jobs", Memory = "512",
                    ContainerDefinitions = [new ContainerDefinition { Name = "worker", Image = "acme/jobs" }],
                });
                await ecs.RunTaskAsync(new RunTaskRequest
                {
                    TaskDefinition = registered.TaskDefinition.TaskDefinitionArn,
                    Overrides = RunCommand({|#0:"jobs"|}, "reindex"),
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA5015").WithLocation(0).WithLocation(1).WithArguments("jobs", "'jobs'", "'worker'"));
}
