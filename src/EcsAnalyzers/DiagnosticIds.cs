namespace EcsAnalyzers;

/// <summary>
/// Rule IDs: ECSA + four digits; the thousands digit is the category (see <see cref="DiagnosticCategories"/>):
/// 1xxx EcsFargate, 2xxx EcsStorage, 3xxx EcsIam, 4xxx EcsNetworking, 5xxx EcsContainers, 6xxx EcsSecurity, 9xxx EcsSdkUsage.
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
    public const string RetiredPlatformVersion = "ECSA1009";
    public const string LaunchTypeWithCapacityProviders = "ECSA1010";
    public const string S3BucketAsVolume = "ECSA2001";
    public const string MissingTaskRole = "ECSA3001";
    public const string MissingExecutionRole = "ECSA3002";
    public const string SameTaskAndExecutionRole = "ECSA3003";
    public const string InvalidRole = "ECSA3004";
    public const string HostPortMismatch = "ECSA4001";
    public const string AwsvpcUnsupportedSetting = "ECSA4002";
    public const string PortMappingsWithNoneMode = "ECSA4003";
    public const string InvalidPortMapping = "ECSA4004";
}
