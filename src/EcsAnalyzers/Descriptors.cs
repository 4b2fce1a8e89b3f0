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
        description: "Fargate rejects task definitions with privileged containers, Docker or host-path or FSx volumes, devices, shared memory size, added capabilities other than SYS_PTRACE, ipcMode, pidMode other than task, DNS and extra-host settings, Docker security options, disabled networking, GPUs, NeuronDevice resources (Managed Instances only), inference accelerators, placement constraints, log drivers other than awslogs/splunk/awsfirelens, a stop timeout over 120 seconds, a start timeout outside 2-120 seconds, and ephemeral storage outside 21-200 GiB.");

    public static readonly DiagnosticDescriptor ECSA1005_FargateNetworkConfigurationMissing = Create(
        DiagnosticIds.FargateNetworkConfigurationMissing,
        DiagnosticCategories.Fargate,
        DiagnosticSeverity.Error,
        title: "Fargate tasks and services need an awsvpc network configuration with subnets",
        messageFormat: "{0} needs NetworkConfiguration.AwsvpcConfiguration with at least one subnet, but {1} (ECS answers: Network Configuration must be provided when networkMode 'awsvpc' is specified)",
        description: "Every Fargate task runs in awsvpc mode and gets its own network interface, so RunTask and CreateService on Fargate must say which subnets to use. So must a request on any launch type or capacity provider that runs an awsvpc task definition registered in the same method.");

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

    public static readonly DiagnosticDescriptor ECSA1008_FargateIncompatibleTaskDefinition = Create(
        DiagnosticIds.FargateIncompatibleTaskDefinition,
        DiagnosticCategories.Fargate,
        DiagnosticSeverity.Error,
        title: "Task definition launched on Fargate cannot run there",
        messageFormat: "Task definition does not support launch_type FARGATE: the task definition {0} registered in this method {1}",
        description: "ECS derives a task definition's compatibilities from its content. Running on Fargate a task definition without the awsvpc network mode, without a Fargate task size, or with a setting Fargate does not support fails at RunTask or CreateService.");

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

    public static readonly DiagnosticDescriptor ECSA1011_MixedCapacityProviders = Create(
        DiagnosticIds.MixedCapacityProviders,
        DiagnosticCategories.Fargate,
        DiagnosticSeverity.Error,
        title: "Capacity provider strategy mixes Fargate and other providers",
        messageFormat: "A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers, but '{0}' follows '{1}'; use one provider type",
        description: "A capacity provider strategy holds one provider type: FARGATE and FARGATE_SPOT together, or Auto Scaling group providers, or one Managed Instances provider.");

    public static readonly DiagnosticDescriptor ECSA1012_PlatformVersionWithEc2 = Create(
        DiagnosticIds.PlatformVersionWithEc2,
        DiagnosticCategories.Fargate,
        DiagnosticSeverity.Error,
        title: "Platform version with the EC2 launch type",
        messageFormat: "The platform version must be null when specifying an EC2 launch type; remove PlatformVersion '{0}'",
        description: "A platform version is a Fargate setting. RunTask and CreateService with the EC2 launch type reject one.");

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

    public static readonly DiagnosticDescriptor ECSA4006_LoadBalancerContainerMismatch = Create(
        DiagnosticIds.LoadBalancerContainerMismatch,
        DiagnosticCategories.Networking,
        DiagnosticSeverity.Error,
        title: "Load balancer names a container or port the task definition does not have",
        messageFormat: "{0} (task definition {1}, registered in this method; {2})",
        description: "A service's load balancer routes to one container port of the task definition: ContainerName must be a container of it and ContainerPort one of that container's port mappings.");

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

    public static readonly DiagnosticDescriptor ECSA5014_UnnamedContainerOverride = Create(
        DiagnosticIds.UnnamedContainerOverride,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Error,
        title: "Container override without a container name",
        messageFormat: "This container override {0}: ECS answers \"name cannot be blank.\"; set Name to the container it changes",
        description: "A RunTask container override changes one container of the task definition, named by its Name. RunTask rejects an override that sets anything (a command, environment, cpu, memory, ...) without a name. An empty override is accepted.");

    public static readonly DiagnosticDescriptor ECSA5015_UnknownOverrideContainer = Create(
        DiagnosticIds.UnknownOverrideContainer,
        DiagnosticCategories.Containers,
        DiagnosticSeverity.Error,
        title: "Container override names a container the task definition does not have",
        messageFormat: "Override for container named {0} is not a container in the TaskDefinition (task definition {1}, registered in this method; its containers are {2})",
        description: "A RunTask container override must name a container of the task definition the task runs. Checked when the request provably runs the task definition registered in the same method and every container name of it is known.");

    public static readonly DiagnosticDescriptor ECSA7001_ManagedInstancesBridgeMode = Create(
        DiagnosticIds.ManagedInstancesBridgeMode,
        DiagnosticCategories.ManagedInstances,
        DiagnosticSeverity.Error,
        title: "Managed Instances task definitions cannot use the bridge network mode",
        messageFormat: "Amazon ECS Managed Instances supports the network modes awsvpc and host, not bridge; set NetworkMode = NetworkMode.Awsvpc",
        description: "A task definition that lists MANAGED_INSTANCES in RequiresCompatibilities runs with the awsvpc or host network mode; bridge is documented as unsupported.");

    public static readonly DiagnosticDescriptor ECSA7002_ManagedInstancesUnsupportedSetting = Create(
        DiagnosticIds.ManagedInstancesUnsupportedSetting,
        DiagnosticCategories.ManagedInstances,
        DiagnosticSeverity.Warning,
        title: "Setting not supported on Managed Instances",
        messageFormat: "Amazon ECS Managed Instances does not support {0} (documented as unsupported)",
        description: "AWS documents these task definition parameters as not valid on Amazon ECS Managed Instances: disableNetworking, dnsSearchDomains, dnsServers, dockerSecurityOptions, Docker volumes, ephemeralStorage, extraHosts, FSx for Windows File Server volumes, hostname, inference accelerators, ipcMode, links, maxSwap, proxyConfiguration, sharedMemorySize and swappiness.");

    public static readonly DiagnosticDescriptor ECSA7003_ManagedInstancesWindows = Create(
        DiagnosticIds.ManagedInstancesWindows,
        DiagnosticCategories.ManagedInstances,
        DiagnosticSeverity.Error,
        title: "Managed Instances runs Linux only",
        messageFormat: "Amazon ECS Managed Instances runs Linux tasks only, but the operating system family is '{0}' (documented: the valid value for this field is LINUX)",
        description: "A task definition that lists MANAGED_INSTANCES cannot use a Windows operating system family.");

    public static readonly DiagnosticDescriptor ECSA7004_ManagedInstancesLaunchType = Create(
        DiagnosticIds.ManagedInstancesLaunchType,
        DiagnosticCategories.ManagedInstances,
        DiagnosticSeverity.Warning,
        title: "Managed Instances are launched through a capacity provider strategy",
        messageFormat: "To run on Amazon ECS Managed Instances, you must use the capacityProviderStrategy request parameter and omit the launchType request parameter; name the Managed Instances capacity provider instead of LaunchType = MANAGED_INSTANCES",
        description: "The service model says RunTask and CreateService on Managed Instances take a capacity provider strategy with the Managed Instances capacity provider, not the MANAGED_INSTANCES launch type.");

    public static readonly DiagnosticDescriptor ECSA7005_NeuronDevice = Create(
        DiagnosticIds.NeuronDevice,
        DiagnosticCategories.ManagedInstances,
        DiagnosticSeverity.Error,
        title: "Invalid NeuronDevice resource requirement",
        messageFormat: "{0}. Service model: When the type is NeuronDevice, the value must be ALL. Only one container in a task can specify NeuronDevice resources. This resource type is only supported on Managed Instances.",
        description: "A NeuronDevice resource requirement gives one container every AWS Neuron device of the instance: its value is ALL, one container per task may have it, and only Managed Instances task definitions support it.");

    public static readonly DiagnosticDescriptor ECSA7006_ManagedInstancesExecutionRole = Create(
        DiagnosticIds.ManagedInstancesExecutionRole,
        DiagnosticCategories.ManagedInstances,
        DiagnosticSeverity.Warning,
        title: "Managed Instances task definition without the execution role it needs",
        messageFormat: "Task definition {0} has no execution role, but {1}; add ExecutionRoleArn",
        description: "On Amazon ECS Managed Instances, as on Fargate, ECS pulls private Amazon ECR images and sends awslogs logs with the task execution role.");

    public static readonly DiagnosticDescriptor ECSA6001_PrivilegedContainer = Create(
        DiagnosticIds.PrivilegedContainer,
        DiagnosticCategories.Security,
        DiagnosticSeverity.Warning,
        title: "Privileged container",
        messageFormat: "Container {0} runs privileged: it gets root on the host (every device, every capability); remove Privileged = true",
        description: "A privileged container can take over the container instance. Add only the Linux capabilities or devices the container needs (Security Hub ECS.4).");

    public static readonly DiagnosticDescriptor ECSA6002_SecretInEnvironment = Create(
        DiagnosticIds.SecretInEnvironment,
        DiagnosticCategories.Security,
        DiagnosticSeverity.Warning,
        title: "Secret in a plain environment variable",
        messageFormat: "Environment variable '{0}' of container {1} holds {2} in plain text; reference it from Secrets Manager or Parameter Store through Secrets",
        description: "Plain environment variables are stored in the task definition and shown by DescribeTaskDefinition and the console. Secrets are fetched at task start with the execution role (Security Hub ECS.8).");

    public static readonly DiagnosticDescriptor ECSA6003_EfsWithoutTransitEncryption = Create(
        DiagnosticIds.EfsWithoutTransitEncryption,
        DiagnosticCategories.Security,
        DiagnosticSeverity.Info,
        title: "EFS volume without transit encryption",
        messageFormat: "EFS volume {0} is mounted without transit encryption; set TransitEncryption = EFSTransitEncryption.ENABLED",
        description: "Without transit encryption, file data travels between the task and EFS in clear text (checkov CKV_AWS_97).");

    public static readonly DiagnosticDescriptor ECSA6004_WritableRootFilesystem = Create(
        DiagnosticIds.WritableRootFilesystem,
        DiagnosticCategories.Security,
        DiagnosticSeverity.Warning,
        title: "Writable root file system",
        messageFormat: "Container {0} has a writable root file system; set ReadonlyRootFilesystem = true and mount volumes where it writes",
        description: "A read-only root file system keeps an attacker from changing the container's binaries and configuration (Security Hub ECS.5). Disabled by default; on in EcsAnalyzersMode Strict.",
        enabledByDefault: false);

    public static readonly DiagnosticDescriptor ECSA6005_HostNamespace = Create(
        DiagnosticIds.HostNamespace,
        DiagnosticCategories.Security,
        DiagnosticSeverity.Warning,
        title: "Task shares a host namespace",
        messageFormat: "{0} = host shares the host's {1} namespace with the containers",
        description: "With the host network, process or IPC namespace, containers see and can reach the host's network interfaces, processes or shared memory (Security Hub ECS.3, ECS.17).");

    public static readonly DiagnosticDescriptor ECSA6006_RootUser = Create(
        DiagnosticIds.RootUser,
        DiagnosticCategories.Security,
        DiagnosticSeverity.Info,
        title: "Container runs as root",
        messageFormat: "Container {0} runs as root (User = \"{1}\"); run it as an unprivileged user",
        description: "A process that runs as root in the container is root on the host if it escapes (Security Hub ECS.20).");

    public static readonly DiagnosticDescriptor ECSA6007_NoLogConfiguration = Create(
        DiagnosticIds.NoLogConfiguration,
        DiagnosticCategories.Security,
        DiagnosticSeverity.Info,
        title: "Container without a log configuration",
        messageFormat: "Container {0} has no log configuration: its output is not kept anywhere you can read it after the task stops",
        description: "Without a LogConfiguration, a container's logs stay on the instance (EC2) or are lost (Fargate) (Security Hub ECS.9).");

    public static readonly DiagnosticDescriptor ECSA6008_DangerousCapability = Create(
        DiagnosticIds.DangerousCapability,
        DiagnosticCategories.Security,
        DiagnosticSeverity.Warning,
        title: "Dangerous Linux capability added",
        messageFormat: "Container {0} adds the Linux capability '{1}', which lets it escape or control the host",
        description: "Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_MODULE or ALL give a container most of root's power over the host kernel.");

    public static readonly DiagnosticDescriptor ECSA6009_NoMemoryLimit = Create(
        DiagnosticIds.NoMemoryLimit,
        DiagnosticCategories.Security,
        DiagnosticSeverity.Warning,
        title: "Container without a memory hard limit",
        messageFormat: "Container {0} has no memory hard limit (Memory): it can use all the memory of its task or instance",
        description: "A hard limit keeps one container from starving the others (AWS Config ecs-task-definition-memory-hard-limit). Disabled by default; on in EcsAnalyzersMode Strict.",
        enabledByDefault: false);

    public static readonly DiagnosticDescriptor ECSA6010_PublicIp = Create(
        DiagnosticIds.PublicIp,
        DiagnosticCategories.Security,
        DiagnosticSeverity.Info,
        title: "Task gets a public IP address",
        messageFormat: "AssignPublicIp = ENABLED gives {0} a public IP address; use private subnets (with a NAT gateway or VPC endpoints) and AssignPublicIp = DISABLED",
        description: "A task with a public IP address can be reached from the internet wherever its security groups allow (Security Hub ECS.2, ECS.16; checkov CKV_AWS_333).");

    public static readonly DiagnosticDescriptor ECSA9001_NullCollection = Create(
        DiagnosticIds.NullCollection,
        DiagnosticCategories.SdkUsage,
        DiagnosticSeverity.Warning,
        title: "Model collection used before it is assigned (null in AWSSDK v4)",
        messageFormat: "{0}.{1} is null here: in AWSSDK v4 model collections start null, so this {2} throws NullReferenceException; initialize {1} first",
        description: "AWSSDK.ECS v4 no longer creates a model object's lists and dictionaries: until the property is assigned (or AWSConfigs.InitializeCollections is set to true), using it throws.");

    public static readonly DiagnosticDescriptor ECSA9002_IncompleteRevisionCopy = Create(
        DiagnosticIds.IncompleteRevisionCopy,
        DiagnosticCategories.SdkUsage,
        DiagnosticSeverity.Warning,
        title: "New revision copied from a task definition leaves settings behind",
        messageFormat: "The new revision copies {0} settings from '{1}' but leaves {2} behind: the registered revision silently loses {3}",
        description: "A RegisterTaskDefinitionRequest built from a described TaskDefinition registers only what it copies: every shared setting it leaves out (volumes, placement constraints, runtime platform, compatibilities) is missing from the new revision, with no error.");

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
        ECSA1008_FargateIncompatibleTaskDefinition,
        ECSA1009_RetiredPlatformVersion,
        ECSA1010_LaunchTypeWithCapacityProviders,
        ECSA1011_MixedCapacityProviders,
        ECSA1012_PlatformVersionWithEc2,
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
        ECSA4006_LoadBalancerContainerMismatch,
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
        ECSA5014_UnnamedContainerOverride,
        ECSA5015_UnknownOverrideContainer,
        ECSA7001_ManagedInstancesBridgeMode,
        ECSA7002_ManagedInstancesUnsupportedSetting,
        ECSA7003_ManagedInstancesWindows,
        ECSA7004_ManagedInstancesLaunchType,
        ECSA7005_NeuronDevice,
        ECSA7006_ManagedInstancesExecutionRole,
        ECSA6001_PrivilegedContainer,
        ECSA6002_SecretInEnvironment,
        ECSA6003_EfsWithoutTransitEncryption,
        ECSA6004_WritableRootFilesystem,
        ECSA6005_HostNamespace,
        ECSA6006_RootUser,
        ECSA6007_NoLogConfiguration,
        ECSA6008_DangerousCapability,
        ECSA6009_NoMemoryLimit,
        ECSA6010_PublicIp,
        ECSA9001_NullCollection,
        ECSA9002_IncompleteRevisionCopy,
        ECSA8001_MalformedJson,
        ECSA8002_UnknownKey,
        ECSA8003_WrongType);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    /// <summary>The severity as users see it: the default severity, or "Disabled" for a rule that is off by default (README, docs, release tracking).</summary>
    public static string SeverityDisplay(DiagnosticDescriptor descriptor) => descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string messageFormat, string description, bool enabledByDefault = true) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: enabledByDefault, description: description, helpLinkUri: HelpLink(id));
}
