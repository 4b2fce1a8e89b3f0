using System.Threading.Tasks;
using EcsAnalyzers.CodeFixes;

namespace EcsAnalyzers.Tests.Rules;

public class SecurityFixerTests
{
    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task ECSA6001_removes_the_privileged_flag(SdkVersion sdk) => Verify.CodeFix<SettingFixer>(
        SecurityTemplates.Ec2With("{|ECSA6001:Privileged = true|}"),
        SecurityTemplates.Ec2With("").Replace("Memory = 256,  }", "Memory = 256 }"),
        sdk);

    [Fact]
    public Task ECSA6001_removes_a_statement() => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS.Model;

        class C
        {
            ContainerDefinition Make()
            {
                var agent = new ContainerDefinition { Name = "agent" };
                {|ECSA6001:agent.Privileged = true|};
                return agent;
            }
        }
        """, """
        using Amazon.ECS.Model;

        class C
        {
            ContainerDefinition Make()
            {
                var agent = new ContainerDefinition { Name = "agent" };
                return agent;
            }
        }
        """);

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task ECSA6003_adds_transit_encryption(SdkVersion sdk) => Verify.CodeFix<SettingFixer>(
        SecurityTemplates.Ec2With("Essential = true", "Volumes = [new Volume { Name = \"a\", EfsVolumeConfiguration = {|ECSA6003:new EFSVolumeConfiguration|} { FileSystemId = \"fs-1\" } }, new Volume { Name = \"b\", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = \"fs-2\", TransitEncryption = EFSTransitEncryption.ENABLED } }],"),
        SecurityTemplates.Ec2With("Essential = true", "Volumes = [new Volume { Name = \"a\", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = \"fs-1\", TransitEncryption = EFSTransitEncryption.ENABLED } }, new Volume { Name = \"b\", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = \"fs-2\", TransitEncryption = EFSTransitEncryption.ENABLED } }],"),
        sdk);

    [Fact]
    public Task ECSA6003_enables_a_disabled_setting() => Verify.CodeFix<SettingFixer>(
        SecurityTemplates.Ec2With("Essential = true", "Volumes = [new Volume { Name = \"a\", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = \"fs-1\", {|ECSA6003:TransitEncryption = \"DISABLED\"|} } }],"),
        SecurityTemplates.Ec2With("Essential = true", "Volumes = [new Volume { Name = \"a\", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = \"fs-1\", TransitEncryption = EFSTransitEncryption.ENABLED } }],"));

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task ECSA6004_sets_a_read_only_root_file_system(SdkVersion sdk) => Verify.CodeFix<SettingFixer>(
        SecurityTemplates.Ec2With("Essential = true").Replace("new ContainerDefinition", "{|ECSA6004:new ContainerDefinition|}"),
        SecurityTemplates.Ec2With("Essential = true, ReadonlyRootFilesystem = true"),
        sdk);

    [Fact]
    public Task ECSA6004_replaces_false() => Verify.CodeFix<SettingFixer>(
        SecurityTemplates.Ec2With("{|ECSA6004:ReadonlyRootFilesystem = false|}"),
        SecurityTemplates.Ec2With("ReadonlyRootFilesystem = true"));

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task ECSA6010_disables_the_public_ip(SdkVersion sdk) => Verify.CodeFix<SettingFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RunTaskAsync(new RunTaskRequest
            {
                TaskDefinition = "app", LaunchType = LaunchType.FARGATE,
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-1"], {|ECSA6010:AssignPublicIp = "ENABLED"|} } },
            });
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RunTaskAsync(new RunTaskRequest
            {
                TaskDefinition = "app", LaunchType = LaunchType.FARGATE,
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-1"], AssignPublicIp = AssignPublicIp.DISABLED } },
            });
        }
        """, sdk);

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task ECSA6002_moves_the_variable_to_secrets_keeping_its_name(SdkVersion sdk) => Verify.CodeFix<SecretInEnvironmentFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app",
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "app",
                        Environment = [new KeyValuePair { Name = "LOG_LEVEL", Value = "info" }, new KeyValuePair { Name = "DB_PASSWORD", {|ECSA6002:Value = "hunter2"|} }],
                    },
                ],
            });
        }
        """, $$"""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app",
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "app",
                        Environment = [new KeyValuePair { Name = "LOG_LEVEL", Value = "info" }],
                        Secrets = [new Secret { Name = "DB_PASSWORD", ValueFrom = "{{SecretInEnvironmentFixer.Placeholder}}" }],
                    },
                ],
            });
        }
        """, sdk);

    [Fact]
    public Task ECSA6002_fix_all_appends_to_the_secrets_of_each_container() => Verify.CodeFix<SecretInEnvironmentFixer>("""
        using Amazon.ECS.Model;

        class C
        {
            const string Name = "API_TOKEN";

            ContainerDefinition[] Make() =>
            [
                new ContainerDefinition { Name = "a", Environment = [new KeyValuePair { Name = Name, {|ECSA6002:Value = "t0k3n"|} }], Secrets = [new Secret { Name = "X", ValueFrom = "arn:aws:ssm:us-east-1:123456789012:parameter/x" }] },
                new ContainerDefinition { Name = "b", Environment = [new KeyValuePair { Name = "KEY", {|ECSA6002:Value = "AKIAIOSFODNN7EXAMPLE"|} }] },
            ];
        }
        """, $$"""
        using Amazon.ECS.Model;

        class C
        {
            const string Name = "API_TOKEN";

            ContainerDefinition[] Make() =>
            [
                new ContainerDefinition { Name = "a", Environment = [], Secrets = [new Secret { Name = "X", ValueFrom = "arn:aws:ssm:us-east-1:123456789012:parameter/x" }, new Secret { Name = Name, ValueFrom = "{{SecretInEnvironmentFixer.Placeholder}}" }] },
                new ContainerDefinition { Name = "b", Environment = [], Secrets = [new Secret { Name = "KEY", ValueFrom = "{{SecretInEnvironmentFixer.Placeholder}}" }] },
            ];
        }
        """);

    [Fact]
    public Task ECSA6002_fix_all_moves_two_variables_of_one_container() => Verify.CodeFix<SecretInEnvironmentFixer>("""
        using System.Collections.Generic;
        using Amazon.ECS.Model;
        using KeyValuePair = Amazon.ECS.Model.KeyValuePair;

        class C
        {
            ContainerDefinition Make() => new ContainerDefinition
            {
                Name = "a",
                Environment = new List<KeyValuePair> { new KeyValuePair { Name = "DB_PASSWORD", {|ECSA6002:Value = "hunter2"|} }, new KeyValuePair { Name = "API_KEY", {|ECSA6002:Value = "k3y"|} } },
            };
        }
        """, $$"""
        using System.Collections.Generic;
        using Amazon.ECS.Model;
        using KeyValuePair = Amazon.ECS.Model.KeyValuePair;

        class C
        {
            ContainerDefinition Make() => new ContainerDefinition
            {
                Name = "a",
                Environment = new List<KeyValuePair> { },
                Secrets = [new Secret { Name = "DB_PASSWORD", ValueFrom = "{{SecretInEnvironmentFixer.Placeholder}}" }, new Secret { Name = "API_KEY", ValueFrom = "{{SecretInEnvironmentFixer.Placeholder}}" }],
            };
        }
        """, fixAllIterations: 2);

    [Fact]
    public Task ECSA6002_no_fix_for_a_variable_added_by_a_statement() => Verify.CodeFix<SecretInEnvironmentFixer>("""
        using Amazon.ECS.Model;

        class C
        {
            ContainerDefinition Make()
            {
                var app = new ContainerDefinition { Name = "app", Environment = [] };
                app.Environment.Add(new KeyValuePair { Name = "DB_PASSWORD", {|ECSA6002:Value = "hunter2"|} });
                return app;
            }
        }
        """, """
        using Amazon.ECS.Model;

        class C
        {
            ContainerDefinition Make()
            {
                var app = new ContainerDefinition { Name = "app", Environment = [] };
                app.Environment.Add(new KeyValuePair { Name = "DB_PASSWORD", {|ECSA6002:Value = "hunter2"|} });
                return app;
            }
        }
        """, fixAllIterations: 0);
}
