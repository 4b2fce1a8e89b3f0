using System;
using System.Collections.Generic;
using System.Text;

namespace EcsAnalyzers.Benchmarks;

/// <summary>Generated C# sources, deterministic for a seed: ordinary code, and files that build ECS requests in every reading shape.</summary>
public static class Corpus
{
    public static IEnumerable<string> OrdinaryFiles(int count, int seed)
    {
        var rng = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Ordinary(i, rng);
        }
    }

    public static IEnumerable<string> RequestFiles(int count, int seed)
    {
        var rng = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Request(i, rng);
        }
    }

    private static string Ordinary(int i, Random rng)
    {
        var n = rng.Next(3, 9);
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;

            namespace App.Domain{{i % 20}}
            {
                public sealed record Order{{i}}(int Id, string Customer, decimal Total, DateTime Placed);

                public sealed class OrderService{{i}}
                {
                    private readonly Dictionary<int, Order{{i}}> _orders = new();
                    private readonly List<string> _audit = new();

                    public int Count => _orders.Count;

                    public void Add(Order{{i}} order)
                    {
                        if (order.Total < 0) throw new ArgumentOutOfRangeException(nameof(order));
                        _orders[order.Id] = order;
                        _audit.Add($"added {order.Id} for {order.Customer} at {order.Placed:O}");
                    }

                    public IReadOnlyList<Order{{i}}> Top(int take) =>
                        _orders.Values.Where(o => o.Total > {{n}}).OrderByDescending(o => o.Total).ThenBy(o => o.Id).Take(take).ToList();

                    public string Report()
                    {
                        var sb = new StringBuilder();
                        foreach (var group in _orders.Values.GroupBy(o => o.Customer))
                        {
                            var total = group.Sum(o => o.Total);
                            sb.Append(group.Key).Append(": ").Append(total.ToString("F2")).AppendLine();
                            for (var k = 0; k < {{n}}; k++)
                            {
                                if (k % 2 == 0) sb.Append('.');
                            }
                        }

                        return sb.ToString();
                    }

                    public decimal Average() => _orders.Count == 0 ? 0 : _orders.Values.Average(o => o.Total) * {{rng.Next(1, 5)}};

                    public bool TryFind(int id, out Order{{i}}? order) => _orders.TryGetValue(id, out order);
                }
            }
            """;
    }

    private static string Request(int i, Random rng)
    {
        var containers = rng.Next(2, 5);
        var fargate = rng.Next(2) == 0;
        var shape = i % 4;
        var sb = new StringBuilder();
        sb.AppendLine("using System.Collections.Generic;");
        sb.AppendLine("using Amazon.ECS;");
        sb.AppendLine("using Amazon.ECS.Model;");
        sb.AppendLine($"namespace App.Deploy{i % 20};");
        sb.AppendLine($"public sealed class Deployer{i}(IAmazonECS ecs, string cluster, string image, List<string> subnets)");
        sb.AppendLine("{");
        sb.AppendLine($"    private const string Family = \"svc-{i}\";");
        sb.AppendLine("    public async System.Threading.Tasks.Task DeployAsync(bool withCache)");
        sb.AppendLine("    {");
        // One file in three builds its containers with a factory and a helper, and sends through a wrapper, as real code
        // does: the reader then reads the helpers at each call.
        var helpers = i % 3 == 1;
        for (var c = 0; c < containers; c++)
        {
            var port = 8000 + c;
            var image = rng.Next(3) == 0 ? "image" : $"\"123456789012.dkr.ecr.us-east-1.amazonaws.com/app{c}:1.{i % 9}\"";
            var hostPort = fargate ? port.ToString() : (rng.Next(2) == 0 ? "0" : port.ToString());
            if (helpers)
            {
                sb.AppendLine($"        var c{c} = Worker(\"app{c}\", {image}, {c == 0}, {256 * (c + 1)}, {port}, {hostPort});".Replace("True", "true").Replace("False", "false"));
                continue;
            }

            sb.AppendLine($"        var c{c} = new ContainerDefinition");
            sb.AppendLine("        {");
            sb.AppendLine($"            Name = \"app{c}\",");
            sb.AppendLine($"            Image = {image},");
            sb.AppendLine($"            Essential = {(c == 0 ? "true" : "false")},");
            sb.AppendLine($"            Memory = {256 * (c + 1)},");
            sb.AppendLine($"            PortMappings = [new PortMapping {{ ContainerPort = {port}, HostPort = {hostPort}, Protocol = TransportProtocol.Tcp }}],");
            sb.AppendLine($"            Environment = [new Amazon.ECS.Model.KeyValuePair {{ Name = \"SLOT\", Value = \"{c}\" }}],");
            sb.AppendLine($"            MountPoints = [new MountPoint {{ SourceVolume = \"data\", ContainerPath = \"/data{c}\" }}],");
            sb.AppendLine("        };");
        }

        var list = string.Join(", ", Enumerable(containers, c => "c" + c));
        // Most requests are correct, as in a real code base; about one file in eleven has an S3 "volume" and one in seven
        // forgets the task role (shape 0), so that the rules also report.
        var volume = i % 11 == 0 ? "new Volume { Name = \"data\", Host = new HostVolumeProperties { SourcePath = \"s3://bucket/data\" } }" : rng.Next(3) switch
        {
            0 => "new Volume { Name = \"data\", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = \"fs-0123456789abcdef0\", TransitEncryption = EFSTransitEncryption.ENABLED } }",
            1 when !fargate => "new Volume { Name = \"data\", Host = new HostVolumeProperties { SourcePath = \"/mnt/data\" } }",
            _ => "new Volume { Name = \"data\" }",
        };
        var compat = fargate ? (rng.Next(2) == 0 ? "\"FARGATE\"" : "Compatibility.FARGATE") : "Compatibility.EC2";
        var mode = fargate ? "NetworkMode.Awsvpc" : (rng.Next(2) == 0 ? "NetworkMode.Bridge" : "\"bridge\"");
        switch (shape)
        {
            case 0: // one initializer, sent directly
                sb.AppendLine($"        var response = await {(helpers ? "RegisterAsync" : "ecs.RegisterTaskDefinitionAsync")}(new RegisterTaskDefinitionRequest");
                sb.AppendLine("        {");
                sb.AppendLine("            Family = Family,");
                if (i % 7 != 0)
                {
                    sb.AppendLine("            TaskRoleArn = \"arn:aws:iam::123456789012:role/app\",");
                }

                sb.AppendLine("            ExecutionRoleArn = \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\",");
                sb.AppendLine($"            RequiresCompatibilities = new List<string> {{ {compat} }},");
                sb.AppendLine($"            NetworkMode = {mode},");
                sb.AppendLine("            Cpu = \"1024\", Memory = \"4096\",");
                sb.AppendLine($"            ContainerDefinitions = new List<ContainerDefinition> {{ {list} }},");
                sb.AppendLine($"            Volumes = new List<Volume> {{ {volume} }},");
                sb.AppendLine("        });");
                break;
            case 1: // local plus statements, some under if
                sb.AppendLine("        var request = new RegisterTaskDefinitionRequest { Family = Family };");
                sb.AppendLine($"        request.RequiresCompatibilities = [{compat}];");
                sb.AppendLine($"        request.NetworkMode = {mode};");
                sb.AppendLine("        request.Cpu = \"1024\";");
                sb.AppendLine("        request.Memory = \"4 GB\";");
                sb.AppendLine("        request.ExecutionRoleArn = \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\";");
                sb.AppendLine("        if (withCache) request.TaskRoleArn = \"arn:aws:iam::123456789012:role/cache\";");
                sb.AppendLine("        request.ContainerDefinitions = new List<ContainerDefinition>();");
                for (var c = 0; c < containers; c++)
                {
                    sb.AppendLine($"        request.ContainerDefinitions.Add(c{c});");
                }

                sb.AppendLine($"        request.Volumes = [{volume}];");
                sb.AppendLine("        var response = await ecs.RegisterTaskDefinitionAsync(request);");
                break;
            case 2: // containers and volumes in locals, list locals, AddRange, unknown values
                sb.AppendLine($"        var volumes = new List<Volume> {{ {volume} }};");
                sb.AppendLine($"        var containers = new List<ContainerDefinition>();");
                sb.AppendLine($"        containers.AddRange([{list}]);");
                sb.AppendLine("        var request = new RegisterTaskDefinitionRequest");
                sb.AppendLine("        {");
                sb.AppendLine("            Family = cluster + \"-svc\",");
                sb.AppendLine("            TaskRoleArn = System.Environment.GetEnvironmentVariable(\"TASK_ROLE\"),");
                sb.AppendLine("            ExecutionRoleArn = System.Environment.GetEnvironmentVariable(\"EXECUTION_ROLE\"),");
                sb.AppendLine("            Cpu = \"1 vCPU\", Memory = \"4096\",");
                sb.AppendLine($"            RequiresCompatibilities = {{ {compat} }},");
                sb.AppendLine($"            NetworkMode = NetworkMode.FindValue({(fargate ? "\"awsvpc\"" : "\"bridge\"")}),");
                sb.AppendLine("            ContainerDefinitions = containers,");
                sb.AppendLine("            Volumes = volumes,");
                sb.AppendLine("        };");
                sb.AppendLine("        var response = await ecs.RegisterTaskDefinitionAsync(request);");
                break;
            default: // collection expressions, target-typed new, a helper that sees the request
                sb.AppendLine("        RegisterTaskDefinitionRequest request = new()");
                sb.AppendLine("        {");
                sb.AppendLine("            Family = Family,");
                sb.AppendLine("            TaskRoleArn = \"arn:aws:iam::123456789012:role/app\",");
                sb.AppendLine("            ExecutionRoleArn = \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\",");
                sb.AppendLine("            Cpu = \"1024\", Memory = \"4 GB\",");
                sb.AppendLine($"            RequiresCompatibilities = [{compat}],");
                sb.AppendLine($"            NetworkMode = new NetworkMode({(fargate ? "\"awsvpc\"" : "\"host\"")}),");
                sb.AppendLine($"            ContainerDefinitions = [{list}],");
                sb.AppendLine($"            Volumes = [{volume}],");
                sb.AppendLine("        };");
                sb.AppendLine("        Tag(request);");
                sb.AppendLine("        var response = await ecs.RegisterTaskDefinitionAsync(request);");
                break;
        }

        sb.AppendLine("        await ecs.RunTaskAsync(new RunTaskRequest");
        sb.AppendLine("        {");
        sb.AppendLine("            Cluster = cluster,");
        sb.AppendLine("            TaskDefinition = response.TaskDefinition.TaskDefinitionArn,");
        sb.AppendLine($"            LaunchType = {(fargate ? "LaunchType.FARGATE" : "LaunchType.EC2")},");
        sb.AppendLine($"            Count = {1 + (i % 3)},");
        if (fargate)
        {
            sb.AppendLine("            NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets, AssignPublicIp = AssignPublicIp.DISABLED } },");
        }

        sb.AppendLine("        });");
        sb.AppendLine("    }");
        sb.AppendLine();
        sb.AppendLine("    private static void Tag(RegisterTaskDefinitionRequest request) => request.Tags = [new Tag { Key = \"team\", Value = \"platform\" }];");
        if (helpers)
        {
            sb.AppendLine();
            sb.AppendLine("    private System.Threading.Tasks.Task<RegisterTaskDefinitionResponse> RegisterAsync(RegisterTaskDefinitionRequest request)");
            sb.AppendLine("    {");
            sb.AppendLine("        System.Console.WriteLine(\"registering \" + request.Family);");
            sb.AppendLine("        return ecs.RegisterTaskDefinitionAsync(request);");
            sb.AppendLine("    }");
            sb.AppendLine();
            sb.AppendLine("    private static string HealthCommand(int port) => $\"curl -f http://localhost:{port}/health || exit 1\";");
            sb.AppendLine();
            sb.AppendLine("    private static ContainerDefinition Worker(string name, string image, bool essential, int memory, int port, int hostPort) => new ContainerDefinition");
            sb.AppendLine("    {");
            sb.AppendLine("        Name = name,");
            sb.AppendLine("        Image = image,");
            sb.AppendLine("        Essential = essential,");
            sb.AppendLine("        Memory = memory,");
            sb.AppendLine("        PortMappings = [new PortMapping { ContainerPort = port, HostPort = hostPort, Protocol = TransportProtocol.Tcp }],");
            sb.AppendLine("        Environment = [new Amazon.ECS.Model.KeyValuePair { Name = \"SLOT\", Value = name }],");
            sb.AppendLine("        MountPoints = [new MountPoint { SourceVolume = \"data\", ContainerPath = \"/data/\" + name }],");
            sb.AppendLine("        HealthCheck = new HealthCheck { Command = [\"CMD-SHELL\", HealthCommand(port)], Interval = 30, Retries = 3 },");
            sb.AppendLine("    };");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    private static IEnumerable<string> Enumerable(int count, Func<int, string> f)
    {
        for (var i = 0; i < count; i++)
        {
            yield return f(i);
        }
    }
}
