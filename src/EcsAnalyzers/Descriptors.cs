using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers;

/// <summary>Every diagnostic this package reports, in one place.</summary>
public static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/ecs-analyzers/EcsAnalyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor ECSA1001_FargateRequiresAwsvpc = Create(
        DiagnosticIds.FargateRequiresAwsvpc,
        DiagnosticCategories.Fargate,
        DiagnosticSeverity.Error,
        title: "Fargate task definitions must use the awsvpc network mode",
        messageFormat: "Fargate only supports network mode 'awsvpc', but this task definition uses {0}; set NetworkMode = NetworkMode.Awsvpc",
        description: "A task definition that requires FARGATE is rejected by RegisterTaskDefinition unless its network mode is awsvpc. An omitted network mode defaults to bridge.");

    public static readonly DiagnosticDescriptor ECSA1002_FargateTaskSizeMissing = Create(
        DiagnosticIds.FargateTaskSizeMissing,
        DiagnosticCategories.Fargate,
        DiagnosticSeverity.Error,
        title: "Fargate task definitions need task-level cpu and memory",
        messageFormat: "Fargate requires that {0} be defined at the task level; the smallest Fargate size that fits the containers is Cpu = \"{1}\", Memory = \"{2}\"",
        description: "RegisterTaskDefinition rejects a Fargate task definition without task-level Cpu and Memory (an empty string counts as missing). Container-level settings do not replace them.");

    public static readonly DiagnosticDescriptor ECSA1003_FargateTaskSizeInvalid = Create(
        DiagnosticIds.FargateTaskSizeInvalid,
        DiagnosticCategories.Fargate,
        DiagnosticSeverity.Error,
        title: "Fargate task cpu and memory must be a supported combination",
        messageFormat: "No Fargate configuration exists for {0}; {1}",
        description: "Fargate runs fixed task sizes: cpu 256 (memory 512-2048), 512 (1024-4096), 1024 (2048-8192), 2048 (4096-16384), 4096 (8192-30720) in 1 GB steps, 8192 (16-60 GB in 4 GB steps) and 16384 (32-120 GB in 8 GB steps); Windows only cpu 1024, 2048 and 4096.");

    public static readonly DiagnosticDescriptor ECSA1004_FargateUnsupportedSetting = Create(
        DiagnosticIds.FargateUnsupportedSetting,
        DiagnosticCategories.Fargate,
        DiagnosticSeverity.Error,
        title: "Setting not supported on Fargate",
        messageFormat: "Fargate does not support {0}",
        description: "Fargate rejects task definitions with privileged containers, Docker or host-path or FSx volumes, devices, shared memory size, added capabilities other than SYS_PTRACE, ipcMode, pidMode other than task, DNS and extra-host settings, Docker security options, disabled networking, GPUs, inference accelerators, placement constraints, log drivers other than awslogs/splunk/awsfirelens, a stop timeout over 120 seconds, and ephemeral storage outside 21-200 GiB.");

    public static readonly DiagnosticDescriptor ECSA1005_FargateNetworkConfigurationMissing = Create(
        DiagnosticIds.FargateNetworkConfigurationMissing,
        DiagnosticCategories.Fargate,
        DiagnosticSeverity.Error,
        title: "Fargate tasks and services need an awsvpc network configuration with subnets",
        messageFormat: "{0} on Fargate needs NetworkConfiguration.AwsvpcConfiguration with at least one subnet, but {1} (ECS answers: Network Configuration must be provided when networkMode 'awsvpc' is specified)",
        description: "Every Fargate task runs in awsvpc mode and gets its own network interface, so RunTask and CreateService on Fargate must say which subnets to use.");

    public static readonly DiagnosticDescriptor ECSA1006_PublicIpWithEc2 = Create(
        DiagnosticIds.PublicIpWithEc2,
        DiagnosticCategories.Fargate,
        DiagnosticSeverity.Error,
        title: "Public IP assignment is not supported with the EC2 launch type",
        messageFormat: "Assign public IP is not supported for the EC2 launch type; remove AssignPublicIp (tasks on EC2 reach the internet through the subnet's route, such as a NAT gateway)",
        description: "AssignPublicIp = ENABLED is only valid for Fargate; RunTask and CreateService with the EC2 launch type reject it.");

    public static readonly DiagnosticDescriptor ECSA1007_DaemonNotSupported = Create(
        DiagnosticIds.DaemonNotSupported,
        DiagnosticCategories.Fargate,
        DiagnosticSeverity.Error,
        title: "DAEMON scheduling is not supported on Fargate or with the CODE_DEPLOY and EXTERNAL deployment controllers",
        messageFormat: "The DAEMON scheduling strategy is not supported {0}; remove it to use REPLICA (the default)",
        description: "DAEMON places one task on each container instance, which Fargate does not have; the CODE_DEPLOY and EXTERNAL deployment controllers support only REPLICA.");

    public static readonly DiagnosticDescriptor ECSA1009_RetiredPlatformVersion = Create(
        DiagnosticIds.RetiredPlatformVersion,
        DiagnosticCategories.Fargate,
        DiagnosticSeverity.Error,
        title: "Retired Fargate platform version",
        messageFormat: "Fargate Linux platform version '{0}' is retired: new tasks cannot launch on it; use \"LATEST\"",
        description: "Fargate Linux platform versions 1.3.0 and older were retired in 2026. Pin LATEST, or a current version such as 1.4.0.");

    public static readonly DiagnosticDescriptor ECSA1010_LaunchTypeWithCapacityProviders = Create(
        DiagnosticIds.LaunchTypeWithCapacityProviders,
        DiagnosticCategories.Fargate,
        DiagnosticSeverity.Error,
        title: "Launch type and capacity provider strategy on one request",
        messageFormat: "Specifying both a launch type and capacity provider strategy is not supported; remove LaunchType",
        description: "RunTask and CreateService take either a launch type or a capacity provider strategy, never both.");

    public static readonly DiagnosticDescriptor ECSA2001_S3BucketAsVolume = Create(
        DiagnosticIds.S3BucketAsVolume,
        DiagnosticCategories.Storage,
        DiagnosticSeverity.Warning,
        title: "An S3 bucket cannot be mounted as a volume",
        messageFormat: "'{0}' is an S3 bucket or object, not a file system: ECS cannot mount it as the {1}; use an Amazon EFS volume, or an Amazon S3 Files file system (S3FilesVolumeConfiguration, which needs a task role)",
        description: "Amazon S3 is object storage. A host source path, EFS or FSx file system ID that names an S3 bucket never mounts; share data across tasks with EFS or an S3 Files file system.");

    public static readonly DiagnosticDescriptor ECSA2002_UnknownVolume = Create(
        DiagnosticIds.UnknownVolume,
        DiagnosticCategories.Storage,
        DiagnosticSeverity.Error,
        title: "Mount point names a volume the task definition does not declare",
        messageFormat: "Unknown volume '{0}': {1}",
        description: "Every mount point's SourceVolume must be the name of a volume of the same task definition.");

    public static readonly DiagnosticDescriptor ECSA2003_EfsTransitEncryptionRequired = Create(
        DiagnosticIds.EfsTransitEncryptionRequired,
        DiagnosticCategories.Storage,
        DiagnosticSeverity.Error,
        title: "EFS with IAM authorization or an access point needs transit encryption",
        messageFormat: "An EFS volume with {0} needs TransitEncryption = EFSTransitEncryption.ENABLED",
        description: "EFS IAM authorization and EFS access points work only over TLS: the mount fails unless transit encryption is enabled.");

    public static readonly DiagnosticDescriptor ECSA2004_AccessPointRootDirectory = Create(
        DiagnosticIds.AccessPointRootDirectory,
        DiagnosticCategories.Storage,
        DiagnosticSeverity.Error,
        title: "Access point with a root directory",
        messageFormat: "When using an access point, the root directory must either be set to \"/\" or be omitted, but it is '{0}' (the access point sets the directory)",
        description: "An EFS or S3 Files access point defines the directory the task sees; the volume's own RootDirectory must be omitted or '/'.");

    public static readonly DiagnosticDescriptor ECSA2005_EfsIamWithoutTaskRole = Create(
        DiagnosticIds.EfsIamWithoutTaskRole,
        DiagnosticCategories.Storage,
        DiagnosticSeverity.Warning,
        title: "EFS IAM authorization without a task role",
        messageFormat: "Task definition {0} mounts EFS with IAM authorization, which uses the task role, but it has no task role (TaskRoleArn): the mount is refused at run time",
        description: "With IAM authorization, ECS mounts EFS with the task role's credentials; without a task role, tasks fail to start.");

    public static readonly DiagnosticDescriptor ECSA2006_VolumeKinds = Create(
        DiagnosticIds.VolumeKinds,
        DiagnosticCategories.Storage,
        DiagnosticSeverity.Error,
        title: "Volume with more than one kind of configuration",
        messageFormat: "This volume is already {0}; it cannot also be {1}",
        description: "A volume declares at most one of Host, DockerVolumeConfiguration, EfsVolumeConfiguration, S3 Files, FsxWindowsFileServerVolumeConfiguration and ConfiguredAtLaunch = true.");

    public static readonly DiagnosticDescriptor ECSA2007_S3FuseDockerVolume = Create(
        DiagnosticIds.S3FuseDockerVolume,
        DiagnosticCategories.Storage,
        DiagnosticSeverity.Info,
        title: "Docker volume through an S3 FUSE plugin",
        messageFormat: "This Docker volume mounts S3 through {0}: it works only where the plugin is installed and gives no POSIX semantics (no atomic renames, no locks); prefer an Amazon S3 Files or EFS volume",
        description: "S3 FUSE plugins make object storage look like a file system without file-system guarantees.");

    public static readonly DiagnosticDescriptor ECSA2008_S3FilesWithoutTaskRole = Create(
        DiagnosticIds.S3FilesWithoutTaskRole,
        DiagnosticCategories.Storage,
        DiagnosticSeverity.Error,
        title: "S3 Files volume without a task role",
        messageFormat: "Task definition {0} mounts an S3 Files volume, which requires a task role (ECS answers: S3 Files IAM authorization requires a task role)",
        description: "Amazon S3 Files volumes are mounted with the task role's credentials; RegisterTaskDefinition rejects them without TaskRoleArn.");

    public static readonly DiagnosticDescriptor ECSA3001_MissingTaskRole = Create(
        DiagnosticIds.MissingTaskRole,
        DiagnosticCategories.Iam,
        DiagnosticSeverity.Warning,
        title: "Task definition without a task role",
        messageFormat: "Task definition {0} has no task role (TaskRoleArn): its containers get no AWS credentials of their own (on EC2 they fall back to the instance profile, on Fargate they have none); set TaskRoleArn to a least-privilege role",
        description: "Give every task definition a task role scoped to what its containers call, instead of relying on the instance profile.");

    public static readonly DiagnosticDescriptor ECSA3002_MissingExecutionRole = Create(
        DiagnosticIds.MissingExecutionRole,
        DiagnosticCategories.Iam,
        DiagnosticSeverity.Error,
        title: "Execution role required",
        messageFormat: "Task definition {0} needs an execution role (ExecutionRoleArn): {1}",
        description: "ECS uses the execution role to pull private Amazon ECR images and send awslogs logs on Fargate, and on every launch type to read container secrets, private registry credentials and log secret options.");

    public static readonly DiagnosticDescriptor ECSA3003_SameTaskAndExecutionRole = Create(
        DiagnosticIds.SameTaskAndExecutionRole,
        DiagnosticCategories.Iam,
        DiagnosticSeverity.Warning,
        title: "Task role and execution role are the same role",
        messageFormat: "The task role and the execution role are the same role ({0}): the containers get the permissions ECS uses to pull images, write logs and read secrets; use a separate least-privilege task role",
        description: "The execution role is for ECS; the task role is for the code in the containers. One role for both gives the application more than it needs.");

    public static readonly DiagnosticDescriptor ECSA3004_InvalidRole = Create(
        DiagnosticIds.InvalidRole,
        DiagnosticCategories.Iam,
        DiagnosticSeverity.Error,
        title: "Role value is not an IAM role ARN or role name",
        messageFormat: "'{0}' is not an IAM role ARN or role name: {1} (ECS answers: Role is not valid)",
        description: "Role settings take an IAM role name or a role ARN (arn:<partition>:iam::<account>:role/<path/><name>), not a user, policy, assumed-role session or another service's ARN.");

    public static readonly DiagnosticDescriptor ECSA4001_HostPortMismatch = Create(
        DiagnosticIds.HostPortMismatch,
        DiagnosticCategories.Networking,
        DiagnosticSeverity.Error,
        title: "Host port must match the container port in awsvpc and host mode",
        messageFormat: "When networkMode={0}, the host ports and container ports in port mappings must match, but HostPort {1} differs from ContainerPort {2}; remove HostPort",
        description: "In awsvpc and host mode a container's port is the task's port: a host port may be omitted, 0 or equal to the container port.");

    public static readonly DiagnosticDescriptor ECSA4002_AwsvpcUnsupportedSetting = Create(
        DiagnosticIds.AwsvpcUnsupportedSetting,
        DiagnosticCategories.Networking,
        DiagnosticSeverity.Error,
        title: "Container setting not supported in awsvpc mode",
        messageFormat: "{0} is not supported on a container when networkMode=awsvpc",
        description: "In awsvpc mode containers share the task's network interface: Links, Hostname, DnsServers and ExtraHosts are rejected (containers reach each other on localhost).");

    public static readonly DiagnosticDescriptor ECSA4003_PortMappingsWithNoneMode = Create(
        DiagnosticIds.PortMappingsWithNoneMode,
        DiagnosticCategories.Networking,
        DiagnosticSeverity.Error,
        title: "Port mappings with network mode none",
        messageFormat: "Container {0} has port mappings, but a task with network mode 'none' has no network to map them to",
        description: "With network mode none a task has no external connectivity; port mappings cannot be specified.");

    public static readonly DiagnosticDescriptor ECSA4004_InvalidPortMapping = Create(
        DiagnosticIds.InvalidPortMapping,
        DiagnosticCategories.Networking,
        DiagnosticSeverity.Error,
        title: "Invalid port mapping",
        messageFormat: "Invalid port mapping: {0}",
        description: "Ports are 1-65535 (a host port of 0 asks for a dynamic port in bridge mode). In awsvpc and host mode a port and protocol can be mapped only once per task.");

    public static readonly DiagnosticDescriptor ECSA5001_DuplicateContainerName = Create(
        DiagnosticIds.DuplicateContainerName,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Error,
        title: "Two containers share a name",
        messageFormat: "Another container of this task definition is already named {0}",
        description: "Container names are unique within a task definition: links, dependencies and load balancers refer to them.");

    public static readonly DiagnosticDescriptor ECSA5002_NoEssentialContainer = Create(
        DiagnosticIds.NoEssentialContainer,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Error,
        title: "No essential container",
        messageFormat: "Task definition {0} has no essential container; mark at least one container Essential = true (an omitted Essential is true)",
        description: "All tasks must have at least one essential container.");

    public static readonly DiagnosticDescriptor ECSA5003_ContainerMemoryMissing = Create(
        DiagnosticIds.ContainerMemoryMissing,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Error,
        title: "Container without memory in a task without task memory",
        messageFormat: "Invalid setting for container {0}: at least one of 'memory' or 'memoryReservation' must be specified when the task has no task-level memory",
        description: "Without task-level memory, every container needs a hard limit (Memory) or a soft limit (MemoryReservation).");

    public static readonly DiagnosticDescriptor ECSA5004_MemoryReservationAboveLimit = Create(
        DiagnosticIds.MemoryReservationAboveLimit,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Error,
        title: "Memory reservation greater than the memory limit",
        messageFormat: "Container {0} reserves {1} MiB (MemoryReservation) but is limited to {2} MiB (Memory); the limit must be at least the reservation",
        description: "MemoryReservation is the soft limit and Memory the hard limit: the hard limit must be greater than or equal to the reservation.");

    public static readonly DiagnosticDescriptor ECSA5005_ContainersExceedTask = Create(
        DiagnosticIds.ContainersExceedTask,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Error,
        title: "Containers need more than the task has",
        messageFormat: "The containers do not fit the task: {0}",
        description: "The sum of container cpu must not exceed the task cpu, the sum of reservations (else hard limits) must not exceed the task memory, and no container's hard limit may exceed it.");

    public static readonly DiagnosticDescriptor ECSA5006_InvalidName = Create(
        DiagnosticIds.InvalidName,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Error,
        title: "Name with characters ECS does not accept",
        messageFormat: "The {0} '{1}' is not 1-255 letters, digits, hyphens and underscores",
        description: "Task definition families, container names and volume names are up to 255 letters, digits, hyphens and underscores.");

    public static readonly DiagnosticDescriptor ECSA5007_TooManyContainers = Create(
        DiagnosticIds.TooManyContainers,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Error,
        title: "More than 10 containers",
        messageFormat: "Task definition {0} has {1} containers; a task definition holds at most 10 (ECS answers: Too many containers)",
        description: "A task definition holds at most 10 container definitions (a quota that cannot be raised).");

    public static readonly DiagnosticDescriptor ECSA5008_HealthCheck = Create(
        DiagnosticIds.HealthCheck,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Warning,
        title: "Malformed container health check",
        messageFormat: "Health check: {0}",
        description: "A health check command starts with CMD (then the executable and its arguments as separate elements) or CMD-SHELL (then one shell command); interval 5-300 s, timeout 2-60 s, retries 1-10, start period 0-300 s.");

    public static readonly DiagnosticDescriptor ECSA5009_NearMissValue = Create(
        DiagnosticIds.NearMissValue,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Error,
        title: "Value that nearly matches a known value",
        messageFormat: "'{0}' is not a {1} value; did you mean {2}",
        description: "A string written where an SDK constant belongs that is close to, but not, one of its values is a typo the service rejects.");

    public static readonly DiagnosticDescriptor ECSA5010_AwslogsOptions = Create(
        DiagnosticIds.AwslogsOptions,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Warning,
        title: "awslogs driver without its required options",
        messageFormat: "Container {0} logs with awslogs without the option(s) {1}",
        description: "The awslogs driver needs awslogs-group and awslogs-region, and on Fargate awslogs-stream-prefix.");

    public static readonly DiagnosticDescriptor ECSA5011_DuplicateEnvironmentVariable = Create(
        DiagnosticIds.DuplicateEnvironmentVariable,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Warning,
        title: "Environment variable set twice",
        messageFormat: "The environment variable '{0}' is already set in container {1}; only one value reaches the container",
        description: "Two environment variables with one name in a container: one silently overrides the other.");

    public static readonly DiagnosticDescriptor ECSA5012_EssentialDependency = Create(
        DiagnosticIds.EssentialDependency,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Error,
        title: "SUCCESS or COMPLETE dependency on an essential container",
        messageFormat: "A dependency container with SUCCESS or COMPLETE condition cannot be an essential container, but '{0}' is essential ({1}); mark it Essential = false",
        description: "A container that is expected to exit (SUCCESS, COMPLETE) must not be essential: its exit would stop the task.");

    public static readonly DiagnosticDescriptor ECSA5013_UnknownDependency = Create(
        DiagnosticIds.UnknownDependency,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Error,
        title: "Dependency on a container that does not exist",
        messageFormat: "Cannot depend on container '{0}' because it does not exist; the containers are: {1}",
        description: "DependsOn names a container of the same task definition.");

    public static readonly DiagnosticDescriptor ECSA8001_MalformedJson = Create(
        DiagnosticIds.MalformedJson,
        DiagnosticCategories.TaskDefinitionFiles,
        DiagnosticSeverity.Error,
        title: "Task-definition file is not valid JSON",
        messageFormat: "The task-definition file is not valid JSON: {0}",
        description: "The AWS CLI, the GitHub deploy action and every other tool reject a task-definition file that is not valid JSON. Nothing else is reported from a file that is not valid JSON.");

    public static readonly DiagnosticDescriptor ECSA8002_UnknownKey = Create(
        DiagnosticIds.UnknownKey,
        DiagnosticCategories.TaskDefinitionFiles,
        DiagnosticSeverity.Warning,
        title: "Unknown key in a task-definition file",
        messageFormat: "'{0}' is not a member of {1}{2} (the AWS CLI answers: Unknown parameter in input; other tools drop the setting silently)",
        description: "Keys of a task-definition file are the ECS service model's member names, case-sensitive. A misspelled key is rejected by the AWS CLI and silently dropped by other tools. Read-only keys of DescribeTaskDefinition output (taskDefinitionArn, revision, status, ...) are not findings.");

    public static readonly DiagnosticDescriptor ECSA8003_WrongType = Create(
        DiagnosticIds.WrongType,
        DiagnosticCategories.TaskDefinitionFiles,
        DiagnosticSeverity.Error,
        title: "Value of the wrong JSON type in a task-definition file",
        messageFormat: "'{0}' must be {1}, but the file gives {2} (the AWS CLI answers: Invalid type for parameter)",
        description: "Each member of a task definition has one JSON type: container memory and cpu are integers, task cpu and memory are strings, lists are JSON arrays. The AWS CLI rejects any other type.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        ECSA1001_FargateRequiresAwsvpc,
        ECSA1002_FargateTaskSizeMissing,
        ECSA1003_FargateTaskSizeInvalid,
        ECSA1004_FargateUnsupportedSetting,
        ECSA1005_FargateNetworkConfigurationMissing,
        ECSA1006_PublicIpWithEc2,
        ECSA1007_DaemonNotSupported,
        ECSA1009_RetiredPlatformVersion,
        ECSA1010_LaunchTypeWithCapacityProviders,
        ECSA2001_S3BucketAsVolume,
        ECSA2002_UnknownVolume,
        ECSA2003_EfsTransitEncryptionRequired,
        ECSA2004_AccessPointRootDirectory,
        ECSA2005_EfsIamWithoutTaskRole,
        ECSA2006_VolumeKinds,
        ECSA2007_S3FuseDockerVolume,
        ECSA2008_S3FilesWithoutTaskRole,
        ECSA3001_MissingTaskRole,
        ECSA3002_MissingExecutionRole,
        ECSA3003_SameTaskAndExecutionRole,
        ECSA3004_InvalidRole,
        ECSA4001_HostPortMismatch,
        ECSA4002_AwsvpcUnsupportedSetting,
        ECSA4003_PortMappingsWithNoneMode,
        ECSA4004_InvalidPortMapping,
        ECSA5001_DuplicateContainerName,
        ECSA5002_NoEssentialContainer,
        ECSA5003_ContainerMemoryMissing,
        ECSA5004_MemoryReservationAboveLimit,
        ECSA5005_ContainersExceedTask,
        ECSA5006_InvalidName,
        ECSA5007_TooManyContainers,
        ECSA5008_HealthCheck,
        ECSA5009_NearMissValue,
        ECSA5010_AwslogsOptions,
        ECSA5011_DuplicateEnvironmentVariable,
        ECSA5012_EssentialDependency,
        ECSA5013_UnknownDependency,
        ECSA8001_MalformedJson,
        ECSA8002_UnknownKey,
        ECSA8003_WrongType);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string messageFormat, string description) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
}
