using System.Collections.Generic;
using Task = System.Threading.Tasks.Task;
using Amazon.ECS;
using Amazon.ECS.Model;
using KeyValuePair = Amazon.ECS.Model.KeyValuePair;

namespace EcsAnalyzers.Sample;

/// <summary>
/// A monitoring agent on EC2 with its state on EFS, and a collector on Fargate. The first draft works, but breaks every
/// hardening control (EcsSecurity, ECSA6001-6010); the hardened twin passes them. The sample's .editorconfig shows this
/// file's EcsSecurity findings as warnings and turns on ECSA6004 and ECSA6009, as EcsAnalyzersMode Strict does.
/// </summary>
public sealed class HostAgent(IAmazonECS ecs, List<string> subnets, string securityGroup)
{
    private const string TaskRole = "arn:aws:iam::123456789012:role/agent-task";
    private const string ExecutionRole = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";

    /// <summary>As first written: it runs, with root on the host and a token in plain sight.</summary>
    public async Task DeployFirstDraftAsync()
    {
        await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = "host-agent",
            TaskRoleArn = TaskRole,
            RequiresCompatibilities = ["EC2"],
            NetworkMode = NetworkMode.Host, // ECSA6005
            PidMode = PidMode.Host, // ECSA6005
            Memory = "512",
            Volumes = [new Volume { Name = "state", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-0123456789abcdef0" } }], // ECSA6003
            ContainerDefinitions =
            [
                new ContainerDefinition // ECSA6004 (writable root), ECSA6007 (no logs), ECSA6009 (no memory hard limit)
                {
                    Name = "agent",
                    Image = "public.ecr.aws/acme/agent:1.4",
                    MemoryReservation = 256,
                    User = "root", // ECSA6006
                    Privileged = true, // ECSA6001
                    LinuxParameters = new LinuxParameters { Capabilities = new KernelCapabilities { Add = ["SYS_ADMIN"] } }, // ECSA6008
                    Environment = [new KeyValuePair { Name = "API_TOKEN", Value = "tok_live_4f9a8b7c6d5e" }], // ECSA6002
                    MountPoints = [new MountPoint { SourceVolume = "state", ContainerPath = "/var/lib/agent" }],
                },
            ],
        });

        await ecs.RunTaskAsync(new RunTaskRequest
        {
            TaskDefinition = "collector",
            LaunchType = LaunchType.FARGATE,
            NetworkConfiguration = new NetworkConfiguration
            {
                AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets, AssignPublicIp = AssignPublicIp.ENABLED }, // ECSA6010
            },
        });
    }

    /// <summary>The hardened twin.</summary>
    public async Task DeployAsync()
    {
        await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = "host-agent",
            TaskRoleArn = TaskRole,
            ExecutionRoleArn = ExecutionRole,
            RequiresCompatibilities = ["EC2"],
            NetworkMode = NetworkMode.Awsvpc,
            Memory = "512",
            Volumes =
            [
                new Volume
                {
                    Name = "state",
                    EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-0123456789abcdef0", TransitEncryption = EFSTransitEncryption.ENABLED },
                },
            ],
            ContainerDefinitions =
            [
                new ContainerDefinition
                {
                    Name = "agent",
                    Image = "public.ecr.aws/acme/agent:1.4",
                    Memory = 512,
                    MemoryReservation = 256,
                    User = "1000:1000",
                    ReadonlyRootFilesystem = true,
                    LinuxParameters = new LinuxParameters { Capabilities = new KernelCapabilities { Add = ["NET_BIND_SERVICE"], Drop = ["ALL"] } },
                    Secrets = [new Secret { Name = "API_TOKEN", ValueFrom = "arn:aws:secretsmanager:us-east-1:123456789012:secret:agent/api-token-AbCdEf" }],
                    LogConfiguration = new LogConfiguration
                    {
                        LogDriver = LogDriver.Awslogs,
                        Options = new Dictionary<string, string> { ["awslogs-group"] = "/ecs/host-agent", ["awslogs-region"] = "us-east-1", ["awslogs-stream-prefix"] = "agent" },
                    },
                    MountPoints = [new MountPoint { SourceVolume = "state", ContainerPath = "/var/lib/agent" }],
                },
            ],
        });

        await ecs.RunTaskAsync(new RunTaskRequest
        {
            TaskDefinition = "collector",
            LaunchType = LaunchType.FARGATE,
            NetworkConfiguration = new NetworkConfiguration
            {
                AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets, SecurityGroups = [securityGroup], AssignPublicIp = AssignPublicIp.DISABLED },
            },
        });
    }
}
