using System.Collections.Generic;
using Task = System.Threading.Tasks.Task;
using Amazon.ECS;
using Amazon.ECS.Model;

namespace EcsAnalyzers.Sample;

/// <summary>
/// A nightly reports job on EC2: a migration init container, the report writer and a log router, with shared storage on
/// EFS through an access point. <see cref="RegisterAsync"/> is correct; each <c>Draft…</c> method below is the same
/// code with one mistake in its volumes or containers, and the comment names the rule that reports it.
/// </summary>
public sealed class ReportsJob(IAmazonECS ecs)
{
    private const string TaskRole = "arn:aws:iam::123456789012:role/reports-task";
    private const string ExecutionRole = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";
    private const string Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/reports:5.1.0";

    public Task RegisterAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports",
        TaskRoleArn = TaskRole,
        ExecutionRoleArn = ExecutionRole,
        RequiresCompatibilities = [Compatibility.EC2],
        NetworkMode = NetworkMode.Bridge,
        Cpu = "1024",
        Memory = "2048",
        Volumes =
        [
            new Volume
            {
                Name = "shared",
                EfsVolumeConfiguration = new EFSVolumeConfiguration
                {
                    FileSystemId = "fs-0123456789abcdef0",
                    TransitEncryption = EFSTransitEncryption.ENABLED,
                    AuthorizationConfig = new EFSAuthorizationConfig { AccessPointId = "fsap-0123456789abcdef0", Iam = EFSAuthorizationConfigIAM.ENABLED },
                },
            },
        ],
        ContainerDefinitions =
        [
            new ContainerDefinition { Name = "migrate", Image = Image, Essential = false, Cpu = 128, MemoryReservation = 256, Command = ["migrate"] },
            new ContainerDefinition
            {
                Name = "reports",
                Image = Image,
                Cpu = 768,
                MemoryReservation = 1024,
                Memory = 1536,
                MountPoints = [new MountPoint { SourceVolume = "shared", ContainerPath = "/reports" }],
                DependsOn = [new ContainerDependency { ContainerName = "migrate", Condition = ContainerCondition.SUCCESS }],
                Environment = [new Amazon.ECS.Model.KeyValuePair { Name = "OUTPUT", Value = "/reports" }],
                HealthCheck = new HealthCheck { Command = ["CMD-SHELL", "test -f /tmp/healthy || exit 1"], Interval = 30, Timeout = 5, Retries = 3 },
                LogConfiguration = new LogConfiguration
                {
                    LogDriver = LogDriver.Awslogs,
                    Options = new Dictionary<string, string> { ["awslogs-group"] = "/ecs/reports", ["awslogs-region"] = "us-east-1" },
                },
            },
            new ContainerDefinition { Name = "log-router", Image = "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable", Essential = false, Cpu = 128, MemoryReservation = 128 },
        ],
    });

    /// <summary>ECSA2002: the mount point names "reports-data", but the volume is called "shared".</summary>
    public Task DraftWithWrongVolumeNameAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Cpu = "1024", Memory = "2048",
        Volumes = [new Volume { Name = "shared", Host = new HostVolumeProperties { SourcePath = "/mnt/reports" } }],
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image, Memory = 1024, MountPoints = [new MountPoint { SourceVolume = "reports-data", ContainerPath = "/reports" }] }],
    });

    /// <summary>ECSA2003 and ECSA2004: an access point without transit encryption, and a root directory beside it.</summary>
    public Task DraftWithAccessPointMistakesAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Cpu = "1024", Memory = "2048",
        Volumes =
        [
            new Volume
            {
                Name = "shared",
                EfsVolumeConfiguration = new EFSVolumeConfiguration
                {
                    FileSystemId = "fs-0123456789abcdef0",
                    RootDirectory = "/reports",
                    AuthorizationConfig = new EFSAuthorizationConfig { AccessPointId = "fsap-0123456789abcdef0" },
                },
            },
        ],
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image, Memory = 1024 }],
    });

    /// <summary>ECSA2005: EFS IAM authorization, but the task definition has no task role to authorize with.</summary>
    public Task DraftWithoutTaskRoleForEfsAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2],
        Volumes =
        [
            new Volume
            {
                Name = "shared",
                EfsVolumeConfiguration = new EFSVolumeConfiguration
                {
                    FileSystemId = "fs-0123456789abcdef0",
                    TransitEncryption = EFSTransitEncryption.ENABLED,
                    AuthorizationConfig = new EFSAuthorizationConfig { Iam = EFSAuthorizationConfigIAM.ENABLED },
                },
            },
        ],
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image, Memory = 1024 }],
    });

    /// <summary>ECSA2006: a host path and EFS on one volume.</summary>
    public Task DraftWithTwoVolumeKindsAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Cpu = "1024", Memory = "2048",
        Volumes = [new Volume { Name = "shared", Host = new HostVolumeProperties { SourcePath = "/mnt/reports" }, EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-0123456789abcdef0" } }],
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image, Memory = 1024 }],
    });

    /// <summary>ECSA2007: the bucket through an S3 FUSE Docker plugin instead of S3 Files or EFS.</summary>
    public Task DraftWithS3FusePluginAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Cpu = "1024", Memory = "2048",
        Volumes = [new Volume { Name = "shared", DockerVolumeConfiguration = new DockerVolumeConfiguration { Driver = "rexray/s3fs", Scope = Scope.Shared } }],
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image, Memory = 1024 }],
    });

    /// <summary>ECSA2008: an S3 Files volume (Fargate) in a task definition without a task role.</summary>
    public Task DraftS3FilesWithoutTaskRoleAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "1024", Memory = "2048",
        Volumes = [new Volume { Name = "shared", S3filesVolumeConfiguration = new S3FilesVolumeConfiguration { FileSystemArn = "arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0" } }],
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image }],
    });

    /// <summary>ECSA5001: the log router copied from the reports container keeps its name.</summary>
    public Task DraftWithDuplicateNamesAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Cpu = "1024", Memory = "2048",
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image, Memory = 1024 }, new ContainerDefinition { Name = "reports", Image = "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable", Memory = 128, Essential = false }],
    });

    /// <summary>ECSA5002: every container marked non-essential.</summary>
    public Task DraftWithoutEssentialContainerAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Cpu = "1024", Memory = "2048",
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image, Memory = 1024, Essential = false }],
    });

    /// <summary>ECSA5003: no task memory and a container without memory (EC2 needs one of them).</summary>
    public Task DraftWithoutMemoryAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2],
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image }],
    });

    /// <summary>ECSA5004: the reservation above the hard limit.</summary>
    public Task DraftWithReservationAboveLimitAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Cpu = "1024", Memory = "2048",
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image, MemoryReservation = 1536, Memory = 1024 }],
    });

    /// <summary>ECSA5005: the containers reserve more memory than the task has.</summary>
    public Task DraftOverTheTaskSizeAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Cpu = "1024", Memory = "2048",
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image, MemoryReservation = 1536 }, new ContainerDefinition { Name = "router", Image = Image, MemoryReservation = 1024, Essential = false }],
    });

    /// <summary>ECSA5006: a version suffix with a dot in the family.</summary>
    public Task DraftWithDottedFamilyAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports.v5", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Memory = "2048",
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image }],
    });

    /// <summary>ECSA5007: one container per report, eleven of them.</summary>
    public Task DraftWithElevenContainersAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Cpu = "1024", Memory = "2048",
        ContainerDefinitions =
        [
            new ContainerDefinition { Name = "r1" }, new ContainerDefinition { Name = "r2" }, new ContainerDefinition { Name = "r3" }, new ContainerDefinition { Name = "r4" },
            new ContainerDefinition { Name = "r5" }, new ContainerDefinition { Name = "r6" }, new ContainerDefinition { Name = "r7" }, new ContainerDefinition { Name = "r8" },
            new ContainerDefinition { Name = "r9" }, new ContainerDefinition { Name = "r10" }, new ContainerDefinition { Name = "r11" },
        ],
    });

    /// <summary>ECSA5008: the shell form written as one element.</summary>
    public Task DraftWithOneElementHealthCheckAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Cpu = "1024", Memory = "2048",
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image, Memory = 1024, HealthCheck = new HealthCheck { Command = ["CMD-SHELL, test -f /tmp/healthy || exit 1"] } }],
    });

    /// <summary>ECSA5009: "Ec2 " is not a compatibility.</summary>
    public Task DraftWithTypoAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = ["Ec2 "], Memory = "2048",
        ContainerDefinitions = [new ContainerDefinition { Name = "reports", Image = Image }],
    });

    /// <summary>ECSA5010: awslogs without a region.</summary>
    public Task DraftWithoutLogRegionAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Cpu = "1024", Memory = "2048",
        ContainerDefinitions =
        [
            new ContainerDefinition
            {
                Name = "reports", Image = Image, Memory = 1024,
                LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awslogs, Options = new Dictionary<string, string> { ["awslogs-group"] = "/ecs/reports" } },
            },
        ],
    });

    /// <summary>ECSA5011: OUTPUT set twice.</summary>
    public Task DraftWithDuplicateVariableAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Cpu = "1024", Memory = "2048",
        ContainerDefinitions =
        [
            new ContainerDefinition
            {
                Name = "reports", Image = Image, Memory = 1024,
                Environment = [new Amazon.ECS.Model.KeyValuePair { Name = "OUTPUT", Value = "/reports" }, new Amazon.ECS.Model.KeyValuePair { Name = "OUTPUT", Value = "/tmp" }],
            },
        ],
    });

    /// <summary>ECSA5012 and ECSA5013: waiting for the essential migration to succeed, and for a container that is not there.</summary>
    public Task DraftWithBrokenDependenciesAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "reports", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = [Compatibility.EC2], Cpu = "1024", Memory = "2048",
        ContainerDefinitions =
        [
            new ContainerDefinition { Name = "migrate", Image = Image, Memory = 256 },
            new ContainerDefinition
            {
                Name = "reports", Image = Image, Memory = 1024,
                DependsOn =
                [
                    new ContainerDependency { ContainerName = "migrate", Condition = ContainerCondition.SUCCESS },
                    new ContainerDependency { ContainerName = "log-router", Condition = ContainerCondition.START },
                ],
            },
        ],
    });
}
