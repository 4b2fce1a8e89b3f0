using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

public class S3BucketAsVolumeTests
{
    [Fact]
    public Task S3_uri_as_host_source_path_is_reported_with_the_value() => Verify.Rules("ECSA2001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS.Model;

        class C
        {
            RegisterTaskDefinitionRequest Build() => new RegisterTaskDefinitionRequest
            {
                Volumes = new List<Volume>
                {
                    new Volume { Name = "data", Host = new HostVolumeProperties { {|#0:SourcePath = "s3://my-bucket/data"|} } },
                },
            };
        }
        """,
        Verify.Diagnostic("ECSA2001").WithLocation(0).WithArguments("s3://my-bucket/data", "host source path"));

    [Fact]
    public Task S3_arn_in_any_partition_is_reported() => Verify.Rules("ECSA2001").Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            Volume[] Build() =>
            [
                new Volume { Host = new HostVolumeProperties { {|ECSA2001:SourcePath = "arn:aws:s3:::my-bucket"|} } },
                new Volume { Host = new HostVolumeProperties { {|ECSA2001:SourcePath = "arn:aws-cn:s3:::my-bucket/prefix"|} } },
                new Volume { Host = new HostVolumeProperties { {|ECSA2001:SourcePath = "S3://UPPER/case"|} } },
            ];
        }
        """);

    [Fact]
    public Task S3_as_efs_or_fsx_file_system_id_is_reported() => Verify.Rules("ECSA2001").Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            Volume[] Build() =>
            [
                new Volume { EfsVolumeConfiguration = new EFSVolumeConfiguration { {|#0:FileSystemId = "s3://bucket"|} } },
                new Volume { FsxWindowsFileServerVolumeConfiguration = new FSxWindowsFileServerVolumeConfiguration { {|#1:FileSystemId = "arn:aws:s3:::bucket"|} } },
            ];
        }
        """,
        Verify.Diagnostic("ECSA2001").WithLocation(0).WithArguments("s3://bucket", "EFS file system ID"),
        Verify.Diagnostic("ECSA2001").WithLocation(1).WithArguments("arn:aws:s3:::bucket", "FSx for Windows File Server file system ID"));

    [Fact]
    public Task Real_paths_efs_ids_and_s3files_arns_are_not_reported() => Verify.Rules("ECSA2001").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            Volume[] Build() =>
            [
                new Volume { Host = new HostVolumeProperties { SourcePath = "/mnt/data" } },
                new Volume { Host = new HostVolumeProperties { SourcePath = "/var/lib/s3://not-a-uri" } },
                new Volume { EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-0123456789abcdef0", TransitEncryption = EFSTransitEncryption.ENABLED } },
                new Volume { Host = new HostVolumeProperties { SourcePath = "arn:aws:s3files:us-east-1:123456789012:file-system/fs-1" } },
                new Volume { Host = new HostVolumeProperties { SourcePath = "arn:aws:s3express:us-east-1:123456789012:bucket/b" } },
            ];
        }
        """);

    [Fact]
    public Task S3_uris_outside_volumes_are_not_reported() => Verify.Rules("ECSA2001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            ContainerDefinition Build() => new ContainerDefinition
            {
                Name = "app",
                EnvironmentFiles = new List<EnvironmentFile> { new EnvironmentFile { Type = EnvironmentFileType.S3, Value = "arn:aws:s3:::config/app.env" } },
                Environment = new List<Amazon.ECS.Model.KeyValuePair> { new Amazon.ECS.Model.KeyValuePair { Name = "INPUT", Value = "s3://bucket/input" } },
                Command = new List<string> { "aws", "s3", "cp", "s3://bucket/file", "/tmp" },
                MountPoints = new List<MountPoint> { new MountPoint { SourceVolume = "s3://bucket", ContainerPath = "/data" } },
            };
        }
        """);

    [Fact]
    public Task S3_files_volume_configuration_is_not_reported_on_v4() => Verify.Rules("ECSA2001").Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            Volume Build() => new Volume
            {
                Name = "shared",
                S3filesVolumeConfiguration = new S3FilesVolumeConfiguration { FileSystemArn = "arn:aws:s3files:us-east-1:123456789012:file-system/fs-1" },
            };
        }
        """,
        [SdkVersion.V4]);

    [Fact]
    public Task Writes_to_parts_of_a_volume_are_read() => Verify.Rules("ECSA2001").Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            Volume Build(bool cached)
            {
                var volume = new Volume { Name = "data" };
                volume.Host = new HostVolumeProperties();
                {|ECSA2001:volume.Host.SourcePath = "s3://bucket/data"|};
                if (cached)
                {
                    {|ECSA2001:volume.Host.SourcePath = "s3://bucket/cache"|};
                }

                return volume;
            }
        }
        """);

    [Fact]
    public Task Volumes_built_in_locals_and_added_to_the_request_are_read() => Verify.Rules("ECSA2001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            const string Bucket = "s3://reports";

            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var host = new HostVolumeProperties { {|ECSA2001:SourcePath = $"{Bucket}/2026"|} };
                var volume = new Volume { Name = "reports", Host = host };
                var request = new RegisterTaskDefinitionRequest { Family = "reports", TaskRoleArn = "arn:aws:iam::123456789012:role/reports" };
                request.Volumes = new List<Volume>();
                request.Volumes.Add(volume);
                await ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """);

    [Fact]
    public Task Nested_member_initializer_is_read() => Verify.Rules("ECSA2001").Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            Volume Build() => new Volume { Name = "data", Host = { {|ECSA2001:SourcePath = "s3://bucket"|} } };
        }
        """);

    [Fact]
    public Task Unknown_source_paths_are_not_reported() => Verify.Rules("ECSA2001").Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            Volume Build(string path, System.Func<string> load)
            {
                var reassigned = "s3://bucket";
                reassigned = path;
                return new Volume
                {
                    Host = new HostVolumeProperties { SourcePath = path + "/x" },
                    EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = load() },
                    FsxWindowsFileServerVolumeConfiguration = new FSxWindowsFileServerVolumeConfiguration { FileSystemId = reassigned },
                };
            }
        }
        """);

    [Fact]
    public Task Static_readonly_field_with_a_literal_is_read_but_not_when_a_static_constructor_may_change_it() => Verify.Rules("ECSA2001").Analyzer("""
        using Amazon.ECS.Model;

        static class Buckets
        {
            public static readonly string Data = "s3://data";
        }

        static class Configured
        {
            public static readonly string Data = "s3://data";
            static Configured() { Data = System.Environment.GetEnvironmentVariable("DATA"); }
        }

        class C
        {
            Volume[] Build() =>
            [
                new Volume { Host = new HostVolumeProperties { {|ECSA2001:SourcePath = Buckets.Data|} } },
                new Volume { Host = new HostVolumeProperties { SourcePath = Configured.Data } },
            ];
        }
        """);

    [Fact]
    public Task No_diagnostics_without_AWSSDK_ECS() => new EcsTest<Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>(SdkVersion.V4, referenceSdk: false)
    {
        TestCode = """
            namespace Amazon.ECS.Model
            {
                public class HostVolumeProperties { public string SourcePath { get; set; } }
                public class RegisterTaskDefinitionRequest { public string TaskRoleArn { get; set; } }
            }

            class C
            {
                object A() => new Amazon.ECS.Model.HostVolumeProperties { SourcePath = "s3://bucket" };
                object B() => new Amazon.ECS.Model.RegisterTaskDefinitionRequest();
            }
            """,
    }.RunAsync();
}
