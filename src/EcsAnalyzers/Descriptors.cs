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
        messageFormat: "The task role and the execution role are the same role ('{0}'): the containers get the permissions ECS uses to pull images, write logs and read secrets; use a separate least-privilege task role",
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
        ECSA3001_MissingTaskRole,
        ECSA3002_MissingExecutionRole,
        ECSA3003_SameTaskAndExecutionRole,
        ECSA3004_InvalidRole,
        ECSA4001_HostPortMismatch,
        ECSA4002_AwsvpcUnsupportedSetting,
        ECSA4003_PortMappingsWithNoneMode,
        ECSA4004_InvalidPortMapping);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string messageFormat, string description) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
}
