using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EcsAnalyzers.Tests.Meta;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>
/// Every rule × every way real code builds and sends a request (issue 10): one finding request and its correct twin per
/// rule, each written inline and then moved into a request factory (with and without an argument), a factory read
/// through a local, an async factory, a container-list factory, a local function, a get-only property and a wrapper
/// around the client. Each shape must report exactly what the inline form reports, the twin nothing at all; and where
/// the reader must not look (a virtual or interface factory, a Task-returning factory that is not async, recursion, a
/// factory that reads a mutable field) the caller reports nothing.
/// Both SDK surfaces.
/// </summary>
public class ShapeMatrixTests
{
    private const string Usings = "using System.Collections.Generic;\nusing Amazon.ECS;\nusing Amazon.ECS.Model;\nusing Task = System.Threading.Tasks.Task;\n\n";

    private const string Role = "arn:aws:iam::123456789012:role/";

    // A Fargate task definition every rule accepts. Markers: /*R*/ the end of the request's initializer, /*C*/ the end
    // of the container's; CONTAINERS is the container list (moved into a factory by one shape).
    private const string TaskDefinition = """
        new RegisterTaskDefinitionRequest
        {
            Family = "web",
            TaskRoleArn = "arn:aws:iam::123456789012:role/web-task",
            ExecutionRoleArn = "arn:aws:iam::123456789012:role/web-exec",
            RequiresCompatibilities = ["FARGATE"],
            NetworkMode = NetworkMode.Awsvpc,
            Cpu = "256",
            Memory = "512",
            ContainerDefinitions = CONTAINERS,/*R*/
        }
        """;

    private const string Containers = """new List<ContainerDefinition> { new ContainerDefinition { Name = "app", Image = "nginx", Essential = true/*L*/, PortMappings = [new PortMapping { ContainerPort = 80, HostPort = 80 }]/*C*/ } }""";

    // Every container logs (ECSA6007 stays silent on the twins) unless a case writes its own (logs: false).
    private const string Logs = """, LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awslogs, Options = new Dictionary<string, string> { ["awslogs-group"] = "/ecs/web", ["awslogs-region"] = "us-east-1", ["awslogs-stream-prefix"] = "web" } }""";

    private const string RunTask = """
        new RunTaskRequest
        {
            Cluster = "prod",
            TaskDefinition = "web:3",
            LaunchType = LaunchType.FARGATE,
            NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-0abc"], AssignPublicIp = AssignPublicIp.DISABLED } },/*R*/
        }
        """;

    private const string CreateService = """
        new CreateServiceRequest
        {
            Cluster = "prod",
            ServiceName = "web",
            TaskDefinition = "web:3",
            DesiredCount = 2,
            LaunchType = LaunchType.FARGATE,
            NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-0abc"], AssignPublicIp = AssignPublicIp.DISABLED } },/*R*/
        }
        """;

    // An update of the service to Fargate: what it leaves out the service keeps.
    private const string UpdateService = """
        new UpdateServiceRequest
        {
            Cluster = "prod",
            Service = "web",
            TaskDefinition = "web:3",
            CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE", Weight = 1 }],
            NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-0abc"], AssignPublicIp = AssignPublicIp.DISABLED } },/*R*/
        }
        """;

    public sealed record Case(string Id, string Kind, string Bad, string Good, bool V4Only = false)
    {
        public override string ToString() => Id;
    }

