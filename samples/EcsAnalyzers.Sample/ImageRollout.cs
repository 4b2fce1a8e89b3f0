using System.Linq;
using Task = System.Threading.Tasks.Task;
using Amazon.ECS;
using Amazon.ECS.Model;

namespace EcsAnalyzers.Sample;

/// <summary>
/// "New image, new revision": describes the service's current task definition, registers a copy of it with a new image,
/// and points the service at it. <see cref="DeployAsync"/> copies every setting; <see cref="DraftDeployAsync"/> is the
/// copy that real projects shipped, which loses what it does not name.
/// </summary>
public sealed class ImageRollout(IAmazonECS ecs, string cluster)
{
    public async Task DeployAsync(string image)
    {
        var described = await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "orders" });
        var current = described.TaskDefinition;
        var registered = await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = current.Family,
            ContainerDefinitions = current.ContainerDefinitions.Select(c => WithImage(c, image)).ToList(),
            Cpu = current.Cpu,
            Memory = current.Memory,
            NetworkMode = current.NetworkMode,
            RequiresCompatibilities = current.RequiresCompatibilities,
            RuntimePlatform = current.RuntimePlatform,
            TaskRoleArn = current.TaskRoleArn,
            ExecutionRoleArn = current.ExecutionRoleArn,
            Volumes = current.Volumes,
            PlacementConstraints = current.PlacementConstraints,
            EphemeralStorage = current.EphemeralStorage,
            ProxyConfiguration = current.ProxyConfiguration,
            IpcMode = current.IpcMode,
            PidMode = current.PidMode,
            InferenceAccelerators = current.InferenceAccelerators,
            EnableFaultInjection = current.EnableFaultInjection,
        });

        await ecs.UpdateServiceAsync(new UpdateServiceRequest { Cluster = cluster, Service = "orders", TaskDefinition = registered.TaskDefinition.TaskDefinitionArn });
    }

    // ECSA9002: the new revision keeps the containers, size and roles, but loses the volumes (the containers still mount
    // them), the placement constraints, the runtime platform and its Fargate compatibility.
    public async Task DraftDeployAsync(string image)
    {
        var described = await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "orders" });
        var current = described.TaskDefinition;
        var registered = await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = current.Family,
            ContainerDefinitions = current.ContainerDefinitions.Select(c => WithImage(c, image)).ToList(),
            Cpu = current.Cpu,
            Memory = current.Memory,
            NetworkMode = current.NetworkMode,
            TaskRoleArn = current.TaskRoleArn,
            ExecutionRoleArn = current.ExecutionRoleArn,
        });

        await ecs.UpdateServiceAsync(new UpdateServiceRequest { Cluster = cluster, Service = "orders", TaskDefinition = registered.TaskDefinition.TaskDefinitionArn });
    }

    private static ContainerDefinition WithImage(ContainerDefinition container, string image)
    {
        container.Image = image;
        return container;
    }
}
