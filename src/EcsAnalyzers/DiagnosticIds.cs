namespace EcsAnalyzers;

/// <summary>
/// Rule IDs: ECSA + four digits; the thousands digit is the category (see <see cref="DiagnosticCategories"/>):
/// 1xxx EcsFargate, 2xxx EcsStorage, 3xxx EcsIam, 4xxx EcsNetworking, 5xxx EcsContainers, 6xxx EcsSecurity,
/// 7xxx EcsManagedInstances, 9xxx EcsSdkUsage.
/// 1xxx EcsFargate, 2xxx EcsStorage, 3xxx EcsIam, 4xxx EcsNetworking, 5xxx EcsContainers, 6xxx EcsSecurity, 8xxx EcsTaskDefinitionFiles, 9xxx EcsSdkUsage.
/// ECS1000-ECS1004, AWSSDK2000 and AWSSDK3000 belong to the analyzers AWS ships in its SDK packages: never reuse them.
/// </summary>
public static class DiagnosticIds
{
    public const string FargateRequiresAwsvpc = "ECSA1001";
    public const string FargateTaskSizeMissing = "ECSA1002";
    public const string FargateTaskSizeInvalid = "ECSA1003";
    public const string FargateUnsupportedSetting = "ECSA1004";
    public const string FargateNetworkConfigurationMissing = "ECSA1005";
    public const string PublicIpWithEc2 = "ECSA1006";
    public const string DaemonNotSupported = "ECSA1007";
    public const string FargateIncompatibleTaskDefinition = "ECSA1008";
    public const string RetiredPlatformVersion = "ECSA1009";
    public const string LaunchTypeWithCapacityProviders = "ECSA1010";
    public const string MixedCapacityProviders = "ECSA1011";
    public const string PlatformVersionWithEc2 = "ECSA1012";
    public const string S3BucketAsVolume = "ECSA2001";
    public const string UnknownVolume = "ECSA2002";
    public const string EfsTransitEncryptionRequired = "ECSA2003";
    public const string AccessPointRootDirectory = "ECSA2004";
    public const string EfsIamWithoutTaskRole = "ECSA2005";
    public const string VolumeKinds = "ECSA2006";
    public const string S3FuseDockerVolume = "ECSA2007";
    public const string S3FilesWithoutTaskRole = "ECSA2008";
    public const string MissingTaskRole = "ECSA3001";
    public const string MissingExecutionRole = "ECSA3002";
    public const string SameTaskAndExecutionRole = "ECSA3003";
    public const string InvalidRole = "ECSA3004";
    public const string HostPortMismatch = "ECSA4001";
    public const string AwsvpcUnsupportedSetting = "ECSA4002";
    public const string PortMappingsWithNoneMode = "ECSA4003";
    public const string InvalidPortMapping = "ECSA4004";
    public const string LoadBalancerContainerMismatch = "ECSA4006";
    public const string DuplicateContainerName = "ECSA5001";
    public const string NoEssentialContainer = "ECSA5002";
    public const string ContainerMemoryMissing = "ECSA5003";
    public const string MemoryReservationAboveLimit = "ECSA5004";
    public const string ContainersExceedTask = "ECSA5005";
    public const string InvalidName = "ECSA5006";
    public const string TooManyContainers = "ECSA5007";
    public const string HealthCheck = "ECSA5008";
    public const string NearMissValue = "ECSA5009";
    public const string AwslogsOptions = "ECSA5010";
    public const string DuplicateEnvironmentVariable = "ECSA5011";
    public const string EssentialDependency = "ECSA5012";
    public const string UnknownDependency = "ECSA5013";
    public const string UnnamedContainerOverride = "ECSA5014";
    public const string UnknownOverrideContainer = "ECSA5015";
    public const string ManagedInstancesBridgeMode = "ECSA7001";
    public const string ManagedInstancesUnsupportedSetting = "ECSA7002";
    public const string ManagedInstancesWindows = "ECSA7003";
    public const string ManagedInstancesLaunchType = "ECSA7004";
    public const string NeuronDevice = "ECSA7005";
    public const string ManagedInstancesExecutionRole = "ECSA7006";
    public const string PrivilegedContainer = "ECSA6001";
    public const string SecretInEnvironment = "ECSA6002";
    public const string EfsWithoutTransitEncryption = "ECSA6003";
    public const string WritableRootFilesystem = "ECSA6004";
    public const string HostNamespace = "ECSA6005";
    public const string RootUser = "ECSA6006";
    public const string NoLogConfiguration = "ECSA6007";
    public const string DangerousCapability = "ECSA6008";
    public const string NoMemoryLimit = "ECSA6009";
    public const string PublicIp = "ECSA6010";
    public const string NullCollection = "ECSA9001";
    public const string IncompleteRevisionCopy = "ECSA9002";
    public const string MalformedJson = "ECSA8001";
    public const string UnknownKey = "ECSA8002";
    public const string WrongType = "ECSA8003";
}
