using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

public class UnknownVolumeTests
{
    private const string Template = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "app",
                Volumes = [new Volume { Name = "data" }, new Volume { Name = "cache", ConfiguredAtLaunch = true }],
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Memory = 256, MountPoints = [new MountPoint { SourceVolume = "data", ContainerPath = "/data" }] }],
            });
        }
        """;

    [Theory]
    [InlineData("date", "declared: data, cache")]
    [InlineData("Data", "declared: data, cache")]
    [InlineData("", "declared: data, cache")]
    [InlineData("data ", "declared: data, cache")]
    [InlineData("caches", "declared: data, cache")]
    [InlineData("logs", "declared: data, cache")]
    public Task A_mount_point_on_an_undeclared_volume_is_reported(string name, string declared) => Verify.Rules("ECSA2002").Analyzer(
        Template.Replace("SourceVolume = \"data\"", "{|#0:SourceVolume = \"" + name + "\"|}"),
        Verify.Diagnostic("ECSA2002").WithLocation(0).WithArguments(name, declared));

    [Theory]
    [InlineData("data")]
    [InlineData("cache")]
    [InlineData(null)]
    public Task Declared_volumes_including_configured_at_launch_are_not_reported(string? name) => Verify.Rules("ECSA2002").Analyzer(
        Template.Replace("SourceVolume = \"data\"", name is null ? "SourceVolume = null" : "SourceVolume = \"" + name + "\""));

    [Fact]
    public Task No_volumes_at_all() => Verify.Rules("ECSA2002").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app",
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Memory = 256, MountPoints = [new MountPoint { {|#0:SourceVolume = "data"|}, ContainerPath = "/data" }] }],
            });
        }
        """,
        Verify.Diagnostic("ECSA2002").WithLocation(0).WithArguments("data", "the task definition declares no volumes"));

    [Fact]
    public Task Unknown_volume_lists_or_names_keep_it_silent() => Verify.Rules("ECSA2002").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, List<Volume> volumes, string name, Volume extra)
            {
                var mounts = new List<MountPoint> { new MountPoint { SourceVolume = "data", ContainerPath = "/data" } };
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "a", Volumes = volumes, ContainerDefinitions = [new ContainerDefinition { Name = "a", MountPoints = mounts }] });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "b", Volumes = [new Volume { Name = name }], ContainerDefinitions = [new ContainerDefinition { Name = "b", MountPoints = mounts }] });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "c", Volumes = [new Volume { Name = "x" }, extra], ContainerDefinitions = [new ContainerDefinition { Name = "c", MountPoints = mounts }] });
            }
        }
        """);

    [Fact]
    public Task Volumes_added_by_statements_are_read() => Verify.Rules("ECSA2002").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var app = new ContainerDefinition { Name = "app" };
                app.MountPoints = [new MountPoint { SourceVolume = "logs", ContainerPath = "/logs" }, new MountPoint { {|#0:SourceVolume = "tmp"|}, ContainerPath = "/tmp" }];
                var r = new RegisterTaskDefinitionRequest { Family = "app", ContainerDefinitions = [app] };
                r.Volumes = new List<Volume>();
                r.Volumes.Add(new Volume { Name = "logs" });
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """,
        Verify.Diagnostic("ECSA2002").WithLocation(0).WithArguments("tmp", "declared: logs"));
}

