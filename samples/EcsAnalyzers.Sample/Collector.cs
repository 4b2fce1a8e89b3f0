using Task = System.Threading.Tasks.Task;
using Amazon.ECS;
using Amazon.ECS.Model;

namespace EcsAnalyzers.Sample;

/// <summary>A metrics collector on EC2 that listens on the ports it is given. Built on AWSSDK.ECS v4.</summary>
public sealed class Collector(IAmazonECS ecs)
{
    private const string TaskRole = "arn:aws:iam::123456789012:role/collector-task";

    /// <summary>As first written for AWSSDK v3, where lists start empty: on v4 they start null and the first Add throws (ECSA9001).</summary>
    public async Task RegisterFirstDraftAsync(int[] ports)
    {
        var collector = new ContainerDefinition { Name = "collector", Image = "public.ecr.aws/acme/collector:2.0", Memory = 256 };
        foreach (var port in ports)
        {
            collector.PortMappings.Add(new PortMapping { ContainerPort = port }); // ECSA9001
        }

        await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = "collector",
            TaskRoleArn = TaskRole,
            RequiresCompatibilities = ["EC2"],
            ContainerDefinitions = [collector],
        });
    }

    /// <summary>The correct twin: the list is created with the container.</summary>
    public async Task RegisterAsync(int[] ports)
    {
        var collector = new ContainerDefinition { Name = "collector", Image = "public.ecr.aws/acme/collector:2.0", Memory = 256, PortMappings = [] };
        foreach (var port in ports)
        {
            collector.PortMappings.Add(new PortMapping { ContainerPort = port });
        }

        await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = "collector",
            TaskRoleArn = TaskRole,
            RequiresCompatibilities = ["EC2"],
            ContainerDefinitions = [collector],
        });
    }
}
