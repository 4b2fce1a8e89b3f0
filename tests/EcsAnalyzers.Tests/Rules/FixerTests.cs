using System.Threading.Tasks;
using EcsAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace EcsAnalyzers.Tests.Rules;

public class FargateRequiresAwsvpcFixerTests
{
    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task Replaces_the_mode_and_removes_mismatched_host_ports_and_links(SdkVersion sdk) => Verify.CodeFix<FargateRequiresAwsvpcFixer>("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            RegisterTaskDefinitionRequest Build() => new RegisterTaskDefinitionRequest
            {
                TaskRoleArn = "arn:aws:iam::123456789012:role/web",
                RequiresCompatibilities = new List<string> { "FARGATE" },
                {|ECSA1001:NetworkMode = NetworkMode.Bridge|},
                ContainerDefinitions = new List<ContainerDefinition>
                {
                    new ContainerDefinition
                    {
                        Name = "web",
                        Links = new List<string> { "db" },
                        PortMappings = new List<PortMapping>
                        {
                            new PortMapping { ContainerPort = 80, HostPort = 8080 },
                            new PortMapping { ContainerPort = 443, HostPort = 443 },
                            new PortMapping { ContainerPort = 9000, HostPort = 0 },
                        },
                    },
                },
            };
        }
        """, """
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            RegisterTaskDefinitionRequest Build() => new RegisterTaskDefinitionRequest
            {
                TaskRoleArn = "arn:aws:iam::123456789012:role/web",
                RequiresCompatibilities = new List<string> { "FARGATE" },
                NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = new List<ContainerDefinition>
                {
                    new ContainerDefinition
                    {
                        Name = "web",
                        PortMappings = new List<PortMapping>
                        {
                            new PortMapping { ContainerPort = 80 },
                            new PortMapping { ContainerPort = 443, HostPort = 443 },
                            new PortMapping { ContainerPort = 9000, HostPort = 0 },
                        },
                    },
                },
            };
        }
        """, sdk);

    [Fact]
    public Task Adds_the_mode_when_it_is_missing() => Verify.CodeFix<FargateRequiresAwsvpcFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = {|ECSA1001:new RegisterTaskDefinitionRequest|}
                {
                    Family = "worker",
                    TaskRoleArn = "arn:aws:iam::123456789012:role/worker",
                    RequiresCompatibilities = ["FARGATE"]
                };
                r.ContainerDefinitions = [new ContainerDefinition { Name = "w", Links = ["db"] }];
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = new RegisterTaskDefinitionRequest
                {
                    Family = "worker",
                    TaskRoleArn = "arn:aws:iam::123456789012:role/worker",
                    RequiresCompatibilities = ["FARGATE"],
                    NetworkMode = NetworkMode.Awsvpc
                };
                r.ContainerDefinitions = [new ContainerDefinition { Name = "w" }];
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Statement_form_without_using_gets_a_qualified_name() => Verify.CodeFix<FargateRequiresAwsvpcFixer>("""
        class C
        {
            async System.Threading.Tasks.Task Run(Amazon.ECS.IAmazonECS ecs)
            {
                var r = new Amazon.ECS.Model.RegisterTaskDefinitionRequest { TaskRoleArn = "r" };
                r.RequiresCompatibilities = ["FARGATE"];
                {|ECSA1001:r.NetworkMode = "bridge"|};
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """, """
        class C
        {
            async System.Threading.Tasks.Task Run(Amazon.ECS.IAmazonECS ecs)
            {
                var r = new Amazon.ECS.Model.RegisterTaskDefinitionRequest { TaskRoleArn = "r" };
                r.RequiresCompatibilities = ["FARGATE"];
                r.NetworkMode = Amazon.ECS.NetworkMode.Awsvpc;
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Fix_all_across_two_documents() => FixAll.TwoDocuments<FargateRequiresAwsvpcFixer>(
        "ECSA1001",
        "RequiresCompatibilities = [\"FARGATE\"], TaskRoleArn = \"r\", {|ECSA1001:NetworkMode = NetworkMode.Bridge|}",
        "RequiresCompatibilities = [\"FARGATE\"], TaskRoleArn = \"r\", NetworkMode = NetworkMode.Awsvpc");
}

public class S3BucketAsVolumeFixerTests
{
    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task Host_volume_becomes_an_encrypted_efs_volume(SdkVersion sdk) => Verify.CodeFix<S3BucketAsVolumeFixer>("""
        using Amazon.ECS.Model;

        class C
        {
            Volume Build() => new Volume
            {
                Name = "data",
                Host = new HostVolumeProperties { {|ECSA2001:SourcePath = "s3://my-bucket"|} },
            };
        }
        """, """
        using Amazon.ECS.Model;

        class C
        {
            Volume Build() => new Volume
            {
                Name = "data",
                EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-<efs-file-system-id>", TransitEncryption = Amazon.ECS.EFSTransitEncryption.ENABLED },
            };
        }
        """, sdk, S3BucketAsVolumeFixer.UseEfsKey);

    [Fact]
    public Task Host_volume_becomes_an_s3_files_volume_on_v4() => Verify.CodeFix<S3BucketAsVolumeFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            Volume Build() => new Volume { Name = "data", Host = new HostVolumeProperties { {|ECSA2001:SourcePath = "s3://my-bucket"|} } };
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            Volume Build() => new Volume { Name = "data", S3filesVolumeConfiguration = new S3FilesVolumeConfiguration { FileSystemArn = "arn:aws:s3files:<region>:<account-id>:file-system/<file-system-id>" } };
        }
        """, SdkVersion.V4, S3BucketAsVolumeFixer.UseS3FilesKey);

    [Fact]
    public async Task S3_files_is_not_offered_on_v3()
    {
        var test = new EcsTest<S3BucketAsVolumeFixer>(SdkVersion.V3)
        {
            TestCode = """
                using Amazon.ECS.Model;

                class C
                {
                    Volume Build() => new Volume { Host = new HostVolumeProperties { {|ECSA2001:SourcePath = "s3://b"|} } };
                }
                """,
            FixedCode = """
                using Amazon.ECS.Model;

                class C
                {
                    Volume Build() => new Volume { EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-<efs-file-system-id>", TransitEncryption = Amazon.ECS.EFSTransitEncryption.ENABLED } };
                }
                """,
            CodeActionIndex = 0,
            CodeActionVerifier = (action, verifier) => verifier.Equal(S3BucketAsVolumeFixer.UseEfsKey, action.EquivalenceKey),
        };
        await test.RunAsync();
    }

    [Fact]
    public Task Statement_form_is_rewritten() => Verify.CodeFix<S3BucketAsVolumeFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            Volume Build()
            {
                var v = new Volume { Name = "d" };
                v.FsxWindowsFileServerVolumeConfiguration = new FSxWindowsFileServerVolumeConfiguration { {|ECSA2001:FileSystemId = "arn:aws:s3:::b"|} };
                return v;
            }
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            Volume Build()
            {
                var v = new Volume { Name = "d" };
                v.EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-<efs-file-system-id>", TransitEncryption = EFSTransitEncryption.ENABLED };
                return v;
            }
        }
        """, SdkVersion.V4, S3BucketAsVolumeFixer.UseEfsKey);

    [Fact]
    public Task Fix_all_across_two_documents() => FixAll.TwoDocuments<S3BucketAsVolumeFixer>(
        "ECSA2001",
        "Volumes = [new Volume { Host = new HostVolumeProperties { {|ECSA2001:SourcePath = \"s3://a\"|} } }], TaskRoleArn = \"r\"",
        "Volumes = [new Volume { EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = \"fs-<efs-file-system-id>\", TransitEncryption = EFSTransitEncryption.ENABLED } }], TaskRoleArn = \"r\"",
        S3BucketAsVolumeFixer.UseEfsKey);
}

public class MissingTaskRoleFixerTests
{
    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task Adds_a_placeholder_task_role_keeping_the_layout(SdkVersion sdk) => Verify.CodeFix<MissingTaskRoleFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                await ecs.RegisterTaskDefinitionAsync({|ECSA3001:new RegisterTaskDefinitionRequest|}
                {
                    Family = "web", // the web tier
                    Cpu = "256",
                });
            }
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "web", // the web tier
                    Cpu = "256",
                    TaskRoleArn = "arn:aws:iam::<account-id>:role/<task-role>",
                });
            }
        }
        """, sdk);

    [Fact]
    public Task Adds_an_initializer_when_there_is_none() => Verify.CodeFix<MissingTaskRoleFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = {|ECSA3001:new RegisterTaskDefinitionRequest|}();
                r.Family = "batch";
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = new RegisterTaskDefinitionRequest() { TaskRoleArn = "arn:aws:iam::<account-id>:role/<task-role>" };
                r.Family = "batch";
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task An_explicit_null_role_is_replaced_where_it_is_set() => Verify.CodeFix<MissingTaskRoleFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = {|ECSA3001:new RegisterTaskDefinitionRequest|} { Family = "batch" };
                r.TaskRoleArn = null;
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "batch" };
                r.TaskRoleArn = "arn:aws:iam::<account-id>:role/<task-role>";
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Single_line_initializer_stays_on_one_line() => Verify.CodeFix<MissingTaskRoleFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|ECSA3001:new RegisterTaskDefinitionRequest|} { Family = "web" });
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "web", TaskRoleArn = "arn:aws:iam::<account-id>:role/<task-role>" });
        }
        """);

    [Fact]
    public Task Fix_all_across_two_documents() => FixAll.TwoDocuments<MissingTaskRoleFixer>(
        "ECSA3001",
        "Family = \"f\"",
        "Family = \"f\", TaskRoleArn = \"arn:aws:iam::<account-id>:role/<task-role>\"",
        markCreation: true);
}