public class EfsTransitEncryptionTests
{
    private const string Template = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "app",
                Volumes = [new Volume { Name = "data", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-1", AuthorizationConfig = new EFSAuthorizationConfig { Iam = EFSAuthorizationConfigIAM.ENABLED } } }],
            });
        }
        """;

    [Theory]
    [InlineData("Iam = EFSAuthorizationConfigIAM.ENABLED", "IAM authorization")]
    [InlineData("Iam = \"ENABLED\"", "IAM authorization")]
    [InlineData("AccessPointId = \"fsap-0123\"", "an access point")]
    [InlineData("AccessPointId = \"fsap-0123\", Iam = EFSAuthorizationConfigIAM.DISABLED", "an access point")]
    public Task Without_transit_encryption_is_reported_at_the_configuration(string authorization, string why) => Verify.Rules("ECSA2003").Analyzer(
        Template.Replace("Iam = EFSAuthorizationConfigIAM.ENABLED", authorization).Replace("new EFSVolumeConfiguration", "{|#0:new EFSVolumeConfiguration|}"),
        Verify.Diagnostic("ECSA2003").WithLocation(0).WithArguments(why));

    [Theory]
    [InlineData("EFSTransitEncryption.DISABLED")]
    [InlineData("\"disabled\"")]
    public Task Disabled_transit_encryption_is_reported_at_the_setting(string value) => Verify.Rules("ECSA2003").Analyzer(
        Template.Replace("FileSystemId = \"fs-1\",", "FileSystemId = \"fs-1\", {|#0:TransitEncryption = " + value + "|},"),
        Verify.Diagnostic("ECSA2003").WithLocation(0).WithArguments("IAM authorization"));

    [Theory]
    [InlineData("FileSystemId = \"fs-1\", TransitEncryption = EFSTransitEncryption.ENABLED,", "Iam = EFSAuthorizationConfigIAM.ENABLED")]
    [InlineData("FileSystemId = \"fs-1\",", "Iam = EFSAuthorizationConfigIAM.DISABLED")]
    [InlineData("FileSystemId = \"fs-1\",", "AccessPointId = null")]
    public Task Enabled_or_not_needed_is_not_reported(string volume, string authorization) => Verify.Rules("ECSA2003").Analyzer(
        Template.Replace("FileSystemId = \"fs-1\",", volume).Replace("Iam = EFSAuthorizationConfigIAM.ENABLED", authorization));

    [Fact]
    public Task Unknown_authorization_or_encryption_is_not_reported() => Verify.Rules("ECSA2003").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, EFSAuthorizationConfig authorization, EFSTransitEncryption encryption)
            {
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "a", Volumes = [new Volume { Name = "a", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-1", AuthorizationConfig = authorization } }] });
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "b", Volumes = [new Volume { Name = "b", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-1", TransitEncryption = encryption, AuthorizationConfig = new EFSAuthorizationConfig { Iam = EFSAuthorizationConfigIAM.ENABLED } } }] });
            }
        }
        """);
}

public class AccessPointRootDirectoryTests
{
    private const string Efs = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "app",
                Volumes =
                [
                    new Volume
                    {
                        Name = "data",
                        EfsVolumeConfiguration = new EFSVolumeConfiguration
                        {
                            FileSystemId = "fs-1", TransitEncryption = EFSTransitEncryption.ENABLED, RootDirectory = "/",
                            AuthorizationConfig = new EFSAuthorizationConfig { AccessPointId = "fsap-1" },
                        },
                    },
                ],
            });
        }
        """;

    [Theory]
    [InlineData("/app")]
    [InlineData("/data/")]
    [InlineData("app")]
    [InlineData("//")]
    public Task A_root_directory_with_an_access_point_is_reported(string root) => Verify.Rules("ECSA2004").Analyzer(
        Efs.Replace("RootDirectory = \"/\"", "{|#0:RootDirectory = \"" + root + "\"|}"),
        Verify.Diagnostic("ECSA2004").WithLocation(0).WithArguments(root));

    [Theory]
    [InlineData("RootDirectory = \"/\"", "AccessPointId = \"fsap-1\"")]
    [InlineData("RootDirectory = \"\"", "AccessPointId = \"fsap-1\"")]
    [InlineData("RootDirectory = \"/app\"", "Iam = EFSAuthorizationConfigIAM.ENABLED")]
    [InlineData("RootDirectory = null", "AccessPointId = \"fsap-1\"")]
    [InlineData("RootDirectory = \" / \"", "AccessPointId = \"fsap-1\"")]
    [InlineData("RootDirectory = \"/app\"", "AccessPointId = null")]
    public Task Slash_omitted_or_no_access_point_is_not_reported(string root, string authorization) => Verify.Rules("ECSA2004").Analyzer(
        Efs.Replace("RootDirectory = \"/\"", root).Replace("AccessPointId = \"fsap-1\"", authorization));

    [Fact]
    public Task S3_files_access_points_too_on_v4() => Verify.Rules("ECSA2004").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs)
            {
                var files = new S3FilesVolumeConfiguration { FileSystemArn = "arn:aws:s3files:us-east-1:123456789012:file-system/fs-1", AccessPointArn = "arn:aws:s3files:us-east-1:123456789012:access-point/ap-1" };
                {|#0:files.RootDirectory = "/reports"|};
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "app", TaskRoleArn = "app", Volumes = [new Volume { Name = "data", S3filesVolumeConfiguration = files }] });
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "b", TaskRoleArn = "app", Volumes = [new Volume { Name = "b", S3filesVolumeConfiguration = new S3FilesVolumeConfiguration { FileSystemArn = "x", RootDirectory = "/reports" } }] });
            }
        }
        """,
        [SdkVersion.V4],
        Verify.Diagnostic("ECSA2004").WithLocation(0).WithArguments("/reports"));
}

