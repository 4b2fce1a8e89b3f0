namespace EcsAnalyzers;

/// <summary>Category strings, exactly as in the rule catalogue (users configure them in bulk).</summary>
public static class DiagnosticCategories
{
    public const string Fargate = "EcsFargate";
    public const string Storage = "EcsStorage";
    public const string Iam = "EcsIam";
    public const string Networking = "EcsNetworking";
    public const string Containers = "EcsContainers";
    public const string Security = "EcsSecurity";
    public const string ManagedInstances = "EcsManagedInstances";
    public const string TaskDefinitionFiles = "EcsTaskDefinitionFiles";
    public const string SdkUsage = "EcsSdkUsage";
}
