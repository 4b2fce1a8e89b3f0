namespace EcsAnalyzers;

/// <summary>
/// Rule IDs: ECSA + four digits; the thousands digit is the category (see <see cref="DiagnosticCategories"/>):
/// 1xxx EcsFargate, 2xxx EcsStorage, 3xxx EcsIam, 4xxx EcsNetworking, 5xxx EcsContainers, 6xxx EcsSecurity, 9xxx EcsSdkUsage.
/// ECS1000-ECS1004, AWSSDK2000 and AWSSDK3000 belong to the analyzers AWS ships in its SDK packages: never reuse them.
/// </summary>
public static class DiagnosticIds
{
    public const string FargateRequiresAwsvpc = "ECSA1001";
    public const string S3BucketAsVolume = "ECSA2001";
    public const string MissingTaskRole = "ECSA3001";
}