public class EfsIamWithoutTaskRoleTests
{
    private const string Template = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app",
                Volumes = [new Volume { Name = "data", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-1", TransitEncryption = EFSTransitEncryption.ENABLED, AuthorizationConfig = new EFSAuthorizationConfig { Iam = EFSAuthorizationConfigIAM.ENABLED } } }],
            });
        }
        """;

    [Theory]
    [InlineData("Iam = EFSAuthorizationConfigIAM.ENABLED")]
    [InlineData("Iam = \"ENABLED\"")]
    [InlineData("AccessPointId = \"fsap-1\", Iam = EFSAuthorizationConfigIAM.ENABLED")]
    [InlineData("Iam = EFSAuthorizationConfigIAM.FindValue(\"enabled\")")]
    [InlineData("Iam = new EFSAuthorizationConfigIAM(\"ENABLED\")")]
    public Task Iam_without_a_task_role_is_reported_at_iam(string authorization) => Verify.Rules("ECSA2005").Analyzer(
        Template.Replace("Iam = EFSAuthorizationConfigIAM.ENABLED", authorization.Replace("Iam =", "{|#0:Iam =") + "|}"),
        Verify.Diagnostic("ECSA2005").WithLocation(0).WithArguments("'app'"));

    [Theory]
    [InlineData("Family = \"app\", TaskRoleArn = \"arn:aws:iam::123456789012:role/app\"", "Iam = EFSAuthorizationConfigIAM.ENABLED")]
    [InlineData("Family = \"app\"", "Iam = EFSAuthorizationConfigIAM.DISABLED")]
    [InlineData("Family = \"app\"", "AccessPointId = \"fsap-1\"")]
    [InlineData("Family = \"app\", TaskRoleArn = \"app\"", "Iam = \"ENABLED\"")]
    [InlineData("Family = \"app\"", "Iam = null")]
    [InlineData("Family = \"app\", TaskRoleArn = \"arn:aws:iam::123456789012:role/app\"", "Iam = \"ENABLED\"")]
    public Task A_task_role_or_no_iam_is_not_reported(string request, string authorization) => Verify.Rules("ECSA2005").Analyzer(
        Template.Replace("Family = \"app\"", request).Replace("Iam = EFSAuthorizationConfigIAM.ENABLED", authorization));

    [Fact]
    public Task A_role_set_elsewhere_or_later_is_not_reported() => Verify.Rules("ECSA2005").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, string role)
            {
                var efs = new EFSVolumeConfiguration { FileSystemId = "fs-1", TransitEncryption = EFSTransitEncryption.ENABLED, AuthorizationConfig = new EFSAuthorizationConfig { Iam = EFSAuthorizationConfigIAM.ENABLED } };
                var r = new RegisterTaskDefinitionRequest { Family = "a", Volumes = [new Volume { Name = "a", EfsVolumeConfiguration = efs }] };
                r.TaskRoleArn = role;
                await ecs.RegisterTaskDefinitionAsync(r);
                var s = new RegisterTaskDefinitionRequest { Family = "b", Volumes = [new Volume { Name = "b", EfsVolumeConfiguration = efs }] };
                Roles.Apply(s);
                await ecs.RegisterTaskDefinitionAsync(s);
            }
        }

        static class Roles
        {
            public static void Apply(RegisterTaskDefinitionRequest r) => r.TaskRoleArn = "app";
        }
        """);
}