/// <summary>Fix All in solution scope over two documents, each with two requests.</summary>
internal static class FixAll
{
    public static async Task TwoDocuments<TFix>(string id, string members, string fixedMembers, string? key = null, bool markCreation = false)
        where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        string Doc(string name, string body, bool mark) => $$"""
            using Amazon.ECS;
            using Amazon.ECS.Model;

            class {{name}}
            {
                void Run(IAmazonECS ecs)
                {
                    _ = ecs.RegisterTaskDefinitionAsync({{(mark ? "{|" + id + ":new RegisterTaskDefinitionRequest|}" : "new RegisterTaskDefinitionRequest")}} { {{body}} });
                    _ = ecs.RegisterTaskDefinitionAsync({{(mark ? "{|" + id + ":new RegisterTaskDefinitionRequest|}" : "new RegisterTaskDefinitionRequest")}} { {{body}} });
                }
            }
            """;

        foreach (var sdk in SdkReferences.Both)
        {
            var test = new EcsTest<TFix>(sdk) { CodeActionEquivalenceKey = key };
            test.OnlyRules([id]);
            test.TestState.Sources.Add(("A.cs", Doc("A", members, markCreation)));
            test.TestState.Sources.Add(("B.cs", Doc("B", members, markCreation)));
            test.FixedState.Sources.Add(("A.cs", Doc("A", fixedMembers, false)));
            test.FixedState.Sources.Add(("B.cs", Doc("B", fixedMembers, false)));
            test.BatchFixedState.Sources.Add(("A.cs", Doc("A", fixedMembers, false)));
            test.BatchFixedState.Sources.Add(("B.cs", Doc("B", fixedMembers, false)));
            await test.RunAsync();
        }
    }
}