    private static string Td(string request = "", string container = "", bool logs = true, params (string From, string To)[] edits)
    {
        var text = TaskDefinition.Replace("CONTAINERS", Containers, StringComparison.Ordinal);
        foreach (var (from, to) in edits)
        {
            if (!text.Contains(from, StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{from}' is not in the task definition template");
            }

            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text.Replace("/*R*/", request, StringComparison.Ordinal).Replace("/*C*/", container, StringComparison.Ordinal)
            .Replace("/*L*/", logs ? Logs : "", StringComparison.Ordinal);
    }

    private static string Launch(string template, string request = "", params (string From, string To)[] edits)
    {
        var text = template;
        foreach (var (from, to) in edits)
        {
            if (!text.Contains(from, StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{from}' is not in the launch template");
            }

            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text.Replace("/*R*/", request, StringComparison.Ordinal);
    }

    // A Managed Instances task definition every rule accepts.
    private static string Mi() => Td(edits: ("[\"FARGATE\"]", "[\"MANAGED_INSTANCES\"]"));

    private static Case T(string id, string bad, string? good = null) => new(id, "RegisterTaskDefinition", bad, good ?? Td());

    private static Case R(string id, string bad, string? good = null) => new(id, "RunTask", bad, good ?? Launch(RunTask));

    private static Case S(string id, string bad, string? good = null) => new(id, "CreateService", bad, good ?? Launch(CreateService));

    private static Case U(string id, string bad, string? good = null) => new(id, "UpdateService", bad, good ?? Launch(UpdateService));

    private const string Efs = "Volumes = [new Volume { Name = \"data\", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = \"fs-0123456789abcdef0\"";

    // S3 Files volumes exist only in the newest v4 builds.
    private const string S3Files = "Volumes = [new Volume { Name = \"data\", S3filesVolumeConfiguration = new S3FilesVolumeConfiguration { FileSystemArn = \"arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0\" } }],";

    public static readonly Case[] Cases =
    [
        T("ECSA1001", Td(edits: ("NetworkMode.Awsvpc", "NetworkMode.Bridge"))),
        T("ECSA1002", Td(edits: ("Cpu = \"256\",", ""))),
        T("ECSA1003", Td(edits: ("Memory = \"512\"", "Memory = \"8192\""))),
        T("ECSA1004", Td(container: ", Privileged = true")),
        R("ECSA1005", Launch(RunTask, edits: ("NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = [\"subnet-0abc\"], AssignPublicIp = AssignPublicIp.DISABLED } },", ""))),
        R("ECSA1006", Launch(RunTask, edits: [("LaunchType.FARGATE", "LaunchType.EC2"), ("AssignPublicIp.DISABLED", "AssignPublicIp.ENABLED")]), Launch(RunTask, edits: ("LaunchType.FARGATE", "LaunchType.EC2"))),
        S("ECSA1007", Launch(CreateService, "SchedulingStrategy = SchedulingStrategy.DAEMON,"), Launch(CreateService, "SchedulingStrategy = SchedulingStrategy.REPLICA,")),
        R("ECSA1009", Launch(RunTask, "PlatformVersion = \"1.3.0\","), Launch(RunTask, "PlatformVersion = \"1.4.0\",")),
        S("ECSA1010", Launch(CreateService, "CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE_SPOT\", Weight = 1 }],")),
        T("ECSA2001", Td("Volumes = [new Volume { Name = \"data\", Host = new HostVolumeProperties { SourcePath = \"s3://acme-reports\" } }],"),
            Td(Efs + ", TransitEncryption = EFSTransitEncryption.ENABLED } }],")),
        T("ECSA2002", Td(Efs + ", TransitEncryption = EFSTransitEncryption.ENABLED } }],", ", MountPoints = [new MountPoint { SourceVolume = \"date\", ContainerPath = \"/data\" }]"),
            Td(Efs + ", TransitEncryption = EFSTransitEncryption.ENABLED } }],", ", MountPoints = [new MountPoint { SourceVolume = \"data\", ContainerPath = \"/data\" }]")),
        T("ECSA2003", Td(Efs + ", AuthorizationConfig = new EFSAuthorizationConfig { Iam = EFSAuthorizationConfigIAM.ENABLED } } }],"),
            Td(Efs + ", TransitEncryption = EFSTransitEncryption.ENABLED, AuthorizationConfig = new EFSAuthorizationConfig { Iam = EFSAuthorizationConfigIAM.ENABLED } } }],")),
        T("ECSA2004", Td(Efs + ", TransitEncryption = EFSTransitEncryption.ENABLED, RootDirectory = \"/data\", AuthorizationConfig = new EFSAuthorizationConfig { AccessPointId = \"fsap-0123456789abcdef0\" } } }],"),
            Td(Efs + ", TransitEncryption = EFSTransitEncryption.ENABLED, AuthorizationConfig = new EFSAuthorizationConfig { AccessPointId = \"fsap-0123456789abcdef0\" } } }],")),
        T("ECSA2005", Td(Efs + ", TransitEncryption = EFSTransitEncryption.ENABLED, AuthorizationConfig = new EFSAuthorizationConfig { Iam = EFSAuthorizationConfigIAM.ENABLED } } }],", edits: ("TaskRoleArn = \"arn:aws:iam::123456789012:role/web-task\",", "")),
            Td(Efs + ", TransitEncryption = EFSTransitEncryption.ENABLED, AuthorizationConfig = new EFSAuthorizationConfig { Iam = EFSAuthorizationConfigIAM.ENABLED } } }],")),
        T("ECSA2006", Td(Efs + ", TransitEncryption = EFSTransitEncryption.ENABLED }, Host = new HostVolumeProperties { SourcePath = \"/mnt/data\" } }],"),
            Td(Efs + ", TransitEncryption = EFSTransitEncryption.ENABLED } }],")),
        T("ECSA2007", Td("Volumes = [new Volume { Name = \"data\", DockerVolumeConfiguration = new DockerVolumeConfiguration { Driver = \"rexray/s3fs\", Scope = Scope.Shared, Autoprovision = true } }],", edits: [("[\"FARGATE\"]", "[\"EC2\"]"), ("NetworkMode.Awsvpc", "NetworkMode.Bridge")]),
            Td("Volumes = [new Volume { Name = \"data\", DockerVolumeConfiguration = new DockerVolumeConfiguration { Driver = \"local\", Scope = Scope.Shared, Autoprovision = true } }],", edits: [("[\"FARGATE\"]", "[\"EC2\"]"), ("NetworkMode.Awsvpc", "NetworkMode.Bridge")])),
        T("ECSA2008", Td(S3Files, edits: ("TaskRoleArn = \"arn:aws:iam::123456789012:role/web-task\",", "")), Td(S3Files)) with { V4Only = true },
        T("ECSA3001", Td(edits: ("TaskRoleArn = \"arn:aws:iam::123456789012:role/web-task\",", ""))),
        T("ECSA3002", Td(container: ", Secrets = [new Secret { Name = \"DB_PASSWORD\", ValueFrom = \"arn:aws:secretsmanager:us-east-1:123456789012:secret:db\" }]", edits: ("ExecutionRoleArn = \"arn:aws:iam::123456789012:role/web-exec\",", "")),
            Td(container: ", Secrets = [new Secret { Name = \"DB_PASSWORD\", ValueFrom = \"arn:aws:secretsmanager:us-east-1:123456789012:secret:db\" }]")),
        T("ECSA3003", Td(edits: ("role/web-exec", "role/web-task"))),
        T("ECSA3004", Td(edits: ("\"arn:aws:iam::123456789012:role/web-task\"", "\"arn:aws:iam::123456789012:user/web-task\""))),
        T("ECSA4001", Td(edits: ("HostPort = 80", "HostPort = 8080"))),
        T("ECSA4002", Td(container: ", Hostname = \"app\"")),
        T("ECSA4003", Td(edits: [("NetworkMode.Awsvpc", "NetworkMode.None"), ("[\"FARGATE\"]", "[\"EC2\"]")]),
            Td(edits: [("NetworkMode.Awsvpc", "NetworkMode.None"), ("[\"FARGATE\"]", "[\"EC2\"]"), (", PortMappings = [new PortMapping { ContainerPort = 80, HostPort = 80 }]", "")])),
        T("ECSA4004", Td(edits: [("ContainerPort = 80, HostPort = 80", "ContainerPort = 70000")]), Td(edits: [("ContainerPort = 80, HostPort = 80", "ContainerPort = 8080")])),
        T("ECSA5001", Td(edits: ("new ContainerDefinition { Name = \"app\", Image = \"nginx\", Essential = true/*L*/, PortMappings = [new PortMapping { ContainerPort = 80, HostPort = 80 }]/*C*/ }", "new ContainerDefinition { Name = \"app\", Image = \"nginx\", Essential = true/*L*/, PortMappings = [new PortMapping { ContainerPort = 80, HostPort = 80 }]/*C*/ }, new ContainerDefinition { Name = \"app\", Image = \"envoy\", Essential = false/*L*/ }")),
            Td(edits: ("new ContainerDefinition { Name = \"app\", Image = \"nginx\", Essential = true/*L*/, PortMappings = [new PortMapping { ContainerPort = 80, HostPort = 80 }]/*C*/ }", "new ContainerDefinition { Name = \"app\", Image = \"nginx\", Essential = true/*L*/, PortMappings = [new PortMapping { ContainerPort = 80, HostPort = 80 }]/*C*/ }, new ContainerDefinition { Name = \"proxy\", Image = \"envoy\", Essential = false/*L*/ }"))),
        T("ECSA5002", Td(edits: ("Essential = true", "Essential = false"))),
        T("ECSA5003", Td(edits: [("Memory = \"512\",", ""), ("Cpu = \"256\",", ""), ("[\"FARGATE\"]", "[\"EC2\"]")]),
            Td(container: ", Memory = 512", edits: [("Memory = \"512\",", ""), ("Cpu = \"256\",", ""), ("[\"FARGATE\"]", "[\"EC2\"]")])),
        T("ECSA5004", Td(container: ", Memory = 256, MemoryReservation = 384"), Td(container: ", Memory = 384, MemoryReservation = 256")),
        T("ECSA5005", Td(container: ", Memory = 1024"), Td(container: ", Memory = 512")),
        T("ECSA5006", Td(edits: ("Family = \"web\"", "Family = \"web app\""))),
        T("ECSA5007", Td(edits: ("/*C*/ }", "/*C*/ }" + string.Concat(Enumerable.Range(1, 10).Select(i => $", new ContainerDefinition {{ Name = \"side{i}\", Image = \"busybox\", Essential = false/*L*/ }}"))))),
        T("ECSA5008", Td(container: ", HealthCheck = new HealthCheck { Command = [\"CMD-SHELL, curl -f http://localhost/ || exit 1\"] }"),
            Td(container: ", HealthCheck = new HealthCheck { Command = [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"] }")),
        T("ECSA5009", Td(edits: ("NetworkMode.Awsvpc", "\"aws-vpc\""))),
        T("ECSA5010", Td(logs: false, container: ", LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awslogs, Options = new Dictionary<string, string> { [\"awslogs-group\"] = \"/ecs/web\", [\"awslogs-region\"] = \"us-east-1\" } }"),
            Td(logs: false, container: ", LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awslogs, Options = new Dictionary<string, string> { [\"awslogs-group\"] = \"/ecs/web\", [\"awslogs-region\"] = \"us-east-1\", [\"awslogs-stream-prefix\"] = \"web\" } }")),
        T("ECSA5011", Td(container: ", Environment = [new Amazon.ECS.Model.KeyValuePair { Name = \"MODE\", Value = \"a\" }, new Amazon.ECS.Model.KeyValuePair { Name = \"MODE\", Value = \"b\" }]"),
            Td(container: ", Environment = [new Amazon.ECS.Model.KeyValuePair { Name = \"MODE\", Value = \"a\" }, new Amazon.ECS.Model.KeyValuePair { Name = \"LEVEL\", Value = \"b\" }]")),
        T("ECSA5012", Td(edits: ("/*C*/ }", "/*C*/ }, new ContainerDefinition { Name = \"migrate\", Image = \"busybox\", Essential = true/*L*/, DependsOn = [new ContainerDependency { ContainerName = \"app\", Condition = ContainerCondition.SUCCESS }] }")),
            Td(edits: ("/*C*/ }", "/*C*/ }, new ContainerDefinition { Name = \"migrate\", Image = \"busybox\", Essential = true/*L*/, DependsOn = [new ContainerDependency { ContainerName = \"app\", Condition = ContainerCondition.START }] }"))),
        T("ECSA5013", Td(container: ", DependsOn = [new ContainerDependency { ContainerName = \"db\", Condition = ContainerCondition.START }]"),
            Td(edits: ("/*C*/ }", ", DependsOn = [new ContainerDependency { ContainerName = \"db\", Condition = ContainerCondition.START }] }, new ContainerDefinition { Name = \"db\", Image = \"postgres\", Essential = false/*L*/ }"))),
        T("ECSA6001", Td(container: ", Privileged = true", edits: ("[\"FARGATE\"]", "[\"EC2\"]")), Td(edits: ("[\"FARGATE\"]", "[\"EC2\"]"))),
        T("ECSA6002", Td(container: ", Environment = [new Amazon.ECS.Model.KeyValuePair { Name = \"DB_PASSWORD\", Value = \"hunter2-prod\" }]"),
            Td(container: ", Environment = [new Amazon.ECS.Model.KeyValuePair { Name = \"PASSWORD_FILE\", Value = \"/run/secrets/db\" }]")),
        T("ECSA6003", Td(Efs + " } }],"), Td(Efs + ", TransitEncryption = EFSTransitEncryption.ENABLED } }],")),
        T("ECSA6005", Td("IpcMode = IpcMode.Host,", edits: ("[\"FARGATE\"]", "[\"EC2\"]")), Td("IpcMode = IpcMode.Task,", edits: ("[\"FARGATE\"]", "[\"EC2\"]"))),
        T("ECSA6006", Td(container: ", User = \"root\""), Td(container: ", User = \"1000:1000\"")),
        T("ECSA6007", Td(logs: false)),
        T("ECSA6008", Td(container: ", LinuxParameters = new LinuxParameters { Capabilities = new KernelCapabilities { Add = [\"SYS_ADMIN\"] } }", edits: ("[\"FARGATE\"]", "[\"EC2\"]")),
            Td(container: ", LinuxParameters = new LinuxParameters { Capabilities = new KernelCapabilities { Add = [\"NET_BIND_SERVICE\"] } }", edits: ("[\"FARGATE\"]", "[\"EC2\"]"))),
        R("ECSA6010", Launch(RunTask, edits: ("AssignPublicIp.DISABLED", "AssignPublicIp.ENABLED"))),
        T("ECSA7001", Td(edits: [("[\"FARGATE\"]", "[\"MANAGED_INSTANCES\"]"), ("NetworkMode.Awsvpc", "NetworkMode.Bridge")]), Mi()),
        T("ECSA7002", Td("EphemeralStorage = new EphemeralStorage { SizeInGiB = 30 },", edits: ("[\"FARGATE\"]", "[\"MANAGED_INSTANCES\"]")), Mi()),
        T("ECSA7003", Td("RuntimePlatform = new RuntimePlatform { OperatingSystemFamily = OSFamily.WINDOWS_SERVER_2022_CORE },", edits: ("[\"FARGATE\"]", "[\"MANAGED_INSTANCES\"]")),
            Td("RuntimePlatform = new RuntimePlatform { OperatingSystemFamily = OSFamily.LINUX },", edits: ("[\"FARGATE\"]", "[\"MANAGED_INSTANCES\"]"))),
        R("ECSA7004", Launch(RunTask, edits: ("LaunchType = LaunchType.FARGATE,", "LaunchType = \"MANAGED_INSTANCES\",")),
            Launch(RunTask, "CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"mi-provider\", Weight = 1 }],", edits: ("LaunchType = LaunchType.FARGATE,", ""))),
        T("ECSA7005", Td(container: ", ResourceRequirements = [new ResourceRequirement { Type = \"NeuronDevice\", Value = \"2\" }]", edits: ("[\"FARGATE\"]", "[\"MANAGED_INSTANCES\"]")),
            Td(container: ", ResourceRequirements = [new ResourceRequirement { Type = \"NeuronDevice\", Value = \"ALL\" }]", edits: ("[\"FARGATE\"]", "[\"MANAGED_INSTANCES\"]"))),
        T("ECSA7006", Td(edits: [("[\"FARGATE\"]", "[\"MANAGED_INSTANCES\"]"), ("ExecutionRoleArn = \"arn:aws:iam::123456789012:role/web-exec\",", ""), ("Image = \"nginx\"", "Image = \"123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1\"")]),
            Td(edits: [("[\"FARGATE\"]", "[\"MANAGED_INSTANCES\"]"), ("Image = \"nginx\"", "Image = \"123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1\"")])),
        R("ECSA1011", Launch(RunTask, "CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE\", Weight = 1 }, new CapacityProviderStrategyItem { CapacityProvider = \"web-asg\", Weight = 1 }],", edits: ("LaunchType = LaunchType.FARGATE,", "")),
            Launch(RunTask, "CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE\", Weight = 1 }, new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE_SPOT\", Weight = 1 }],", edits: ("LaunchType = LaunchType.FARGATE,", ""))),
        R("ECSA1012", Launch(RunTask, "PlatformVersion = \"LATEST\",", edits: ("LaunchType.FARGATE", "LaunchType.EC2")), Launch(RunTask, edits: ("LaunchType.FARGATE", "LaunchType.EC2"))),
        R("ECSA5014", Launch(RunTask, "Overrides = new TaskOverride { ContainerOverrides = [new ContainerOverride { Command = [\"migrate\"] }] },"),
            Launch(RunTask, "Overrides = new TaskOverride { ContainerOverrides = [new ContainerOverride { Name = \"app\", Command = [\"migrate\"] }] },")),
        R("ECSA1003", Launch(RunTask, "Overrides = new TaskOverride { Cpu = \"256\", Memory = \"4096\" },"), Launch(RunTask, "Overrides = new TaskOverride { Cpu = \"1024\", Memory = \"4096\" },")),
        R("ECSA3003", Launch(RunTask, "Overrides = new TaskOverride { TaskRoleArn = \"" + Role + "web-task\", ExecutionRoleArn = \"" + Role + "web-task\" },"),
            Launch(RunTask, "Overrides = new TaskOverride { TaskRoleArn = \"" + Role + "web-task\", ExecutionRoleArn = \"" + Role + "web-exec\" },")),
        U("ECSA1005", Launch(UpdateService, edits: ("Subnets = [\"subnet-0abc\"]", "Subnets = []"))),
        U("ECSA1009", Launch(UpdateService, "PlatformVersion = \"1.3.0\","), Launch(UpdateService, "PlatformVersion = \"LATEST\",")),
        U("ECSA1011", Launch(UpdateService, edits: ("CapacityProvider = \"FARGATE\", Weight = 1 }", "CapacityProvider = \"FARGATE\", Weight = 1 }, new CapacityProviderStrategyItem { CapacityProvider = \"web-asg\", Weight = 1 }"))),
        U("ECSA6010", Launch(UpdateService, edits: ("AssignPublicIp.DISABLED", "AssignPublicIp.ENABLED"))),
    ];

    public static IEnumerable<object[]> CaseData() =>
        from c in Cases
        from sdk in SdkReferences.Both
        where sdk == SdkVersion.V4 || !c.V4Only
        select new object[] { c, sdk };

    // Not one request's content: a launch request with the registration it launches in the same method (LinkedLaunchTests),
    // rules off by default (SecurityRulesTests), a collection used before it is assigned (NullCollectionTests), mistakes
    // only a task-definition JSON file can have (TaskDefinitionFileTests), an override naming a container of the linked
    // registration (OverrideAndUpdateTests), a request compared with the described TaskDefinition it copies and reported
    // only where it is created, never through helpers (CopiedRevisionTests).
    private static readonly string[] NotSingleRequestRules = ["ECSA1008", "ECSA4006", "ECSA5015", "ECSA6004", "ECSA6009", "ECSA9001", "ECSA9002", "ECSA8001", "ECSA8002", "ECSA8003"];

    [Fact]
    public void Every_rule_of_the_readme_has_a_case()
    {
        var documented = Descriptors.All.Select(d => d.Id).Where(id => System.IO.File.ReadAllText(System.IO.Path.Combine(SdkReferences.RepoRoot, "README.md")).Contains($"| [{id}]", StringComparison.Ordinal));
        var missing = documented.Except(Cases.Select(c => c.Id)).Except(NotSingleRequestRules).ToList();
        Assert.True(missing.Count == 0, "no shape-matrix case for " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(CaseData))]
    public async Task Every_shape_reports_what_the_inline_request_reports(Case rule, SdkVersion sdk)
    {
        var inline = await CountAsync(rule, rule.Bad, "Inline", sdk);
        Assert.True(inline.InRun > 0, $"{rule.Id}: the inline finding request reports nothing (the case is wrong)");
        var failures = new List<string>();
        foreach (var shape in Shapes(rule.Kind).Where(s => s.Name != "Inline"))
        {
            if (shape.Applies is { } applies && !applies(rule.Bad))
            {
                continue;
            }

            var found = await CountAsync(rule, rule.Bad, shape.Name, sdk);
            if (found.Total != inline.Total)
            {
                failures.Add($"{shape.Name}: {found.Total} (inline {inline.Total})\n{found.Source}");
            }
        }

        Assert.True(failures.Count == 0, $"{rule.Id} on {sdk}:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(CaseData))]
    public async Task The_correct_twin_is_silent_in_every_shape(Case rule, SdkVersion sdk)
    {
        var failures = new List<string>();
        foreach (var shape in Shapes(rule.Kind))
        {
            if (shape.Applies is { } applies && !applies(rule.Good))
            {
                continue;
            }

            var source = Usings + shape.Build(rule.Good, Client(rule.Kind));
            var (diagnostics, exceptions) = await EcsSources.AnalyzeAsync(EcsSources.Compile(source, sdk));
            Assert.Empty(exceptions);
            if (diagnostics.Length > 0)
            {
                failures.Add($"{shape.Name}: {string.Join(", ", diagnostics.Select(d => d.Id + " " + d.GetMessage()))}\n{source}");
            }
        }

        Assert.True(failures.Count == 0, $"{rule.Id} twin on {sdk}:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(CaseData))]
    public async Task Where_the_reader_must_not_look_the_caller_reports_nothing(Case rule, SdkVersion sdk)
    {
        var failures = new List<string>();
        foreach (var shape in Unreadable(rule.Kind))
        {
            var found = await CountAsync(rule, rule.Bad, shape.Name, sdk, shape);
            if (found.InRun > 0)
            {
                failures.Add($"{shape.Name}: {found.InRun} in the caller\n{found.Source}");
            }
        }

        Assert.True(failures.Count == 0, $"{rule.Id} on {sdk}:\n" + string.Join("\n", failures));
    }

    private sealed record Shape(string Name, Func<string, (string Type, string Method), string> Build, Func<string, bool>? Applies = null);

    private static (string Type, string Method) Client(string kind) => (kind + "Request", kind + "Async");

    private static IEnumerable<Shape> Shapes(string kind)
    {
        yield return new("Inline", (r, c) => $$"""
            class C
            {
                Task Run(IAmazonECS ecs) => ecs.{{c.Method}}({{r}});
            }
            """);
        yield return new("RequestFactory", (r, c) => $$"""
            class C
            {
                private static {{c.Type}} Build() => {{r}};

                Task Run(IAmazonECS ecs) => ecs.{{c.Method}}(Build());
            }
            """);
        yield return new("RequestFactoryThroughLocal", (r, c) => $$"""
            class C
            {
                private static {{c.Type}} Build()
                {
                    var request = {{r}};
                    return request;
                }

                async Task Run(IAmazonECS ecs)
                {
                    var request = Build();
                    await ecs.{{c.Method}}(request);
                }
            }
            """);
        yield return new("AsyncFactory", (r, c) => $$"""
            class C
            {
                private static async System.Threading.Tasks.Task<{{c.Type}}> BuildAsync()
                {
                    await System.Threading.Tasks.Task.Yield();
                    return {{r}};
                }

                async Task Run(IAmazonECS ecs)
                {
                    var request = await BuildAsync();
                    await ecs.{{c.Method}}(request);
                }
            }
            """);
        yield return new("LocalFunctionFactory", (r, c) => $$"""
            class C
            {
                Task Run(IAmazonECS ecs)
                {
                    return ecs.{{c.Method}}(Build());

                    static {{c.Type}} Build() => {{r}};
                }
            }
            """);
        yield return new("GetOnlyProperty", (r, c) => $$"""
            sealed class C
            {
                private {{c.Type}} Request => {{r}};

                Task Run(IAmazonECS ecs) => ecs.{{c.Method}}(Request);
            }
            """);
        yield return new("Wrapper", (r, c) => $$"""
            class C
            {
                private static Task Send(IAmazonECS client, {{c.Type}} request) => client.{{c.Method}}(request);

                async Task Run(IAmazonECS ecs)
                {
                    var request = {{r}};
                    await Send(ecs, request);
                }
            }
            """);
        yield return new("FactoryAndWrapper", (r, c) => $$"""
            class C
            {
                private static {{c.Type}} Build() => {{r}};

                private static async System.Threading.Tasks.Task<string> SendAsync(IAmazonECS client, {{c.Type}} request)
                {
                    var response = await client.{{c.Method}}(request);
                    return response.HttpStatusCode.ToString();
                }

                System.Threading.Tasks.Task<string> Run(IAmazonECS ecs) => SendAsync(ecs, Build());
            }
            """);
        if (kind == "RegisterTaskDefinition")
        {
            yield return new("FactoryWithArgument", (r, c) => $$"""
                class C
                {
                    private static {{c.Type}} Build(string family) => {{r.Replace("Family = \"web\"", "Family = family", StringComparison.Ordinal)}};

                    Task Run(IAmazonECS ecs) => ecs.{{c.Method}}(Build("web"));
                }
                """);
            yield return new("ContainerListFactory", (r, c) => $$"""
                class C
                {
                    private static List<ContainerDefinition> Containers() => {{ContainerList(r)}};

                    Task Run(IAmazonECS ecs) => ecs.{{c.Method}}({{r.Replace(ContainerList(r), "Containers()", StringComparison.Ordinal)}});
                }
                """, r => ContainerList(r).Length > 0);
        }
    }

    // Shapes the reader must treat as unknown: the caller (Run) reports nothing, whatever the factory holds.
    private static IEnumerable<Shape> Unreadable(string kind)
    {
        yield return new("VirtualFactory", (r, c) => $$"""
            class C
            {
                protected virtual {{c.Type}} Build() => {{r}};

                Task Run(IAmazonECS ecs) => ecs.{{c.Method}}(Build());
            }
            """);
        yield return new("InterfaceFactory", (r, c) => $$"""
            interface IFactory
            {
                {{c.Type}} Build();
            }

            sealed class Factory : IFactory
            {
                public {{c.Type}} Build() => {{r}};
            }

            class C
            {
                Task Run(IAmazonECS ecs, IFactory factory) => ecs.{{c.Method}}(factory.Build());
            }
            """);
        yield return new("TaskReturningFactoryNotAsync", (r, c) => $$"""
            class C
            {
                private static System.Threading.Tasks.Task<{{c.Type}}> BuildAsync() => System.Threading.Tasks.Task.FromResult({{r}});

                async Task Run(IAmazonECS ecs) => await ecs.{{c.Method}}(await BuildAsync());
            }
            """);
        yield return new("RecursiveFactory", (r, c) => $$"""
            class C
            {
                private static {{c.Type}} Build(int depth) => depth > 0 ? Build(depth - 1) : {{r}};

                Task Run(IAmazonECS ecs) => ecs.{{c.Method}}(Build(2));
            }
            """);
        yield return new("FactoryReadingAMutableField", (r, c) => $$"""
            class C
            {
                private static int _built;

                private static {{c.Type}} Build()
                {
                    _built++;
                    return {{r}};
                }

                Task Run(IAmazonECS ecs) => _built > 100 ? Task.CompletedTask : ecs.{{c.Method}}(Build());
            }
            """);
    }

    // The container list of a task definition request (the text after "ContainerDefinitions = " up to its closing brace).
    private static string ContainerList(string request)
    {
        const string Start = "ContainerDefinitions = new List<ContainerDefinition> {";
        var start = request.IndexOf(Start, StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        start += "ContainerDefinitions = ".Length;
        var depth = 0;
        for (var i = start; i < request.Length; i++)
        {
            depth += request[i] switch { '{' or '[' => 1, '}' or ']' => -1, _ => 0 };
            if (depth == 0 && request[i] == '}')
            {
                return request[start..(i + 1)];
            }
        }

        return "";
    }

    private static async Task<(int Total, int InRun, string Source)> CountAsync(Case rule, string request, string shapeName, SdkVersion sdk, Shape? shape = null)
    {
        shape ??= Shapes(rule.Kind).Single(s => s.Name == shapeName);
        var source = Usings + shape.Build(request, Client(rule.Kind));
        var compilation = EcsSources.Compile(source, sdk);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{rule.Id} {shapeName} does not compile: {string.Join("; ", errors)}\n{source}");
        var (diagnostics, exceptions) = await EcsSources.AnalyzeAsync(compilation);
        Assert.Empty(exceptions);
        var tree = compilation.SyntaxTrees.Single();
        var run = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Run").Span;
        var ofRule = diagnostics.Where(d => d.Id == rule.Id).ToList();
        return (ofRule.Count, ofRule.Count(d => run.Contains(d.Location.SourceSpan)), source);
    }
}
