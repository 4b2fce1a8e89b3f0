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

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        ECSA1001_FargateRequiresAwsvpc,
        ECSA2001_S3BucketAsVolume,
        ECSA3001_MissingTaskRole);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string messageFormat, string description) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
}
