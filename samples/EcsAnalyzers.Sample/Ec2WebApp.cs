using System.Collections.Generic;
using Task = System.Threading.Tasks.Task;
using Amazon.ECS;
using Amazon.ECS.Model;

namespace EcsAnalyzers.Sample;

/// <summary>A web app on EC2 container instances behind an Application Load Balancer, with dynamic host ports.</summary>
public sealed class Ec2WebApp(IAmazonECS ecs, string cluster)
{
    private const string TargetGroupArn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef";

    public async Task DeployAsync()
    {
        var registered = await ecs.RegisterTaskDefinitionAsync(WebTaskDefinition());
        await ecs.CreateServiceAsync(new CreateServiceRequest
        {
            Cluster = cluster,
            ServiceName = "web",
            TaskDefinition = registered.TaskDefinition.TaskDefinitionArn,
            DesiredCount = 2,
            LaunchType = LaunchType.EC2,
            LoadBalancers = [new LoadBalancer { TargetGroupArn = TargetGroupArn, ContainerName = "web", ContainerPort = 8080 }],
        });
    }

    /// <summary>ECSA4006: the load balancer targets port 80, but the web container listens on 8080 (see <see cref="DeployAsync"/>).</summary>
    public async Task DraftBalancerOnWrongPortAsync()
    {
        var registered = await ecs.RegisterTaskDefinitionAsync(WebTaskDefinition());
        await ecs.CreateServiceAsync(new CreateServiceRequest
        {
            Cluster = cluster, ServiceName = "web", TaskDefinition = registered.TaskDefinition.TaskDefinitionArn, DesiredCount = 2, LaunchType = LaunchType.EC2,
            LoadBalancers = [new LoadBalancer { TargetGroupArn = TargetGroupArn, ContainerName = "web", ContainerPort = 80 }],
        });
    }

    /// <summary>ECSA1008: the bridge-mode web task definition run on Fargate, which only runs awsvpc tasks with a Fargate size.</summary>
    public async Task DraftOnFargateAsync(List<string> subnets)
    {
        var registered = await ecs.RegisterTaskDefinitionAsync(WebTaskDefinition());
        await ecs.RunTaskAsync(new RunTaskRequest
        {
            Cluster = cluster, TaskDefinition = registered.TaskDefinition.TaskDefinitionArn, LaunchType = LaunchType.FARGATE,
            NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } },
        });
    }

    /// <summary>Correct: the task role gives the app its own least-privilege credentials; uploads go to EFS.</summary>
    private static RegisterTaskDefinitionRequest WebTaskDefinition()
    {
        var web = new ContainerDefinition
        {
            Name = "web",
            Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2",
            Memory = 512,
            PortMappings = [new PortMapping { ContainerPort = 8080, HostPort = 0 }], // dynamic host port for the ALB
            MountPoints = [new MountPoint { SourceVolume = "uploads", ContainerPath = "/app/uploads" }],
        };

        var request = new RegisterTaskDefinitionRequest
        {
            Family = "web",
            TaskRoleArn = "arn:aws:iam::123456789012:role/web-task",
            RequiresCompatibilities = [Compatibility.EC2],
            NetworkMode = NetworkMode.Bridge,
            ContainerDefinitions = [web],
        };
        request.Volumes = new List<Volume>
        {
            new Volume
            {
                Name = "uploads",
                EfsVolumeConfiguration = new EFSVolumeConfiguration
                {
                    FileSystemId = "fs-0123456789abcdef0",
                    TransitEncryption = EFSTransitEncryption.ENABLED,
                },
            },
        };
        return request;
    }

    /// <summary>The same deployment as first written: no task role (ECSA3001) and an S3 bucket as a volume (ECSA2001).</summary>
    public async Task DeployFirstDraftAsync()
    {
        var uploads = new Volume { Name = "uploads" };
        uploads.Host = new HostVolumeProperties();
        uploads.Host.SourcePath = "s3://acme-web-uploads";

        var request = new RegisterTaskDefinitionRequest
        {
            Family = "web",
            RequiresCompatibilities = [Compatibility.EC2],
            NetworkMode = NetworkMode.Bridge,
            ContainerDefinitions =
            [
                new ContainerDefinition
                {
                    Name = "web",
                    Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2",
                    Memory = 512,
                    PortMappings = [new PortMapping { ContainerPort = 8080, HostPort = 0 }],
                    MountPoints = [new MountPoint { SourceVolume = "uploads", ContainerPath = "/app/uploads" }],
                },
            ],
        };
        request.Volumes = [uploads];
        await ecs.RegisterTaskDefinitionAsync(request);
    }
}
