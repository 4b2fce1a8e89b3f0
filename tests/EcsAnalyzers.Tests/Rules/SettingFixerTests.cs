using System.Threading.Tasks;
using EcsAnalyzers.CodeFixes;

namespace EcsAnalyzers.Tests.Rules;

public class SettingFixerTests
{
    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task ECSA1002_adds_the_smallest_size_that_fits_keeping_the_layout(SdkVersion sdk) => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|ECSA1002:new RegisterTaskDefinitionRequest|}
            {
                Family = "api",
                RequiresCompatibilities = ["FARGATE"],
                NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Memory = 700 }],
            });
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api",
                RequiresCompatibilities = ["FARGATE"],
                NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Memory = 700 }],
                Cpu = "256",
                Memory = "1024",
            });
        }
        """, sdk);

    [Fact]
    public Task ECSA1002_replaces_an_empty_value() => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "1024", {|ECSA1002:Memory = ""|} });
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "1024", Memory = "2048" });
        }
        """);

    private const string InvalidMemory = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "512", {|ECSA1003:Memory = "2500"|} });
        }
        """;

    [Fact]
    public Task ECSA1003_offers_the_nearest_larger_memory_first() => Verify.CodeFix<SettingFixer>(
        InvalidMemory, InvalidMemory.Replace("{|ECSA1003:Memory = \"2500\"|}", "Memory = \"3072\""), equivalenceKey: "ECSA1003_Value");

    [Fact]
    public Task ECSA1003_offers_the_nearest_smaller_memory_second() => Verify.CodeFix<SettingFixer>(
        InvalidMemory, InvalidMemory.Replace("{|ECSA1003:Memory = \"2500\"|}", "Memory = \"2048\""), equivalenceKey: "ECSA1003_Value1");

    [Fact]
    public Task ECSA1003_offers_the_nearest_valid_cpu() => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, {|ECSA1003:Cpu = "3 vCPU"|}, Memory = "8192" });
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "4096", Memory = "8192" });
        }
        """, equivalenceKey: "ECSA1003_Value");

    [Fact]
    public Task ECSA1004_removes_a_privileged_flag_and_leaves_what_it_cannot_remove() => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "api",
                        {|ECSA1004:Privileged = true|},
                        Image = "nginx",
                    },
                ],
            });
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "api",
                        Image = "nginx",
                    },
                ],
            });
        }
        """);

    [Fact]
    public Task ECSA1006_and_ECSA1010_remove_the_setting_statement() => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var vpc = new AwsVpcConfiguration { Subnets = ["subnet-1"] };
                {|ECSA1006:vpc.AssignPublicIp = AssignPublicIp.ENABLED|};
                var request = new RunTaskRequest { TaskDefinition = "job", NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = vpc } };
                {|ECSA1006:request.LaunchType = LaunchType.EC2|};
                request.CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "asg" }];
                await ecs.RunTaskAsync(request);
            }
        }
        """.Replace("{|ECSA1006:request", "{|ECSA1010:request"), """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var vpc = new AwsVpcConfiguration { Subnets = ["subnet-1"] };
                var request = new RunTaskRequest { TaskDefinition = "job", NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = vpc } };
                request.CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "asg" }];
                await ecs.RunTaskAsync(request);
            }
        }
        """, fixAllIterations: 2);

    [Fact]
    public Task ECSA1007_removes_the_daemon_strategy_and_ECSA1009_pins_latest() => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.CreateServiceAsync(new CreateServiceRequest
            {
                ServiceName = "api",
                LaunchType = LaunchType.FARGATE,
                {|ECSA1007:SchedulingStrategy = SchedulingStrategy.DAEMON|},
                {|ECSA1009:PlatformVersion = "1.3.0"|},
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-1"] } },
            });
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.CreateServiceAsync(new CreateServiceRequest
            {
                ServiceName = "api",
                LaunchType = LaunchType.FARGATE,
                PlatformVersion = "LATEST",
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-1"] } },
            });
        }
        """, fixAllIterations: 2);

    [Fact]
    public Task ECSA3002_adds_an_execution_role_placeholder() => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|ECSA3002:new RegisterTaskDefinitionRequest|} { Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "api", Memory = 256, Secrets = [new Secret { Name = "S", ValueFrom = "s" }] }] });
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "api", Memory = 256, Secrets = [new Secret { Name = "S", ValueFrom = "s" }] }], ExecutionRoleArn = "arn:aws:iam::<account-id>:role/<execution-role>" });
        }
        """);

    [Fact]
    public Task ECSA4001_and_ECSA4002_remove_host_ports_and_links() => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "api", Memory = 256,
                        PortMappings = [new PortMapping { ContainerPort = 8080, {|ECSA4001:HostPort = 80|} }],
                        {|ECSA4002:Links = ["db"]|},
                    },
                ],
            });
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "api", Memory = 256,
                        PortMappings = [new PortMapping { ContainerPort = 8080 }],
                    },
                ],
            });
        }
        """, fixAllIterations: 2);

    [Fact]
    public Task ECSA1002_fix_all_across_two_documents() => FixAll.TwoDocuments<SettingFixer>(
        "ECSA1002",
        "Family = \"f\", RequiresCompatibilities = [\"FARGATE\"], NetworkMode = NetworkMode.Awsvpc",
        "Family = \"f\", RequiresCompatibilities = [\"FARGATE\"], NetworkMode = NetworkMode.Awsvpc, Cpu = \"256\", Memory = \"512\"",
        key: "ECSA1002_Add",
        markCreation: true);

    [Fact]
    public Task ECSA1003_fix_all_across_two_documents() => FixAll.TwoDocuments<SettingFixer>(
        "ECSA1003",
        "Family = \"f\", RequiresCompatibilities = [\"FARGATE\"], NetworkMode = NetworkMode.Awsvpc, Cpu = \"256\", {|ECSA1003:Memory = \"4096\"|}",
        "Family = \"f\", RequiresCompatibilities = [\"FARGATE\"], NetworkMode = NetworkMode.Awsvpc, Cpu = \"256\", Memory = \"2048\"",
        key: "ECSA1003_Value");
}