public class VolumeKindsTests
{
    private const string Template = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "app",
                Volumes = [new Volume { Name = "data", Host = new HostVolumeProperties { SourcePath = "/mnt" } }],
            });
        }
        """;

    [Theory]
    [InlineData("EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = \"fs-1\" }", "an EFS volume")]
    [InlineData("DockerVolumeConfiguration = new DockerVolumeConfiguration { Driver = \"local\" }", "a Docker volume")]
    [InlineData("ConfiguredAtLaunch = true", "a volume configured at launch")]
    [InlineData("FsxWindowsFileServerVolumeConfiguration = new FSxWindowsFileServerVolumeConfiguration { FileSystemId = \"fs-1\" }", "an FSx for Windows File Server volume")]
    [InlineData("ConfiguredAtLaunch = !false", "a volume configured at launch")]
    public Task A_second_kind_is_reported_at_it(string second, string kind) => Verify.Rules("ECSA2006").Analyzer(
        Template.Replace("Host = new HostVolumeProperties { SourcePath = \"/mnt\" }", "Host = new HostVolumeProperties { SourcePath = \"/mnt\" }, {|#0:" + second + "|}"),
        Verify.Diagnostic("ECSA2006").WithLocation(0).WithArguments("a host volume", kind));

    [Theory]
    [InlineData("ConfiguredAtLaunch = false")]
    [InlineData("Name = \"data2\"")]
    [InlineData("Name = \"d\", EfsVolumeConfiguration = null")]
    [InlineData("Name = \"d\", DockerVolumeConfiguration = null")]
    [InlineData("Name = \"d\", FsxWindowsFileServerVolumeConfiguration = null")]
    public Task One_kind_and_configured_at_launch_false_are_not_reported(string other) => Verify.Rules("ECSA2006").Analyzer(
        Template.Replace("Name = \"data\",", other + ","));

    [Fact]
    public Task Kinds_set_by_statements_and_under_if() => Verify.Rules("ECSA2006").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, bool efs)
            {
                var v = new Volume { Name = "data", ConfiguredAtLaunch = true };
                {|#0:v.EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-1" }|};
                var w = new Volume { Name = "other", Host = new HostVolumeProperties() };
                if (efs) w.EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-1" };
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "app", TaskRoleArn = "app", Volumes = [v, w] });
            }
        }
        """,
        Verify.Diagnostic("ECSA2006").WithLocation(0).WithArguments("a volume configured at launch", "an EFS volume"));

    [Fact]
    public Task S3_files_with_efs_on_v4() => Verify.Rules("ECSA2006").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "app",
                Volumes = [new Volume { Name = "data", S3filesVolumeConfiguration = new S3FilesVolumeConfiguration { FileSystemArn = "a" }, {|#0:EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-1" }|} }],
            });
        }
        """,
        [SdkVersion.V4],
        Verify.Diagnostic("ECSA2006").WithLocation(0).WithArguments("an S3 Files volume", "an EFS volume"));
}

public class S3FuseDockerVolumeTests
{
    private const string Template = """
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "app", RequiresCompatibilities = ["EC2"],
                Volumes = [new Volume { Name = "data", DockerVolumeConfiguration = new DockerVolumeConfiguration { Driver = "local", Scope = Scope.Shared } }],
            });
        }
        """;

    [Theory]
    [InlineData("rexray/s3fs")]
    [InlineData("rexray/s3fs:0.11.4")]
    [InlineData("s3fs")]
    [InlineData("mountpoint-s3")]
    [InlineData("GOOFYS")]
    public Task S3_fuse_drivers_are_reported(string driver) => Verify.Rules("ECSA2007").Analyzer(
        Template.Replace("Driver = \"local\"", "{|#0:Driver = \"" + driver + "\"|}"),
        Verify.Diagnostic("ECSA2007").WithLocation(0).WithArguments("the volume driver '" + driver + "'"));

    [Fact]
    public Task Driver_options_with_an_s3_uri_are_reported() => Verify.Rules("ECSA2007").Analyzer(
        Template.Replace("Driver = \"local\"", "Driver = \"local\", DriverOpts = new Dictionary<string, string> { {|#0:[\"device\"] = \"s3://bucket/path\"|}, [\"type\"] = \"fuse\" }"),
        Verify.Diagnostic("ECSA2007").WithLocation(0).WithArguments("the driver option 's3://bucket/path'"));

    [Theory]
    [InlineData("local")]
    [InlineData("rexray/ebs")]
    [InlineData("s3fs-lookalike")]
    [InlineData("amazon-ecs-volume-plugins")]
    [InlineData("")]
    public Task Other_drivers_are_not_reported(string driver) => Verify.Rules("ECSA2007").Analyzer(Template.Replace("Driver = \"local\"", "Driver = \"" + driver + "\""));

    [Fact]
    public Task Fargate_is_left_to_ECSA1004() => Verify.Rules("ECSA2007").Analyzer(Template.Replace("[\"EC2\"]", "[\"FARGATE\"]").Replace("Driver = \"local\"", "Driver = \"s3fs\""));
}

public class S3FilesWithoutTaskRoleTests
{
    [Fact]
    public Task An_s3_files_volume_without_a_task_role_is_reported_at_its_configuration() => Verify.Rules("ECSA2008").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#1:new RegisterTaskDefinitionRequest|}
            {
                Family = "reports", RequiresCompatibilities = ["FARGATE"],
                Volumes = [new Volume { Name = "data", S3filesVolumeConfiguration = {|#0:new S3FilesVolumeConfiguration|} { FileSystemArn = "arn:aws:s3files:us-east-1:123456789012:file-system/fs-1" } }],
            });
        }
        """,
        [SdkVersion.V4],
        Verify.Diagnostic("ECSA2008").WithLocation(0).WithLocation(1).WithArguments("'reports'"));

    [Theory]
    [InlineData("TaskRoleArn = \"arn:aws:iam::123456789012:role/reports\",")]
    [InlineData("TaskRoleArn = role,")]
    public Task A_task_role_known_or_not_is_enough(string role) => Verify.Rules("ECSA2008").Analyzer(
        """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, string role) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "reports", TaskRoleArn = role,
                Volumes = [new Volume { Name = "data", S3filesVolumeConfiguration = new S3FilesVolumeConfiguration { FileSystemArn = "arn:aws:s3files:us-east-1:123456789012:file-system/fs-1" } }],
            });
        }
        """.Replace("TaskRoleArn = role,", role),
        [SdkVersion.V4]);

    [Fact]
    public Task Other_volumes_without_a_task_role_are_not_reported() => Verify.Rules("ECSA2008").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "reports",
                Volumes = [new Volume { Name = "data", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-1" } }, new Volume { Name = "tmp" }],
            });
        }
        """);

    [Fact]
    public Task Volumes_in_locals_and_requests_that_escape() => Verify.Rules("ECSA2008").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var volume = new Volume { Name = "data" };
                volume.S3filesVolumeConfiguration = {|#0:new S3FilesVolumeConfiguration|} { FileSystemArn = "arn" };
                await ecs.RegisterTaskDefinitionAsync({|#1:new RegisterTaskDefinitionRequest|} { Family = "a", Volumes = [volume] });
                var other = new RegisterTaskDefinitionRequest { Family = "b", Volumes = [new Volume { Name = "b", S3filesVolumeConfiguration = new S3FilesVolumeConfiguration { FileSystemArn = "arn" } }] };
                Roles.Apply(other);
                await ecs.RegisterTaskDefinitionAsync(other);
            }
        }

        static class Roles
        {
            public static void Apply(RegisterTaskDefinitionRequest r) => r.TaskRoleArn = "reports";
        }
        """,
        [SdkVersion.V4],
        Verify.Diagnostic("ECSA2008").WithLocation(0).WithLocation(1).WithArguments("'a'"));
}

