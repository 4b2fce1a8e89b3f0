using System.Collections.Generic;
using Task = System.Threading.Tasks.Task;
using Amazon.ECS;
using Amazon.ECS.Model;

namespace EcsAnalyzers.Sample;

/// <summary>
/// A model-inference service on Amazon ECS Managed Instances (AWS-managed EC2 capacity with AWS Neuron devices), launched
/// through the cluster's Managed Instances capacity provider. <see cref="DeployAsync"/> is correct; each <c>Draft…</c>
/// method is the same code with one mistake, named by the rule that reports it.
/// </summary>
public sealed class InferenceService(IAmazonECS ecs, string cluster, List<string> subnets)
{
    private const string TaskRole = "arn:aws:iam::123456789012:role/inference-task";
    private const string ExecutionRole = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";
    private const string Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/inference:2.1";
    private const string Provider = "ml-managed-instances";

    public async Task DeployAsync()
    {
        var registered = await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = "inference",
            TaskRoleArn = TaskRole,
            ExecutionRoleArn = ExecutionRole,
            RequiresCompatibilities = [Compatibility.MANAGED_INSTANCES],
            NetworkMode = NetworkMode.Awsvpc,
            RuntimePlatform = new RuntimePlatform { OperatingSystemFamily = OSFamily.LINUX },
            ContainerDefinitions = [Model(), Metrics()],
        });

        await ecs.CreateServiceAsync(new CreateServiceRequest
        {
            Cluster = cluster,
            ServiceName = "inference",
            TaskDefinition = registered.TaskDefinition.TaskDefinitionArn,
            DesiredCount = 1,
            CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = Provider, Weight = 1 }],
            NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } },
        });
    }

    private static ContainerDefinition Model() => new()
    {
        Name = "model",
        Image = Image,
        Memory = 16384,
        PortMappings = [new PortMapping { ContainerPort = 8080 }],
        ResourceRequirements = [new ResourceRequirement { Type = ResourceType.NeuronDevice, Value = "ALL" }],
        LogConfiguration = new LogConfiguration
        {
            LogDriver = LogDriver.Awslogs,
            Options = new Dictionary<string, string> { ["awslogs-group"] = "/ecs/inference", ["awslogs-region"] = "us-east-1" },
        },
    };

    private static ContainerDefinition Metrics() => new()
    {
        Name = "metrics",
        Image = "public.ecr.aws/neuron/neuron-monitor:latest",
        Memory = 256,
        Essential = false,
    };

    /// <summary>ECSA7001: the bridge network mode, which Managed Instances does not offer (awsvpc or host).</summary>
    public Task DraftInBridgeModeAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "inference", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = ["MANAGED_INSTANCES"],
        NetworkMode = NetworkMode.Bridge,
        ContainerDefinitions = [Model()],
    });

    /// <summary>ECSA7002: ephemeral storage settings, a Fargate feature documented as unsupported on Managed Instances.</summary>
    public Task DraftWithEphemeralStorageAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "inference", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = ["MANAGED_INSTANCES"],
        NetworkMode = NetworkMode.Awsvpc, EphemeralStorage = new EphemeralStorage { SizeInGiB = 100 },
        ContainerDefinitions = [Model()],
    });

    /// <summary>ECSA7003: a Windows task, where Managed Instances runs Linux only.</summary>
    public Task DraftOnWindowsAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "inference", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = ["MANAGED_INSTANCES"],
        NetworkMode = NetworkMode.Awsvpc, RuntimePlatform = new RuntimePlatform { OperatingSystemFamily = OSFamily.WINDOWS_SERVER_2022_CORE },
        ContainerDefinitions = [new ContainerDefinition { Name = "model", Image = Image, Memory = 16384 }],
    });

    /// <summary>ECSA7004: the MANAGED_INSTANCES launch type instead of the capacity provider.</summary>
    public Task DraftWithLaunchTypeAsync() => ecs.RunTaskAsync(new RunTaskRequest
    {
        Cluster = cluster, TaskDefinition = "inference", LaunchType = LaunchType.MANAGED_INSTANCES,
        NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } },
    });

    /// <summary>ECSA7005: the sidecar asks for Neuron devices too, but only one container of a task may.</summary>
    public Task DraftWithTwoNeuronContainersAsync()
    {
        var metrics = Metrics();
        metrics.ResourceRequirements = [new ResourceRequirement { Type = ResourceType.NeuronDevice, Value = "ALL" }];
        return ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = "inference", TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole, RequiresCompatibilities = ["MANAGED_INSTANCES"],
            NetworkMode = NetworkMode.Awsvpc,
            ContainerDefinitions = [Model(), metrics],
        });
    }

    /// <summary>ECSA7006: a private ECR image and awslogs, but no execution role to pull and log with.</summary>
    public Task DraftWithoutExecutionRoleAsync() => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        Family = "inference", TaskRoleArn = TaskRole, RequiresCompatibilities = ["MANAGED_INSTANCES"], NetworkMode = NetworkMode.Awsvpc,
        ContainerDefinitions = [Model()],
    });

    /// <summary>ECSA1011: Fargate Spot next to the Managed Instances provider in one strategy.</summary>
    public Task DraftWithMixedProvidersAsync() => ecs.RunTaskAsync(new RunTaskRequest
    {
        Cluster = cluster, TaskDefinition = "inference",
        CapacityProviderStrategy =
        [
            new CapacityProviderStrategyItem { CapacityProvider = Provider, Weight = 1 },
            new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 1 },
        ],
        NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } },
    });

    /// <summary>ECSA1012: a Fargate platform version on a task run on EC2.</summary>
    public Task DraftEc2WithPlatformVersionAsync() => ecs.RunTaskAsync(new RunTaskRequest
    {
        Cluster = cluster, TaskDefinition = "inference-ec2", LaunchType = LaunchType.EC2, PlatformVersion = "LATEST",
    });
}
