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

    [Fact]
    public Task ECSA2003_adds_or_sets_transit_encryption() => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs)
            {
                var a = {|ECSA2003:new EFSVolumeConfiguration|} { FileSystemId = "fs-1", AuthorizationConfig = new EFSAuthorizationConfig { AccessPointId = "fsap-1" } };
                var b = new EFSVolumeConfiguration { FileSystemId = "fs-2", {|ECSA2003:TransitEncryption = EFSTransitEncryption.DISABLED|}, AuthorizationConfig = new EFSAuthorizationConfig { Iam = EFSAuthorizationConfigIAM.ENABLED } };
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "app", TaskRoleArn = "app", Volumes = [new Volume { Name = "a", EfsVolumeConfiguration = a }, new Volume { Name = "b", EfsVolumeConfiguration = b }] });
            }
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs)
            {
                var a = new EFSVolumeConfiguration { FileSystemId = "fs-1", AuthorizationConfig = new EFSAuthorizationConfig { AccessPointId = "fsap-1" }, TransitEncryption = EFSTransitEncryption.ENABLED };
                var b = new EFSVolumeConfiguration { FileSystemId = "fs-2", TransitEncryption = EFSTransitEncryption.ENABLED, AuthorizationConfig = new EFSAuthorizationConfig { Iam = EFSAuthorizationConfigIAM.ENABLED } };
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "app", TaskRoleArn = "app", Volumes = [new Volume { Name = "a", EfsVolumeConfiguration = a }, new Volume { Name = "b", EfsVolumeConfiguration = b }] });
            }
        }
        """, fixAllIterations: 2);

    [Fact]
    public Task ECSA2003_writes_a_qualified_name_without_the_using() => Verify.CodeFix<SettingFixer>("""
        class C
        {
            void Run(Amazon.ECS.IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new Amazon.ECS.Model.RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "app",
                Volumes = [new Amazon.ECS.Model.Volume { Name = "a", EfsVolumeConfiguration = {|ECSA2003:new Amazon.ECS.Model.EFSVolumeConfiguration|} { FileSystemId = "fs-1", AuthorizationConfig = new Amazon.ECS.Model.EFSAuthorizationConfig { AccessPointId = "fsap-1" } } }],
            });
        }
        """, """
        class C
        {
            void Run(Amazon.ECS.IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new Amazon.ECS.Model.RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "app",
                Volumes = [new Amazon.ECS.Model.Volume { Name = "a", EfsVolumeConfiguration = new Amazon.ECS.Model.EFSVolumeConfiguration { FileSystemId = "fs-1", AuthorizationConfig = new Amazon.ECS.Model.EFSAuthorizationConfig { AccessPointId = "fsap-1" }, TransitEncryption = Amazon.ECS.EFSTransitEncryption.ENABLED } }],
            });
        }
        """);

    [Fact]
    public Task ECSA2004_removes_the_root_directory() => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            EFSVolumeConfiguration Efs() => new EFSVolumeConfiguration { FileSystemId = "fs-1", {|ECSA2004:RootDirectory = "/app"|}, TransitEncryption = EFSTransitEncryption.ENABLED, AuthorizationConfig = new EFSAuthorizationConfig { AccessPointId = "fsap-1" } };
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            EFSVolumeConfiguration Efs() => new EFSVolumeConfiguration { FileSystemId = "fs-1", TransitEncryption = EFSTransitEncryption.ENABLED, AuthorizationConfig = new EFSAuthorizationConfig { AccessPointId = "fsap-1" } };
        }
        """);

    [Fact]
    public Task ECSA2008_adds_a_task_role_to_the_request() => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#1:new RegisterTaskDefinitionRequest|}
            {
                Family = "reports",
                Volumes = [new Volume { Name = "data", S3filesVolumeConfiguration = {|#0:new S3FilesVolumeConfiguration|} { FileSystemArn = "arn" } }],
            });
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "reports",
                Volumes = [new Volume { Name = "data", S3filesVolumeConfiguration = new S3FilesVolumeConfiguration { FileSystemArn = "arn" } }],
                TaskRoleArn = "arn:aws:iam::<account-id>:role/<task-role>",
            });
        }
        """, expected: [Verify.Diagnostic("ECSA2008").WithLocation(0).WithLocation(1).WithArguments("'reports'")]);

    [Theory]
    [InlineData("\"CMD-SHELL, curl -f http://localhost/ || exit 1\"")]
    [InlineData("\"CMD-SHELL curl -f http://localhost/ || exit 1\"")]
    public Task ECSA5008_splits_the_first_element(string first) => Verify.CodeFix<SettingFixer>(
        """
        using Amazon.ECS.Model;

        class C
        {
            HealthCheck Check() => new HealthCheck { Command = [FIRST], Interval = 30 };
            HealthCheck Listed() => new HealthCheck { Command = new System.Collections.Generic.List<string> { FIRST } };
        }
        """.Replace("FIRST", "{|ECSA5008:" + first + "|}"),
        """
        using Amazon.ECS.Model;

        class C
        {
            HealthCheck Check() => new HealthCheck { Command = ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], Interval = 30 };
            HealthCheck Listed() => new HealthCheck { Command = new System.Collections.Generic.List<string> { "CMD-SHELL", "curl -f http://localhost/ || exit 1" } };
        }
        """);

    [Fact]
    public Task ECSA5009_uses_the_sdk_constant() => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            RegisterTaskDefinitionRequest Request() => new RegisterTaskDefinitionRequest { Family = "app", {|ECSA5009:NetworkMode = "aws-vpc"|}, RequiresCompatibilities = [{|ECSA5009:"Fargate "|}] };
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            RegisterTaskDefinitionRequest Request() => new RegisterTaskDefinitionRequest { Family = "app", NetworkMode = NetworkMode.Awsvpc, RequiresCompatibilities = [Compatibility.FARGATE] };
        }
        """);
}