public class S3FilesWithoutTaskRoleCasesTests
{
    private const string Template = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "files", Cpu = "256",
                Volumes = [new Volume { Name = "data", S3filesVolumeConfiguration = new S3FilesVolumeConfiguration { FileSystemArn = "arn:aws:s3files:us-east-1:123456789012:file-system/fs-1" } }],
            });
        }
        """;

    [Theory]
    [InlineData("Cpu = \"256\"")]
    [InlineData("TaskRoleArn = null")]
    [InlineData("ExecutionRoleArn = \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\"")]
    [InlineData("RequiresCompatibilities = [\"FARGATE\"]")]
    public Task Without_a_task_role_is_reported(string setting) => Verify.Rules("ECSA2008").Analyzer(
        Template.Replace("Cpu = \"256\"", setting).Replace("new RegisterTaskDefinitionRequest", "{|#1:new RegisterTaskDefinitionRequest|}").Replace("new S3FilesVolumeConfiguration", "{|#0:new S3FilesVolumeConfiguration|}"),
        [SdkVersion.V4],
        Verify.Diagnostic("ECSA2008").WithLocation(0).WithLocation(1).WithArguments("'files'"));

    [Theory]
    [InlineData("TaskRoleArn = \"files\"")]
    [InlineData("TaskRoleArn = \"\"")]
    public Task With_any_task_role_value_is_not_reported(string setting) => Verify.Rules("ECSA2008").Analyzer(Template.Replace("Cpu = \"256\"", setting), [SdkVersion.V4]);
}
