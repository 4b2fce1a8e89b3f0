using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

public class FargateUnsupportedSettingTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA1004");

    [Fact]
    public Task Container_settings_are_reported_one_per_setting() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "api",
                        {|#0:Privileged = true|},
                        {|#1:DisableNetworking = true|},
                        {|#2:DnsSearchDomains = ["corp.local"]|},
                        {|#3:DockerSecurityOptions = ["no-new-privileges"]|},
                        {|#4:StopTimeout = 300|},
                        LinuxParameters = new LinuxParameters
                        {
                            {|#5:SharedMemorySize = 64|},
                            Capabilities = new KernelCapabilities { Add = ["SYS_PTRACE", {|#6:"NET_ADMIN"|}] },
                            Tmpfs = [new Tmpfs { ContainerPath = "/tmp", Size = 64 }],
                        },
                        LogConfiguration = new LogConfiguration { {|#7:LogDriver = LogDriver.Syslog|} },
                        ResourceRequirements = [{|#8:new ResourceRequirement|} { Type = ResourceType.GPU, Value = "1" }],
                    },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA1004").WithLocation(0).WithArguments("privileged containers"),
        Verify.Diagnostic("ECSA1004").WithLocation(1).WithArguments("DisableNetworking"),
        Verify.Diagnostic("ECSA1004").WithLocation(2).WithArguments("DNS search domains"),
        Verify.Diagnostic("ECSA1004").WithLocation(3).WithArguments("Docker security options"),
        Verify.Diagnostic("ECSA1004").WithLocation(4).WithArguments("a stop timeout over 120 seconds"),
        Verify.Diagnostic("ECSA1004").WithLocation(5).WithArguments("SharedMemorySize"),
        Verify.Diagnostic("ECSA1004").WithLocation(6).WithArguments("adding the capability 'NET_ADMIN' (only SYS_PTRACE)"),
        Verify.Diagnostic("ECSA1004").WithLocation(7).WithArguments("the log driver 'syslog' (use awslogs, splunk or awsfirelens)"),
        Verify.Diagnostic("ECSA1004").WithLocation(8).WithArguments("GPU resource requirements"));

    [Fact]
    public Task Task_and_volume_settings_are_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
                {|#0:IpcMode = IpcMode.Task|},
                {|#1:PidMode = PidMode.Host|},
                {|#2:PlacementConstraints = [new TaskDefinitionPlacementConstraint { Type = "memberOf", Expression = "attribute:ecs.os-type == linux" }]|},
                EphemeralStorage = new EphemeralStorage { {|#3:SizeInGiB = 500|} },
                Volumes =
                [
                    new Volume { Name = "docker", {|#4:DockerVolumeConfiguration = new DockerVolumeConfiguration { Driver = "local" }|} },
                    new Volume { Name = "host", Host = new HostVolumeProperties { {|#5:SourcePath = "/var/data"|} } },
                    new Volume { Name = "scratch" },
                    new Volume { Name = "s3", Host = new HostVolumeProperties { SourcePath = "s3://bucket" } },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA1004").WithLocation(0).WithArguments("ipcMode"),
        Verify.Diagnostic("ECSA1004").WithLocation(1).WithArguments("pidMode 'host' (the supported value is 'task')"),
        Verify.Diagnostic("ECSA1004").WithLocation(2).WithArguments("placement constraints"),
        Verify.Diagnostic("ECSA1004").WithLocation(3).WithArguments("ephemeral storage of 500 GiB (21-200 GiB)"),
        Verify.Diagnostic("ECSA1004").WithLocation(4).WithArguments("Docker volumes (use an EFS volume)"),
        Verify.Diagnostic("ECSA1004").WithLocation(5).WithArguments("host source paths (a volume without one is task storage; share data with an EFS volume)"));

    [Fact]
    public Task Supported_settings_and_tmpfs_are_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
                PidMode = PidMode.Task,
                EphemeralStorage = new EphemeralStorage { SizeInGiB = 21 },
                Volumes = [new Volume { Name = "efs", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-1", TransitEncryption = EFSTransitEncryption.ENABLED } }],
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "api", Privileged = false, StopTimeout = 120,
                        LinuxParameters = new LinuxParameters { InitProcessEnabled = true, Tmpfs = [new Tmpfs { ContainerPath = "/tmp", Size = 64 }], Capabilities = new KernelCapabilities { Add = ["CAP_SYS_PTRACE"], Drop = ["ALL"] } },
                        LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awsfirelens },
                        ResourceRequirements = [new ResourceRequirement { Type = ResourceType.InferenceAccelerator, Value = "a" }],
                    },
                    new ContainerDefinition { Name = "log", LogConfiguration = new LogConfiguration { LogDriver = "splunk" } },
                ],
            });
        }
        """);

    [Fact]
    public Task Ec2_task_definitions_may_use_them() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "agent", RequiresCompatibilities = ["EC2"], NetworkMode = NetworkMode.Host, PidMode = PidMode.Host,
                Volumes = [new Volume { Name = "docker", DockerVolumeConfiguration = new DockerVolumeConfiguration { Driver = "local" } }],
                ContainerDefinitions = [new ContainerDefinition { Name = "agent", Memory = 256, Privileged = true, LogConfiguration = new LogConfiguration { LogDriver = LogDriver.JsonFile } }],
            });
        }
        """);

    [Fact]
    public Task Under_awsvpc_dns_servers_and_extra_hosts_are_left_to_ECSA4002() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs)
            {
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "a", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
                    ContainerDefinitions = [new ContainerDefinition { Name = "a", DnsServers = ["10.0.0.2"], ExtraHosts = [new HostEntry { Hostname = "db", IpAddress = "10.0.0.5" }] }],
                });
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "b", RequiresCompatibilities = ["FARGATE"], Cpu = "256", Memory = "512",
                    ContainerDefinitions = [new ContainerDefinition { Name = "b", {|#0:DnsServers = ["10.0.0.2"]|} }],
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA1004").WithLocation(0).WithArguments("DNS servers"));

    [Fact]
    public Task Settings_written_by_statements_and_unknown_values() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, bool privileged, LogDriver driver, bool debug)
            {
                var app = new ContainerDefinition { Name = "app", Privileged = privileged, LogConfiguration = new LogConfiguration { LogDriver = driver } };
                if (debug) {|#0:app.Privileged = true|};
                var r = new RegisterTaskDefinitionRequest { Family = "api", NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512" };
                r.RequiresCompatibilities = ["FARGATE"];
                r.ContainerDefinitions = [app];
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """,
        Verify.Diagnostic("ECSA1004").WithLocation(0).WithArguments("privileged containers"));

    [Fact]
    public Task Fsx_devices_and_inference_accelerators_on_v4() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "1024", Memory = "2048",
                {|#0:InferenceAccelerators = [new InferenceAccelerator { DeviceName = "d", DeviceType = "eia2.medium" }]|},
                Volumes = [new Volume { Name = "fsx", {|#1:FsxWindowsFileServerVolumeConfiguration = new FSxWindowsFileServerVolumeConfiguration { FileSystemId = "fs-1", RootDirectory = "\\share" }|} }],
                ContainerDefinitions = [new ContainerDefinition { Name = "a", LinuxParameters = new LinuxParameters { {|#2:Devices = [new Device { HostPath = "/dev/fuse" }]|} } }],
            });
        }
        """,
        Verify.Diagnostic("ECSA1004").WithLocation(0).WithArguments("inference accelerators"),
        Verify.Diagnostic("ECSA1004").WithLocation(1).WithArguments("FSx for Windows File Server volumes (EC2 only)"),
        Verify.Diagnostic("ECSA1004").WithLocation(2).WithArguments("devices"));
}
