using System.Threading.Tasks;
using EcsAnalyzers.CodeFixes;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>Sources shared by the Managed Instances tests: a task definition registered with the given members.</summary>
internal static class ManagedInstances
{
    public static string Register(string members) => """
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, string value, bool flag) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "gpu", TaskRoleArn = "arn:aws:iam::123456789012:role/app",
                MEMBERS
            });
        }
        """.Replace("MEMBERS", members);

    public static string Run(string body) => """
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, string provider, List<string> subnets, bool flag)
            {
                var network = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } };
                BODY
            }
        }
        """.Replace("BODY", body);
}

public class ManagedInstancesBridgeModeTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA7001");

    [Theory]
    [InlineData("NetworkMode.Bridge")]
    [InlineData("\"bridge\"")]
    [InlineData("NetworkMode.FindValue(\"bridge\")")]
    [InlineData("new NetworkMode(\"bridge\")")]
    public Task Bridge_on_managed_instances_is_reported(string mode) => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [\"MANAGED_INSTANCES\"], {|#0:NetworkMode = " + mode + "|},"),
        Verify.Diagnostic("ECSA7001").WithLocation(0));

    [Fact]
    public Task The_compatibility_constant_and_a_later_write_count() => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs)
            {
                var request = new RegisterTaskDefinitionRequest { Family = "app", RequiresCompatibilities = new List<string> { Compatibility.MANAGED_INSTANCES } };
                {|#0:request.NetworkMode = NetworkMode.Bridge|};
                ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """,
        Verify.Diagnostic("ECSA7001").WithLocation(0));

    [Theory]
    [InlineData("NetworkMode = NetworkMode.Awsvpc,")]
    [InlineData("NetworkMode = NetworkMode.Host,")]
    [InlineData("NetworkMode = NetworkMode.None,")]
    [InlineData("")]
    [InlineData("NetworkMode = value,")]
    public Task Awsvpc_host_and_the_contradictory_or_unknown_modes_are_not_reported(string mode) => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [\"MANAGED_INSTANCES\"], " + mode));

    [Theory]
    [InlineData("[\"EC2\"]")]
    [InlineData("[]")]
    [InlineData("null")]
    public Task Bridge_without_managed_instances_is_not_reported(string compatibilities) => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = " + compatibilities + ", NetworkMode = NetworkMode.Bridge,"));

    [Fact]
    public Task With_fargate_too_only_ECSA1001_reports_it() => Verify.Rules("ECSA7001", "ECSA1001").Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [\"FARGATE\", \"MANAGED_INSTANCES\"], Cpu = \"256\", Memory = \"512\", {|#0:NetworkMode = NetworkMode.Bridge|},"),
        Verify.Diagnostic("ECSA1001").WithLocation(0).WithArguments("network mode 'bridge'"));

    [Fact]
    public Task One_option_of_a_conditional_is_reported_at_the_option() => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [\"MANAGED_INSTANCES\"], NetworkMode = flag ? {|#0:\"bridge\"|} : \"awsvpc\","),
        Verify.Diagnostic("ECSA7001").WithLocation(0));

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task Fix_sets_awsvpc(SdkVersion sdk) => Verify.CodeFix<SettingFixer>(
        ManagedInstances.Register("RequiresCompatibilities = [\"MANAGED_INSTANCES\"], {|ECSA7001:NetworkMode = \"bridge\"|},"),
        ManagedInstances.Register("RequiresCompatibilities = [\"MANAGED_INSTANCES\"], NetworkMode = NetworkMode.Awsvpc,"),
        sdk);

    [Fact]
    public Task Fix_all_across_two_documents() => FixAll.TwoDocuments<SettingFixer>(
        "ECSA7001",
        "Family = \"f\", RequiresCompatibilities = [\"MANAGED_INSTANCES\"], {|ECSA7001:NetworkMode = NetworkMode.Bridge|}",
        "Family = \"f\", RequiresCompatibilities = [\"MANAGED_INSTANCES\"], NetworkMode = NetworkMode.Awsvpc",
        key: "ECSA7001_Value");
}

public class ManagedInstancesUnsupportedSettingTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA7002");

    [Theory]
    [InlineData("{|#0:IpcMode = IpcMode.Host|},", "ipcMode")]
    [InlineData("{|#0:EphemeralStorage = new EphemeralStorage { SizeInGiB = 50 }|},", "ephemeral storage settings")]
    [InlineData("{|#0:ProxyConfiguration = new ProxyConfiguration { ContainerName = \"envoy\" }|},", "proxy configurations")]
    [InlineData("{|#0:InferenceAccelerators = [new InferenceAccelerator { DeviceName = \"d\", DeviceType = \"eia2.medium\" }]|},", "inference accelerators")]
    [InlineData("Volumes = [new Volume { Name = \"v\", {|#0:DockerVolumeConfiguration = new DockerVolumeConfiguration { Driver = \"local\" }|} }],", "Docker volumes")]
    [InlineData("ContainerDefinitions = [new ContainerDefinition { Name = \"a\", {|#0:DnsSearchDomains = [\"corp\"]|} }],", "DNS search domains")]
    [InlineData("ContainerDefinitions = [new ContainerDefinition { Name = \"a\", {|#0:DockerSecurityOptions = [\"no-new-privileges\"]|} }],", "Docker security options")]
    [InlineData("ContainerDefinitions = [new ContainerDefinition { Name = \"a\", {|#0:DisableNetworking = true|} }],", "DisableNetworking")]
    [InlineData("NetworkMode = NetworkMode.Host, ContainerDefinitions = [new ContainerDefinition { Name = \"a\", {|#0:Hostname = \"box\"|} }],", "container host names (Hostname)")]
    [InlineData("NetworkMode = NetworkMode.Host, ContainerDefinitions = [new ContainerDefinition { Name = \"a\", {|#0:DnsServers = [\"10.0.0.2\"]|} }],", "DNS servers")]
    [InlineData("ContainerDefinitions = [new ContainerDefinition { Name = \"a\", LinuxParameters = new LinuxParameters { {|#0:MaxSwap = 512|} } }],", "MaxSwap")]
    [InlineData("ContainerDefinitions = [new ContainerDefinition { Name = \"a\", LinuxParameters = new LinuxParameters { {|#0:Swappiness = 10|} } }],", "Swappiness")]
    [InlineData("ContainerDefinitions = [new ContainerDefinition { Name = \"a\", LinuxParameters = new LinuxParameters { {|#0:SharedMemorySize = 64|} } }],", "SharedMemorySize")]
    [InlineData("ContainerDefinitions = [new ContainerDefinition { Name = \"a\", ResourceRequirements = [{|#0:new ResourceRequirement|} { Type = ResourceType.InferenceAccelerator, Value = \"d\" }] }],", "InferenceAccelerator resource requirements")]
    public Task Each_unsupported_setting_is_reported_once(string members, string what) => Rule.Analyzer(
        ManagedInstances.Register("RequiresCompatibilities = [\"MANAGED_INSTANCES\"], " + members),
        Verify.Diagnostic("ECSA7002").WithLocation(0).WithArguments(what));

    [Fact]
    public Task Settings_valid_on_managed_instances_are_not_reported() => Rule.Analyzer(ManagedInstances.Register("""
        RequiresCompatibilities = ["MANAGED_INSTANCES"], NetworkMode = NetworkMode.Host, PidMode = PidMode.Host,
        PlacementConstraints = [new TaskDefinitionPlacementConstraint { Type = "memberOf", Expression = "attribute:ecs.instance-type =~ g5.*" }],
        Volumes = [new Volume { Name = "data", Host = new HostVolumeProperties { SourcePath = "/data" } }],
        ContainerDefinitions =
        [
            new ContainerDefinition
            {
                Name = "a", Privileged = true, StopTimeout = 3600, DockerLabels = new Dictionary<string, string> { ["team"] = "ml" },
                ResourceRequirements = [new ResourceRequirement { Type = ResourceType.GPU, Value = "1" }],
                LinuxParameters = new LinuxParameters
                {
                    Devices = [new Device { HostPath = "/dev/fuse" }], Tmpfs = [new Tmpfs { ContainerPath = "/tmp", Size = 64 }],
                    Capabilities = new KernelCapabilities { Add = ["SYS_ADMIN"] }, InitProcessEnabled = true,
                },
                DisableNetworking = false,
            },
        ],
        """));

    [Fact]
    public Task Under_awsvpc_links_and_hosts_are_ECSA4002s() => Verify.Rules("ECSA7002", "ECSA4002").Analyzer(ManagedInstances.Register("""
        RequiresCompatibilities = ["MANAGED_INSTANCES"], NetworkMode = NetworkMode.Awsvpc,
        ContainerDefinitions = [new ContainerDefinition { Name = "a", {|#0:Links = ["b"]|}, {|#1:Hostname = "box"|} }],
        """),
        Verify.Diagnostic("ECSA4002").WithLocation(0).WithArguments("Links"),
        Verify.Diagnostic("ECSA4002").WithLocation(1).WithArguments("Hostname"));

    [Fact]
    public Task With_fargate_too_the_shared_settings_are_ECSA1004s_and_the_rest_ECSA7002s() => Verify.Rules("ECSA7002", "ECSA1004").Analyzer(ManagedInstances.Register("""
        RequiresCompatibilities = ["FARGATE", "MANAGED_INSTANCES"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
        {|#0:IpcMode = IpcMode.Task|}, {|#1:EphemeralStorage = new EphemeralStorage { SizeInGiB = 30 }|},
        ContainerDefinitions = [new ContainerDefinition { Name = "a", {|#2:Privileged = true|}, LinuxParameters = new LinuxParameters { {|#3:SharedMemorySize = 64|}, {|#4:Swappiness = 10|} } }],
        """),
        Verify.Diagnostic("ECSA1004").WithLocation(0).WithArguments("ipcMode"),
        Verify.Diagnostic("ECSA7002").WithLocation(1).WithArguments("ephemeral storage settings"),
        Verify.Diagnostic("ECSA1004").WithLocation(2).WithArguments("privileged containers"),
        Verify.Diagnostic("ECSA1004").WithLocation(3).WithArguments("SharedMemorySize"),
        Verify.Diagnostic("ECSA7002").WithLocation(4).WithArguments("Swappiness"));

    [Theory]
    [InlineData("[\"EC2\"]")]
    [InlineData("null")]
    [InlineData("[value]")]
    public Task Without_managed_instances_nothing_is_reported(string compatibilities) => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = " + compatibilities + ", IpcMode = IpcMode.Host, EphemeralStorage = new EphemeralStorage { SizeInGiB = 50 },"));

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task Fix_removes_a_removable_setting(SdkVersion sdk) => Verify.CodeFix<SettingFixer>(
        ManagedInstances.Register("RequiresCompatibilities = [\"MANAGED_INSTANCES\"], {|ECSA7002:IpcMode = IpcMode.Host|}, NetworkMode = NetworkMode.Awsvpc,"),
        ManagedInstances.Register("RequiresCompatibilities = [\"MANAGED_INSTANCES\"],\n        NetworkMode = NetworkMode.Awsvpc,"),
        sdk);

    [Fact]
    public Task Fix_all_across_two_documents() => FixAll.TwoDocuments<SettingFixer>(
        "ECSA7002",
        "Family = \"f\", RequiresCompatibilities = [\"MANAGED_INSTANCES\"], {|ECSA7002:IpcMode = IpcMode.Host|}, NetworkMode = NetworkMode.Awsvpc",
        "Family = \"f\", RequiresCompatibilities = [\"MANAGED_INSTANCES\"], NetworkMode = NetworkMode.Awsvpc",
        key: "ECSA7002_Remove");
}

public class ManagedInstancesWindowsTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA7003");

    [Theory]
    [InlineData("OSFamily.WINDOWS_SERVER_2022_CORE", "WINDOWS_SERVER_2022_CORE")]
    [InlineData("OSFamily.WINDOWS_SERVER_2019_FULL", "WINDOWS_SERVER_2019_FULL")]
    [InlineData("\"WINDOWS_SERVER_2025_CORE\"", "WINDOWS_SERVER_2025_CORE")]
    public Task A_windows_family_is_reported(string family, string display) => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [\"MANAGED_INSTANCES\"], RuntimePlatform = new RuntimePlatform { {|#0:OperatingSystemFamily = " + family + "|} },"),
        Verify.Diagnostic("ECSA7003").WithLocation(0).WithArguments(display));

    [Theory]
    [InlineData("OperatingSystemFamily = OSFamily.LINUX")]
    [InlineData("OperatingSystemFamily = value")]
    [InlineData("CpuArchitecture = CPUArchitecture.ARM64")]
    public Task Linux_unknown_and_unset_families_are_not_reported(string members) => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [\"MANAGED_INSTANCES\"], RuntimePlatform = new RuntimePlatform { " + members + " },"));

    [Theory]
    [InlineData("[\"EC2\"]")]
    [InlineData("[\"FARGATE\"]")]
    [InlineData("null")]
    public Task Windows_without_managed_instances_is_not_reported(string compatibilities) => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = " + compatibilities + ", Cpu = \"1024\", Memory = \"2048\", RuntimePlatform = new RuntimePlatform { OperatingSystemFamily = OSFamily.WINDOWS_SERVER_2022_CORE },"));

    [Fact]
    public Task A_windows_option_of_a_conditional_is_reported_at_the_option() => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [Compatibility.MANAGED_INSTANCES], RuntimePlatform = new RuntimePlatform { OperatingSystemFamily = flag ? \"LINUX\" : {|#0:\"WINDOWS_SERVER_2022_FULL\"|} },"),
        Verify.Diagnostic("ECSA7003").WithLocation(0).WithArguments("WINDOWS_SERVER_2022_FULL"));

    [Fact]
    public Task A_task_definition_from_a_factory_is_reported_once_in_the_factory() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            static RegisterTaskDefinitionRequest Build() => new RegisterTaskDefinitionRequest
            {
                Family = "w", RequiresCompatibilities = ["MANAGED_INSTANCES"], RuntimePlatform = new RuntimePlatform { {|#0:OperatingSystemFamily = "WINDOWS_SERVER_2019_CORE"|} },
            };

            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(Build());
        }
        """,
        Verify.Diagnostic("ECSA7003").WithLocation(0).WithArguments("WINDOWS_SERVER_2019_CORE"));

    [Fact]
    public Task A_platform_built_in_a_local_is_read() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs)
            {
                var platform = new RuntimePlatform();
                {|#0:platform.OperatingSystemFamily = OSFamily.WINDOWS_SERVER_2022_CORE|};
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "w", RequiresCompatibilities = ["MANAGED_INSTANCES"], RuntimePlatform = platform });
            }
        }
        """,
        Verify.Diagnostic("ECSA7003").WithLocation(0).WithArguments("WINDOWS_SERVER_2022_CORE"));
}

public class ManagedInstancesLaunchTypeTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA7004");

    [Theory]
    [InlineData("LaunchType.MANAGED_INSTANCES")]
    [InlineData("\"MANAGED_INSTANCES\"")]
    [InlineData("new LaunchType(\"MANAGED_INSTANCES\")")]
    public Task Run_task_with_the_launch_type_is_reported(string launchType) => Rule.Analyzer(ManagedInstances.Run(
        "await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = \"gpu\", {|#0:LaunchType = " + launchType + "|}, NetworkConfiguration = network });"),
        Verify.Diagnostic("ECSA7004").WithLocation(0));

    [Fact]
    public Task Create_service_with_the_launch_type_is_reported() => Rule.Analyzer(ManagedInstances.Run("""
        var request = new CreateServiceRequest { ServiceName = "api", TaskDefinition = "gpu", NetworkConfiguration = network };
        {|#0:request.LaunchType = LaunchType.MANAGED_INSTANCES|};
        await ecs.CreateServiceAsync(request);
        """),
        Verify.Diagnostic("ECSA7004").WithLocation(0));

    [Theory]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"mi-provider\" }]")]
    [InlineData("LaunchType = LaunchType.EC2")]
    [InlineData("LaunchType = LaunchType.FARGATE")]
    [InlineData("LaunchType = provider")]
    [InlineData("TaskDefinition = \"MANAGED_INSTANCES\"")]
    public Task A_capacity_provider_other_launch_types_and_unknowns_are_not_reported(string members) => Rule.Analyzer(ManagedInstances.Run(
        "await ecs.RunTaskAsync(new RunTaskRequest { " + members + ", NetworkConfiguration = network });"));

    [Fact]
    public Task A_launch_type_from_a_parameter_or_a_field_is_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            private LaunchType _launchType = LaunchType.MANAGED_INSTANCES;

            void Run(IAmazonECS ecs, LaunchType launchType)
            {
                ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "gpu", LaunchType = launchType });
                ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "gpu", LaunchType = _launchType });
            }
        }
        """);

    [Fact]
    public Task One_option_of_a_conditional_is_reported() => Rule.Analyzer(ManagedInstances.Run(
        "await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = \"gpu\", LaunchType = flag ? {|#0:\"MANAGED_INSTANCES\"|} : \"EC2\", NetworkConfiguration = network });"),
        Verify.Diagnostic("ECSA7004").WithLocation(0));

    [Fact]
    public Task A_request_from_a_factory_is_reported_once_in_the_factory() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            static RunTaskRequest Job(string family) => new RunTaskRequest { TaskDefinition = family, {|#0:LaunchType = LaunchType.MANAGED_INSTANCES|} };

            void Run(IAmazonECS ecs) => ecs.RunTaskAsync(Job("gpu"));
        }
        """,
        Verify.Diagnostic("ECSA7004").WithLocation(0));
}

public class NeuronDeviceTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA7005");

    private static string Container(string name, string requirement) =>
        "new ContainerDefinition { Name = \"" + name + "\", Memory = 1024, ResourceRequirements = [" + requirement + "] }";

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("\"2\"")]
    [InlineData("\"all-devices\"")]
    public Task A_value_other_than_ALL_is_reported(string value) => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [\"MANAGED_INSTANCES\"], ContainerDefinitions = [" + Container("a", "new ResourceRequirement { Type = ResourceType.NeuronDevice, {|#0:Value = " + value + "|} }") + "],"),
        Verify.Diagnostic("ECSA7005").WithLocation(0).WithArguments("The NeuronDevice value is '" + value.Trim('"') + "', not ALL"));

    [Theory]
    [InlineData("\"ALL\"")]
    [InlineData("\"all\"")]
    [InlineData("value")]
    public Task ALL_and_unknown_values_are_not_reported(string value) => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [\"MANAGED_INSTANCES\"], ContainerDefinitions = [" + Container("a", "new ResourceRequirement { Type = \"NeuronDevice\", Value = " + value + " }") + "],"));

    [Fact]
    public Task A_second_container_with_neuron_devices_is_reported() => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [\"MANAGED_INSTANCES\"], ContainerDefinitions = ["
        + Container("a", "new ResourceRequirement { Type = ResourceType.NeuronDevice, Value = \"ALL\" }") + ", "
        + Container("b", "{|#0:new ResourceRequirement|} { Type = ResourceType.NeuronDevice, Value = \"ALL\" }") + "],"),
        Verify.Diagnostic("ECSA7005").WithLocation(0).WithArguments("Container 'b' is not the only container with NeuronDevice resources"));

    [Fact]
    public Task One_container_listed_twice_is_one_container() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs)
            {
                var a = new ContainerDefinition { Name = "a", Memory = 512, ResourceRequirements = [new ResourceRequirement { Type = ResourceType.NeuronDevice, Value = "ALL" }, new ResourceRequirement { Type = ResourceType.GPU, Value = "1" }] };
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "n", RequiresCompatibilities = ["MANAGED_INSTANCES"], ContainerDefinitions = [a, a] });
            }
        }
        """);

    [Theory]
    [InlineData("[\"EC2\"]")]
    [InlineData("[Compatibility.EC2, Compatibility.EXTERNAL]")]
    public Task A_task_definition_listing_other_compatibilities_is_reported(string compatibilities) => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = " + compatibilities + ", ContainerDefinitions = [" + Container("a", "{|#0:new ResourceRequirement|} { Type = ResourceType.NeuronDevice, Value = \"ALL\" }") + "],"),
        Verify.Diagnostic("ECSA7005").WithLocation(0).WithArguments("The task definition 'gpu' does not list MANAGED_INSTANCES in RequiresCompatibilities"));

    [Theory]
    [InlineData("null")]
    [InlineData("[value]")]
    [InlineData("[\"EC2\", \"MANAGED_INSTANCES\"]")]
    public Task Unset_unknown_or_managed_instances_lists_are_not_reported(string compatibilities) => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = " + compatibilities + ", ContainerDefinitions = [" + Container("a", "new ResourceRequirement { Type = ResourceType.NeuronDevice, Value = \"ALL\" }") + "],"));

    [Fact]
    public Task On_fargate_ECSA1004_reports_it() => Verify.Rules("ECSA7005", "ECSA1004").Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = [\"FARGATE\"], NetworkMode = NetworkMode.Awsvpc, Cpu = \"256\", Memory = \"512\", ContainerDefinitions = ["
        + Container("a", "{|#0:new ResourceRequirement|} { Type = ResourceType.NeuronDevice, Value = \"ALL\" }") + "],"),
        Verify.Diagnostic("ECSA1004").WithLocation(0).WithArguments("NeuronDevice resource requirements (Amazon ECS Managed Instances only)"));
}

public class ManagedInstancesExecutionRoleTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA7006");

    private const string Logs = "LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awslogs, Options = new Dictionary<string, string> { [\"awslogs-group\"] = \"g\", [\"awslogs-region\"] = \"us-east-1\" } }";

    [Theory]
    [InlineData("Image = \"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1\"", "on Managed Instances, container 'a' pulls a private Amazon ECR image, which uses the execution role")]
    [InlineData(Logs, "on Managed Instances, container 'a' sends logs with the awslogs driver, which uses the execution role")]
    public Task Ecr_images_and_awslogs_need_the_role(string setting, string reason) => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|}
            {
                Family = "gpu", RequiresCompatibilities = ["MANAGED_INSTANCES"], NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = [new ContainerDefinition { Name = "a", Memory = 512, SETTING }],
            });
        }
        """.Replace("SETTING", setting),
        Verify.Diagnostic("ECSA7006").WithLocation(0).WithArguments("'gpu'", reason));

    [Theory]
    [InlineData("Image = \"public.ecr.aws/nginx/nginx:stable\"", "")]
    [InlineData("Image = \"nginx\"", "")]
    [InlineData("Image = \"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1\"", "ExecutionRoleArn = \"arn:aws:iam::123456789012:role/exec\",")]
    [InlineData("Image = \"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1\"", "ExecutionRoleArn = value,")]
    [InlineData("LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Fluentd }", "")]
    public Task Public_images_other_drivers_and_a_role_are_not_reported(string setting, string role) => Rule.Analyzer(ManagedInstances.Register(
        role + "RequiresCompatibilities = [\"MANAGED_INSTANCES\"], ContainerDefinitions = [new ContainerDefinition { Name = \"a\", Memory = 512, " + setting + " }],"));

    [Theory]
    [InlineData("[\"EC2\"]")]
    [InlineData("null")]
    public Task Without_managed_instances_it_is_not_reported(string compatibilities) => Rule.Analyzer(ManagedInstances.Register(
        "RequiresCompatibilities = " + compatibilities + ", ContainerDefinitions = [new ContainerDefinition { Name = \"a\", Memory = 512, Image = \"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1\" }],"));

    [Fact]
    public Task With_fargate_too_ECSA3002_reports_it_once() => Verify.Rules("ECSA7006", "ECSA3002").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|}
            {
                Family = "gpu", RequiresCompatibilities = ["FARGATE", "MANAGED_INSTANCES"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
                ContainerDefinitions = [new ContainerDefinition { Name = "a", Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1" }],
            });
        }
        """,
        Verify.Diagnostic("ECSA3002").WithLocation(0).WithArguments("'gpu'", "on Fargate, container 'a' pulls a private Amazon ECR image, which uses the execution role"));

    [Fact]
    public Task A_request_a_helper_may_complete_is_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs)
            {
                var request = new RegisterTaskDefinitionRequest
                {
                    Family = "gpu", RequiresCompatibilities = ["MANAGED_INSTANCES"],
                    ContainerDefinitions = [new ContainerDefinition { Name = "a", Memory = 512, Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1" }],
                };
                Roles.Apply(request);
                ecs.RegisterTaskDefinitionAsync(request);
            }
        }

        static class Roles
        {
            public static void Apply(RegisterTaskDefinitionRequest r) => r.ExecutionRoleArn = "arn:aws:iam::123456789012:role/exec";
        }
        """);

    [Fact]
    public Task Fix_all_across_two_documents() => FixAll.TwoDocuments<SettingFixer>(
        "ECSA7006",
        "Family = \"f\", RequiresCompatibilities = [\"MANAGED_INSTANCES\"], ContainerDefinitions = [new ContainerDefinition { Name = \"a\", Memory = 512, Image = \"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1\" }]",
        "Family = \"f\", RequiresCompatibilities = [\"MANAGED_INSTANCES\"], ContainerDefinitions = [new ContainerDefinition { Name = \"a\", Memory = 512, Image = \"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1\" }], ExecutionRoleArn = \"arn:aws:iam::<account-id>:role/<execution-role>\"",
        key: "ECSA7006_Add",
        markCreation: true);
}
