using System.Collections.Generic;
using Task = System.Threading.Tasks.Task;
using Amazon.ECS;
using Amazon.ECS.Model;

namespace EcsAnalyzers.Sample;

/// <summary>
/// An HTTP API on Fargate with a log-router sidecar, run as a service, plus a nightly batch job. <see cref="DeployAsync"/>
/// is correct; each <c>Draft…</c> method below is the same code with one mistake that ECS rejects (or that cannot run),
/// and the comment names the rule that reports it.
/// </summary>
public sealed class FargateApi(IAmazonECS ecs, string cluster, List<string> subnets, string securityGroup)
{
    private const string TaskRole = "arn:aws:iam::123456789012:role/api-task";
    private const string ExecutionRole = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";
    private const string Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:3.2.0";

    public async Task DeployAsync()
    {
        var registered = await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = "api",
            TaskRoleArn = TaskRole,
            ExecutionRoleArn = ExecutionRole,
            RequiresCompatibilities = ["FARGATE"],
            NetworkMode = NetworkMode.Awsvpc,
            Cpu = "1 vCPU",
            Memory = "2 GB",
            ContainerDefinitions = [Api(), LogRouter()],
        });

        await ecs.CreateServiceAsync(new CreateServiceRequest
        {
            Cluster = cluster,
            ServiceName = "api",
            TaskDefinition = registered.TaskDefinition.TaskDefinitionArn,
            DesiredCount = 2,
            CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE", Weight = 1 }],
            PlatformVersion = "LATEST",
            NetworkConfiguration = Private(),
        });
    }

    private NetworkConfiguration Private() => new()
    {
        AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets, SecurityGroups = [securityGroup], AssignPublicIp = AssignPublicIp.DISABLED },
    };

    private static ContainerDefinition Api() => new()
    {
        Name = "api",
        Image = Image,
        PortMappings = [new PortMapping { ContainerPort = 8080 }],
        LogConfiguration = new LogConfiguration
        {
            LogDriver = LogDriver.Awslogs,
            Options = new Dictionary<string, string> { ["awslogs-group"] = "/ecs/api", ["awslogs-region"] = "us-east-1", ["awslogs-stream-prefix"] = "api" },
        },
    };

    private static ContainerDefinition LogRouter() => new()
    {
        Name = "log-router",
        Image = "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
        Essential = false,
        PortMappings = [new PortMapping { ContainerPort = 2020 }],
    };

    /// <summary>ECSA1002: no task-level cpu and memory. Correct: <see cref="DeployAsync"/> sets "1 vCPU" and "2 GB".</summary>
    public Task DraftWithoutTaskSizeAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "api", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
        ContainerDefinitions = [Api()],
    });

    /// <summary>ECSA1003: 1 vCPU with 1 GB is not a Fargate size (1 vCPU takes 2-8 GB).</summary>
    public Task DraftWithInvalidSizeAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "api", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
        Cpu = "1024", Memory = "1024",
        ContainerDefinitions = [Api()],
    });

    /// <summary>ECSA1004: a privileged container, which Fargate does not run.</summary>
    public Task DraftWithPrivilegedContainerAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "api", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
        Cpu = "1024", Memory = "2048",
        ContainerDefinitions = [new ContainerDefinition { Name = "api", Image = Image, Privileged = true }],
    });

    /// <summary>ECSA3002: the container pulls from private ECR on Fargate, but there is no execution role.</summary>
    public Task DraftWithoutExecutionRoleAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "api", TaskRoleArn = TaskRole, RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "1024", Memory = "2048",
        ContainerDefinitions = [new ContainerDefinition { Name = "api", Image = Image }],
    });

    /// <summary>ECSA3003: one role for ECS and for the application.</summary>
    public Task DraftWithOneRoleAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "api", TaskRoleArn = ExecutionRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
        Cpu = "1024", Memory = "2048",
        ContainerDefinitions = [Api()],
    });

    /// <summary>ECSA3004: the deploy user's ARN where a role belongs.</summary>
    public Task DraftWithUserAsTaskRoleAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:user/deploy", ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = ["FARGATE"],
        NetworkMode = NetworkMode.Awsvpc, Cpu = "1024", Memory = "2048",
        ContainerDefinitions = [Api()],
    });

    /// <summary>ECSA4001 and ECSA4002: a port published as on EC2 (80 -> 8080) and a link to the sidecar, neither of which awsvpc has.</summary>
    public Task DraftPortedFromBridgeAsync()
    {
        var api = new ContainerDefinition { Name = "api", Image = Image };
        api.PortMappings = [new PortMapping { ContainerPort = 8080, HostPort = 80 }];
        api.Links = ["log-router"];
        return ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = "api", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
            Cpu = "1024", Memory = "2048",
            ContainerDefinitions = [api, LogRouter()],
        });
    }

    /// <summary>ECSA4003: a batch job without a network still declares a port.</summary>
    public Task DraftOfflineBatchAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "nightly", TaskRoleArn = TaskRole, RequiresCompatibilities = ["EC2"], NetworkMode = NetworkMode.None,
        ContainerDefinitions = [new ContainerDefinition { Name = "job", Image = "public.ecr.aws/acme/nightly:1", Memory = 512, PortMappings = [new PortMapping { ContainerPort = 9090 }] }],
    });

    /// <summary>ECSA4004: the sidecar maps the API's port again, which awsvpc mode (one network namespace per task) refuses.</summary>
    public Task DraftWithPortClashAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "api", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
        Cpu = "1024", Memory = "2048",
        ContainerDefinitions =
        [
            new ContainerDefinition { Name = "api", Image = Image, PortMappings = [new PortMapping { ContainerPort = 8080 }] },
            new ContainerDefinition { Name = "proxy", Image = "public.ecr.aws/nginx/nginx:stable", PortMappings = [new PortMapping { ContainerPort = 8080 }] },
        ],
    });

    /// <summary>ECSA1005: a one-off task on Fargate without subnets.</summary>
    public Task DraftRunWithoutNetworkAsync() => ecs.RunTaskAsync(new RunTaskRequest { Cluster = cluster, TaskDefinition = "api", LaunchType = LaunchType.FARGATE });

    /// <summary>ECSA1006: a public IP for a task on EC2.</summary>
    public Task DraftPublicTaskOnEc2Async() => ecs.RunTaskAsync(new RunTaskRequest
    {
        Cluster = cluster, TaskDefinition = "api-ec2", LaunchType = LaunchType.EC2,
        NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets, AssignPublicIp = AssignPublicIp.ENABLED } },
    });

    /// <summary>ECSA1007: a daemon service on Fargate, which has no instances to place one task on each.</summary>
    public Task DraftDaemonOnFargateAsync() => ecs.CreateServiceAsync(new CreateServiceRequest
    {
        Cluster = cluster, ServiceName = "collector", TaskDefinition = "collector", LaunchType = LaunchType.FARGATE,
        SchedulingStrategy = SchedulingStrategy.DAEMON, NetworkConfiguration = Private(),
    });

    /// <summary>ECSA1009: pinned to a retired Fargate platform version.</summary>
    public Task DraftPinnedPlatformAsync() => ecs.RunTaskAsync(new RunTaskRequest
    {
        Cluster = cluster, TaskDefinition = "api", LaunchType = LaunchType.FARGATE, PlatformVersion = "1.3.0", NetworkConfiguration = Private(),
    });

    /// <summary>ECSA1010: a launch type next to a capacity provider strategy.</summary>
    public Task DraftSpotWithLaunchTypeAsync() => ecs.RunTaskAsync(new RunTaskRequest
    {
        Cluster = cluster, TaskDefinition = "api", LaunchType = LaunchType.FARGATE, NetworkConfiguration = Private(),
        CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 1 }],
    });
}
