using System.Collections.Generic;

namespace EcsAnalyzers.Json;

/// <summary>
/// The SDK model types a task-definition JSON file can hold (those reachable from <c>RegisterTaskDefinitionRequest</c> and
/// <c>TaskDefinition</c>), each with its properties and their SDK types, as <c>api.json</c> describes them (a test keeps this
/// table equal to it). A JSON key is the service model's member name: the property's name with a lower-case first letter.
/// </summary>
internal static partial class ServiceShapes
{
    public static readonly Dictionary<string, string[]> PropertiesByType = new()
    {
        ["ContainerDefinition"] = new[] { "Command:List<string>", "Cpu:int?", "CredentialSpecs:List<string>", "DependsOn:List<ContainerDependency>", "DisableNetworking:bool?", "DnsSearchDomains:List<string>", "DnsServers:List<string>", "DockerLabels:Dictionary<string, string>", "DockerSecurityOptions:List<string>", "EntryPoint:List<string>", "Environment:List<KeyValuePair>", "EnvironmentFiles:List<EnvironmentFile>", "Essential:bool?", "ExtraHosts:List<HostEntry>", "FirelensConfiguration:FirelensConfiguration", "HealthCheck:HealthCheck", "Hostname:string", "Image:string", "Interactive:bool?", "Links:List<string>", "LinuxParameters:LinuxParameters", "LogConfiguration:LogConfiguration", "Memory:int?", "MemoryReservation:int?", "MountPoints:List<MountPoint>", "Name:string", "PortMappings:List<PortMapping>", "Privileged:bool?", "PseudoTerminal:bool?", "ReadonlyRootFilesystem:bool?", "RepositoryCredentials:RepositoryCredentials", "ResourceRequirements:List<ResourceRequirement>", "RestartPolicy:ContainerRestartPolicy", "Secrets:List<Secret>", "StartTimeout:int?", "StopTimeout:int?", "SystemControls:List<SystemControl>", "Ulimits:List<Ulimit>", "User:string", "VersionConsistency:VersionConsistency", "VolumesFrom:List<VolumeFrom>", "WorkingDirectory:string" },
        ["ContainerDependency"] = new[] { "Condition:ContainerCondition", "ContainerName:string" },
        ["ContainerRestartPolicy"] = new[] { "Enabled:bool?", "IgnoredExitCodes:List<int>", "RestartAttemptPeriod:int?" },
        ["Device"] = new[] { "ContainerPath:string", "HostPath:string", "Permissions:List<string>" },
        ["DockerVolumeConfiguration"] = new[] { "Autoprovision:bool?", "Driver:string", "DriverOpts:Dictionary<string, string>", "Labels:Dictionary<string, string>", "Scope:Scope" },
        ["EFSAuthorizationConfig"] = new[] { "AccessPointId:string", "Iam:EFSAuthorizationConfigIAM" },
        ["EFSVolumeConfiguration"] = new[] { "AuthorizationConfig:EFSAuthorizationConfig", "FileSystemId:string", "RootDirectory:string", "TransitEncryption:EFSTransitEncryption", "TransitEncryptionPort:int?" },
        ["EnvironmentFile"] = new[] { "Type:EnvironmentFileType", "Value:string" },
        ["EphemeralStorage"] = new[] { "SizeInGiB:int?" },
        ["FSxWindowsFileServerAuthorizationConfig"] = new[] { "CredentialsParameter:string", "Domain:string" },
        ["FSxWindowsFileServerVolumeConfiguration"] = new[] { "AuthorizationConfig:FSxWindowsFileServerAuthorizationConfig", "FileSystemId:string", "RootDirectory:string" },
        ["FirelensConfiguration"] = new[] { "Options:Dictionary<string, string>", "Type:FirelensConfigurationType" },
        ["HealthCheck"] = new[] { "Command:List<string>", "Interval:int?", "Retries:int?", "StartPeriod:int?", "Timeout:int?" },
        ["HostEntry"] = new[] { "Hostname:string", "IpAddress:string" },
        ["HostVolumeProperties"] = new[] { "SourcePath:string" },
        ["InferenceAccelerator"] = new[] { "DeviceName:string", "DeviceType:string" },
        ["KernelCapabilities"] = new[] { "Add:List<string>", "Drop:List<string>" },
        ["KeyValuePair"] = new[] { "Name:string", "Value:string" },
        ["LinuxParameters"] = new[] { "Capabilities:KernelCapabilities", "Devices:List<Device>", "InitProcessEnabled:bool?", "MaxSwap:int?", "SharedMemorySize:int?", "Swappiness:int?", "Tmpfs:List<Tmpfs>" },
        ["LogConfiguration"] = new[] { "LogDriver:LogDriver", "Options:Dictionary<string, string>", "SecretOptions:List<Secret>" },
        ["MountPoint"] = new[] { "ContainerPath:string", "ReadOnly:bool?", "SourceVolume:string" },
        ["PortMapping"] = new[] { "AppProtocol:ApplicationProtocol", "ContainerPort:int?", "ContainerPortRange:string", "HostPort:int?", "Name:string", "Protocol:TransportProtocol" },
        ["ProxyConfiguration"] = new[] { "ContainerName:string", "Properties:List<KeyValuePair>", "Type:ProxyConfigurationType" },
        ["RegisterTaskDefinitionRequest"] = new[] { "ContainerDefinitions:List<ContainerDefinition>", "Cpu:string", "EnableFaultInjection:bool?", "EphemeralStorage:EphemeralStorage", "ExecutionRoleArn:string", "Family:string", "InferenceAccelerators:List<InferenceAccelerator>", "IpcMode:IpcMode", "Memory:string", "NetworkMode:NetworkMode", "PidMode:PidMode", "PlacementConstraints:List<TaskDefinitionPlacementConstraint>", "ProxyConfiguration:ProxyConfiguration", "RequiresCompatibilities:List<string>", "RuntimePlatform:RuntimePlatform", "Tags:List<Tag>", "TaskRoleArn:string", "Volumes:List<Volume>" },
        ["RepositoryCredentials"] = new[] { "CredentialsParameter:string" },
        ["ResourceRequirement"] = new[] { "Type:ResourceType", "Value:string" },
        ["RuntimePlatform"] = new[] { "CpuArchitecture:CPUArchitecture", "OperatingSystemFamily:OSFamily" },
        ["S3FilesVolumeConfiguration"] = new[] { "AccessPointArn:string", "FileSystemArn:string", "RootDirectory:string", "TransitEncryptionPort:int?" },
        ["Secret"] = new[] { "Name:string", "ValueFrom:string" },
        ["SystemControl"] = new[] { "Namespace:string", "Value:string" },
        ["Tag"] = new[] { "Key:string", "Value:string" },
        ["TaskDefinition"] = new[] { "Compatibilities:List<string>", "ContainerDefinitions:List<ContainerDefinition>", "Cpu:string", "DeregisteredAt:DateTime?", "EnableFaultInjection:bool?", "EphemeralStorage:EphemeralStorage", "ExecutionRoleArn:string", "Family:string", "InferenceAccelerators:List<InferenceAccelerator>", "IpcMode:IpcMode", "Memory:string", "NetworkMode:NetworkMode", "PidMode:PidMode", "PlacementConstraints:List<TaskDefinitionPlacementConstraint>", "ProxyConfiguration:ProxyConfiguration", "RegisteredAt:DateTime?", "RegisteredBy:string", "RequiresAttributes:List<Amazon.ECS.Model.Attribute>", "RequiresCompatibilities:List<string>", "Revision:int?", "RuntimePlatform:RuntimePlatform", "Status:TaskDefinitionStatus", "TaskDefinitionArn:string", "TaskRoleArn:string", "Volumes:List<Volume>" },
        ["TaskDefinitionPlacementConstraint"] = new[] { "Expression:string", "Type:TaskDefinitionPlacementConstraintType" },
        ["Tmpfs"] = new[] { "ContainerPath:string", "MountOptions:List<string>", "Size:int?" },
        ["Ulimit"] = new[] { "HardLimit:int?", "Name:UlimitName", "SoftLimit:int?" },
        ["Volume"] = new[] { "ConfiguredAtLaunch:bool?", "DockerVolumeConfiguration:DockerVolumeConfiguration", "EfsVolumeConfiguration:EFSVolumeConfiguration", "FsxWindowsFileServerVolumeConfiguration:FSxWindowsFileServerVolumeConfiguration", "Host:HostVolumeProperties", "Name:string", "S3filesVolumeConfiguration:S3FilesVolumeConfiguration" },
        ["VolumeFrom"] = new[] { "ReadOnly:bool?", "SourceContainer:string" },
    };
}
