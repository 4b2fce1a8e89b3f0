using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

public class FargateTaskSizeMissingTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA1002");

    [Fact]
    public Task Both_missing_is_one_diagnostic_at_new_with_the_smallest_size() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|}
            {
                Family = "api",
                RequiresCompatibilities = ["FARGATE"],
                NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Image = "nginx" }],
            });
        }
        """,
        Verify.Diagnostic("ECSA1002").WithLocation(0).WithArguments("'cpu' and 'memory'", "256", "512"));

    [Fact]
    public Task Missing_memory_keeps_the_given_cpu() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|}
            {
                Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "1 vCPU",
            });
        }
        """,
        Verify.Diagnostic("ECSA1002").WithLocation(0).WithArguments("'memory'", "1024", "2048"));

    [Fact]
    public Task Empty_string_is_reported_at_the_assignment() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", RequiresCompatibilities = [Compatibility.FARGATE], NetworkMode = NetworkMode.Awsvpc, {|#0:Cpu = ""|}, Memory = "512",
            });
        }
        """,
        Verify.Diagnostic("ECSA1002").WithLocation(0).WithArguments("'cpu'", "256", "512"));

    [Fact]
    public Task The_size_covers_the_containers_reservations_and_limits() => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var app = new ContainerDefinition { Name = "app", Cpu = 300, Memory = 2500, MemoryReservation = 1500 };
                var sidecar = new ContainerDefinition { Name = "log", Cpu = 100, Memory = 600 };
                var r = {|#0:new RegisterTaskDefinitionRequest|} { Family = "api", NetworkMode = NetworkMode.Awsvpc };
                r.RequiresCompatibilities = new List<string> { "FARGATE" };
                r.ContainerDefinitions = [app, sidecar];
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """,
        // cpu 400 -> 512; memory max(1500 + 600, 2500) = 2500 -> 3072 with cpu 512
        Verify.Diagnostic("ECSA1002").WithLocation(0).WithArguments("'cpu' and 'memory'", "512", "3072"));

    [Fact]
    public Task Windows_gets_at_least_one_vcpu() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|}
            {
                Family = "win", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
                RuntimePlatform = new RuntimePlatform { OperatingSystemFamily = OSFamily.WINDOWS_SERVER_2022_CORE },
            });
        }
        """,
        Verify.Diagnostic("ECSA1002").WithLocation(0).WithArguments("'cpu' and 'memory'", "1024", "2048"));

    [Fact]
    public Task A_size_set_by_later_statements_is_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc };
                r.Cpu = "256";
                r.Memory = "2 GB";
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Ec2_only_task_definitions_with_container_memory_are_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", RequiresCompatibilities = ["EC2"], NetworkMode = NetworkMode.Bridge,
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Image = "nginx", Memory = 512 }],
            });
        }
        """);

    [Fact]
    public Task Unknown_compatibilities_and_sizes_are_not_reported() => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, List<string> compatibilities, string cpu, string memory)
            {
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "a", RequiresCompatibilities = compatibilities, NetworkMode = NetworkMode.Awsvpc });
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "b", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = cpu, Memory = memory });
            }
        }
        """);

    [Fact]
    public Task A_request_passed_to_a_helper_first_is_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc };
                Size(r);
                await ecs.RegisterTaskDefinitionAsync(r);
            }

            static void Size(RegisterTaskDefinitionRequest r) { r.Cpu = "256"; r.Memory = "512"; }
        }
        """);

    [Fact]
    public Task A_size_set_only_under_if_is_not_missing() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, bool big)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512" };
                if (big) { r.Cpu = "1024"; r.Memory = "2048"; }
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Both_empty_are_two_diagnostics() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            const string None = "";

            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, {|#0:Cpu = None|}, {|#1:Memory = " "|},
            });
        }
        """,
        Verify.Diagnostic("ECSA1002").WithLocation(0).WithArguments("'cpu'", "256", "512"),
        Verify.Diagnostic("ECSA1002").WithLocation(1).WithArguments("'memory'", "256", "512"));

    [Fact]
    public Task Top_level_statements_with_a_target_typed_request() => Rule.Analyzer("""
        // top-level
        using Amazon.ECS;
        using Amazon.ECS.Model;

        IAmazonECS ecs = null!;
        RegisterTaskDefinitionRequest request = {|#0:new()|} { Family = "job", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "512" };
        await ecs.RegisterTaskDefinitionAsync(request);
        """,
        Verify.Diagnostic("ECSA1002").WithLocation(0).WithArguments("'memory'", "512", "1024"));
}

public class FargateTaskSizeInvalidTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA1003");

    private const string Template = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
                Cpu = "256", Memory = "512",
            });
        }
        """;

    private static string With(string cpu, string memory) =>
        Template.Replace("Cpu = \"256\"", "Cpu = \"" + cpu + "\"").Replace("Memory = \"512\"", "Memory = \"" + memory + "\"");

    [Theory]
    [InlineData("256", "512")]
    [InlineData("256", "2048")]
    [InlineData("512", "4096")]
    [InlineData("1024", "8192")]
    [InlineData("2048", "16384")]
    [InlineData("4096", "30720")]
    [InlineData("8192", "20480")]
    [InlineData("16384", "122880")]
    [InlineData("1 vCPU", "2 GB")]
    [InlineData("0.25 vCPU", "0.5GB")]
    [InlineData("2vCPU", "4GB")]
    [InlineData(".5 vcpu", "1 gb")]
    public Task Supported_sizes_in_every_form_are_not_reported(string cpu, string memory) => Rule.Analyzer(With(cpu, memory));

    [Theory]
    [InlineData("256", "4096", "2048")]
    [InlineData("1024", "1024", "2048")]
    [InlineData("512", "2500", "3072;2048")]
    [InlineData("8192", "18432", "20480;16384")]
    [InlineData("16384", "131072", "122880")]
    [InlineData("4096", "64 GB", "30720")]
    public Task An_unsupported_memory_is_reported_at_memory(string cpu, string memory, string fixes)
    {
        _ = fixes; // the offered values; the fixer tests apply them
        return Rule.Analyzer(
            With(cpu, memory).Replace("Memory = \"" + memory + "\"", "{|#0:Memory = \"" + memory + "\"|}"),
            Verify.Diagnostic("ECSA1003").WithLocation(0).WithArguments("cpu '" + cpu + "' and memory '" + memory + "'", MemoryHint(cpu)));
    }

    private static string MemoryHint(string cpu) => cpu switch
    {
        "256" => "with cpu 256 the memory (MiB) is 512, 1024, 2048",
        "512" => "with cpu 512 the memory (MiB) is 1024, 2048, 3072, 4096",
        "1024" => "with cpu 1024 the memory (MiB) is 2048 to 8192 in steps of 1024",
        "4096" => "with cpu 4096 the memory (MiB) is 8192 to 30720 in steps of 1024",
        "8192" => "with cpu 8192 the memory (MiB) is 16384 to 61440 in steps of 4096",
        _ => "with cpu 16384 the memory (MiB) is 32768 to 122880 in steps of 8192",
    };

    [Theory]
    [InlineData("300")]
    [InlineData("3 vCPU")]
    [InlineData("lots")]
    [InlineData("32768")]
    public Task An_unsupported_cpu_is_reported_at_cpu(string cpu) => Rule.Analyzer(
        With(cpu, "2048").Replace("Cpu = \"" + cpu + "\"", "{|#0:Cpu = \"" + cpu + "\"|}"),
        Verify.Diagnostic("ECSA1003").WithLocation(0).WithArguments("cpu '" + cpu + "'", "Fargate task cpu is one of 256, 512, 1024, 2048, 4096, 8192, 16384 (CPU units; 1024 = 1 vCPU)"));

    [Fact]
    public Task Windows_needs_at_least_one_vcpu() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs)
            {
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "win", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, {|#0:Cpu = "512"|}, Memory = "1024",
                    RuntimePlatform = new RuntimePlatform { OperatingSystemFamily = "WINDOWS_SERVER_2019_FULL" },
                });
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "win", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "1024", Memory = "2048",
                    RuntimePlatform = new RuntimePlatform { OperatingSystemFamily = OSFamily.WINDOWS_SERVER_2019_FULL },
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA1003").WithLocation(0).WithArguments("cpu '512' on Windows", "Fargate task cpu is one of 1024, 2048, 4096 on Windows (CPU units; 1024 = 1 vCPU)"));

    [Fact]
    public Task Not_fargate_unknown_or_different_on_each_path_is_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, string memory, bool big)
            {
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "a", RequiresCompatibilities = ["EC2"], Cpu = "300", Memory = "100" });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "b", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = memory });
                var r = new RegisterTaskDefinitionRequest { Family = "c", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512" };
                if (big) r.Memory = "4096";
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);
}
