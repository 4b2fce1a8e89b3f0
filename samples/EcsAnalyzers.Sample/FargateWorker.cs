using System.Collections.Generic;
using Task = System.Threading.Tasks.Task;
using Amazon.ECS;
using Amazon.ECS.Model;

namespace EcsAnalyzers.Sample;

/// <summary>A queue worker on Fargate that shares its scratch data with the other workers on EFS.</summary>
public sealed class FargateWorker(IAmazonECS ecs, string cluster, List<string> subnets, string securityGroup)
{
    private const string TaskRole = "arn:aws:iam::123456789012:role/worker-task";
    private const string ExecutionRole = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";

    public async Task RunAsync()
    {
        var registered = await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = "worker",
            TaskRoleArn = TaskRole,
            ExecutionRoleArn = ExecutionRole,
            RequiresCompatibilities = ["FARGATE"],
            NetworkMode = NetworkMode.Awsvpc,
            Cpu = "512",
            Memory = "1024",
            ContainerDefinitions = [Worker()],
            Volumes = [SharedScratch()],
        });

        await ecs.RunTaskAsync(new RunTaskRequest
        {
            Cluster = cluster,
            TaskDefinition = registered.TaskDefinition.TaskDefinitionArn,
            LaunchType = LaunchType.FARGATE,
            NetworkConfiguration = new NetworkConfiguration
            {
                AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets, SecurityGroups = [securityGroup], AssignPublicIp = AssignPublicIp.DISABLED },
            },
        });
    }

    /// <summary>The same worker as first written, ported from an EC2 task definition: still in bridge mode (ECSA1001).</summary>
    public async Task RunFirstDraftAsync()
    {
        var request = new RegisterTaskDefinitionRequest
        {
            Family = "worker",
            TaskRoleArn = TaskRole,
            ExecutionRoleArn = ExecutionRole,
            Cpu = "512",
            Memory = "1024",
            ContainerDefinitions = [Worker()],
            Volumes = [SharedScratch()],
        };
        request.RequiresCompatibilities = [Compatibility.FARGATE];
        request.NetworkMode = NetworkMode.Bridge;
        await ecs.RegisterTaskDefinitionAsync(request);
    }

    /// <summary>
    /// A one-off reindex on a new revision of the worker: each container override must name a container of it. The
    /// first run names the worker (correct); the draft runs name no container (ECSA5014) or one the task definition does
    /// not have (ECSA5015).
    /// </summary>
    public async Task ReindexAsync()
    {
        var registered = await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = "worker",
            TaskRoleArn = TaskRole,
            ExecutionRoleArn = ExecutionRole,
            RequiresCompatibilities = ["FARGATE"],
            NetworkMode = NetworkMode.Awsvpc,
            Cpu = "512",
            Memory = "1024",
            ContainerDefinitions = [Worker()],
            Volumes = [SharedScratch()],
        });
        var network = new NetworkConfiguration
        {
            AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets, SecurityGroups = [securityGroup], AssignPublicIp = AssignPublicIp.DISABLED },
        };

        await ecs.RunTaskAsync(new RunTaskRequest
        {
            Cluster = cluster,
            TaskDefinition = registered.TaskDefinition.TaskDefinitionArn,
            LaunchType = LaunchType.FARGATE,
            NetworkConfiguration = network,
            Overrides = new TaskOverride { ContainerOverrides = [new ContainerOverride { Name = "worker", Command = ["reindex", "--all"] }] },
        });

        await ecs.RunTaskAsync(new RunTaskRequest
        {
            Cluster = cluster,
            TaskDefinition = registered.TaskDefinition.TaskDefinitionArn,
            LaunchType = LaunchType.FARGATE,
            NetworkConfiguration = network,
            Overrides = new TaskOverride { ContainerOverrides = [new ContainerOverride { Command = ["reindex", "--all"] }] },
        });

        await ecs.RunTaskAsync(new RunTaskRequest
        {
            Cluster = cluster,
            TaskDefinition = registered.TaskDefinition.TaskDefinitionArn,
            LaunchType = LaunchType.FARGATE,
            NetworkConfiguration = network,
            Overrides = new TaskOverride { ContainerOverrides = [new ContainerOverride { Name = "reindex", Command = ["reindex", "--all"] }] },
        });
    }

    private static ContainerDefinition Worker() => new()
    {
        Name = "worker",
        Image = "public.ecr.aws/acme/worker:2.0.1",
        Essential = true,
        Environment = [new Amazon.ECS.Model.KeyValuePair { Name = "INPUT", Value = "s3://acme-jobs/incoming" }],
        MountPoints = [new MountPoint { SourceVolume = "scratch", ContainerPath = "/scratch" }],
        LogConfiguration = new LogConfiguration
        {
            LogDriver = LogDriver.Awslogs,
            Options = new Dictionary<string, string> { ["awslogs-group"] = "/ecs/worker", ["awslogs-region"] = "us-east-1", ["awslogs-stream-prefix"] = "worker" },
        },
    };

    private static Volume SharedScratch() => new()
    {
        Name = "scratch",
        EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-0fedcba9876543210", TransitEncryption = EFSTransitEncryption.ENABLED },
    };
}
