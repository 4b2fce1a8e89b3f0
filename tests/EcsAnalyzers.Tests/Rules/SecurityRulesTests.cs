using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>Task definitions the EcsSecurity tests put one setting into (SETTING in the container, TASK on the request).</summary>
internal static class SecurityTemplates
{
    /// <summary>An EC2 task definition with one container.</summary>
    public const string Ec2 = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, bool flag, string text) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "app", RequiresCompatibilities = ["EC2"], TASK
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 256, SETTING }],
            });
        }
        """;

    /// <summary>A Fargate task definition with one container.</summary>
    public const string Fargate = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, bool flag, string text) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "app", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512", TASK
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 256, SETTING }],
            });
        }
        """;

    public static string Ec2With(string setting, string task = "") => Ec2.Replace("SETTING", setting).Replace("TASK", task);

    public static string FargateWith(string setting, string task = "") => Fargate.Replace("SETTING", setting).Replace("TASK", task);
}

public class PrivilegedContainerTests
{
    [Theory]
    [InlineData("Privileged = true")]
    [InlineData("Privileged = !false")]
    [InlineData("Privileged = 1 > 0")]
    [InlineData("Privileged = (bool)(object)true")]
    public Task Privileged_on_ec2_is_reported_at_the_write(string setting) => Verify.Rules("ECSA6001").Analyzer(
        SecurityTemplates.Ec2With("{|#0:" + setting + "|}"),
        Verify.Diagnostic("ECSA6001").WithLocation(0).WithArguments("'app'"));

    [Theory]
    [InlineData("Privileged = false")]
    [InlineData("Privileged = flag")]
    [InlineData("Privileged = flag && true")]
    [InlineData("Privileged = text == \"yes\"")]
    [InlineData("Essential = true")]
    public Task Not_privileged_or_not_known(string setting) => Verify.Rules("ECSA6001").Analyzer(SecurityTemplates.Ec2With(setting));

    [Fact]
    public Task On_fargate_only_ECSA1004_reports_it() => Verify.Rules("ECSA6001", "ECSA1004").Analyzer(
        SecurityTemplates.FargateWith("{|ECSA1004:Privileged = true|}"));

    [Fact]
    public Task A_statement_and_a_conditional_write_are_read() => Verify.Rules("ECSA6001").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            private const bool Root = true;

            async System.Threading.Tasks.Task Run(IAmazonECS ecs, bool debug)
            {
                var app = new ContainerDefinition { Name = "app", Image = "nginx", Memory = 256 };
                {|ECSA6001:app.Privileged = Root|};
                var sidecar = new ContainerDefinition { Name = "sidecar", Image = "busybox", Memory = 64 };
                if (debug)
                {
                    {|ECSA6001:sidecar.Privileged = true|};
                }

                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "app", ContainerDefinitions = [app, sidecar] });
            }
        }
        """);

    [Fact]
    public Task A_container_without_a_task_definition_is_still_checked() => Verify.Rules("ECSA6001").Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            ContainerDefinition Make() => new ContainerDefinition { Name = "agent", {|ECSA6001:Privileged = true|} };
        }
        """);

    [Fact]
    public Task No_sdk_no_diagnostic() => Verify.Rules("ECSA6001").Analyzer("""
        class ContainerDefinition { public bool Privileged { get; set; } }
        class C { object Make() => new ContainerDefinition { Privileged = true }; }
        """);
}

public class SecretInEnvironmentTests
{
    private static string With(string name, string value) =>
        SecurityTemplates.Ec2With("Environment = [new KeyValuePair { Name = NAME, {|#0:Value = VALUE|} }]".Replace("NAME", name).Replace("VALUE", value));

    private static string Silent(string name, string value) =>
        SecurityTemplates.Ec2With("Environment = [new KeyValuePair { Name = NAME, Value = VALUE }]".Replace("NAME", name).Replace("VALUE", value));

    [Theory]
    [InlineData("\"DB_PASSWORD\"", "\"hunter2\"", "DB_PASSWORD", "a secret")]
    [InlineData("\"MYSQL_ROOT_PASSWORD\"", "\"s3cr3t!\"", "MYSQL_ROOT_PASSWORD", "a secret")]
    [InlineData("\"dbPassword\"", "\"hunter2\"", "dbPassword", "a secret")]
    [InlineData("\"GITHUB_TOKEN\"", "\"ghp_abcdef0123456789\"", "GITHUB_TOKEN", "a secret")]
    [InlineData("\"STRIPE_API_KEY\"", "\"sk_live_0123\"", "STRIPE_API_KEY", "a secret")]
    [InlineData("\"AWS_SECRET_ACCESS_KEY\"", "\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"", "AWS_SECRET_ACCESS_KEY", "a secret")]
    [InlineData("\"DB_CONNECTION_STRING\"", "\"Server=db;Password=x\"", "DB_CONNECTION_STRING", "a secret")]
    [InlineData("\"DB_PASSWORD\"", "\"postgres://app:hunter2@db:5432/app\"", "DB_PASSWORD", "a secret")]
    [InlineData("\"DB_PASSWORD\"", "\"Yourself123\"", "DB_PASSWORD", "a secret")]
    [InlineData("\"DB_PASSWORD\"", "\"root\"", "DB_PASSWORD", "a secret")]
    [InlineData("\"SENDGRID_API_KEY\"", "\"SG.abc.def\"", "SENDGRID_API_KEY", "a secret")]
    [InlineData("\"STORAGE_CONNECTION_STRING\"", "\"DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc\"", "STORAGE_CONNECTION_STRING", "a secret")]
    [InlineData("\"S3_USER\"", "\"AKIAIOSFODNN7EXAMPLE\"", "S3_USER", "an AWS access key ID")]
    [InlineData("\"AWS_ACCESS_KEY_ID\"", "\"ASIAIOSFODNN7EXAMPLE\"", "AWS_ACCESS_KEY_ID", "an AWS access key ID")]
    public Task A_literal_secret_is_reported_at_the_value(string name, string value, string shown, string what) =>
        Verify.Rules("ECSA6002").Analyzer(With(name, value), Verify.Diagnostic("ECSA6002").WithLocation(0).WithArguments(shown, "'app'", what));

    [Theory]
    [InlineData("\"PASSWORD_FILE\"", "\"/run/secrets/db\"")]
    [InlineData("\"DB_PASSWORD\"", "\"/run/secrets/db\"")]
    [InlineData("\"SECRET_ARN\"", "\"arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf\"")]
    [InlineData("\"DB_SECRET\"", "\"arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf\"")]
    [InlineData("\"DB_PASSWORD\"", "text")]
    [InlineData("\"DB_PASSWORD\"", "System.Environment.GetEnvironmentVariable(\"DB_PASSWORD\")")]
    [InlineData("\"DB_PASSWORD\"", "\"\"")]
    [InlineData("\"DB_PASSWORD\"", "\"${DB_PASSWORD}\"")]
    [InlineData("\"DB_PASSWORD\"", "\"<set-me>\"")]
    [InlineData("\"REDIS_CONNECTION_STRING\"", "\"web-cache.abc123.0001.use1.cache.amazonaws.com:6379\"")]
    [InlineData("\"DB_CONNECTION_STRING\"", "\"Server=db.internal;Database=app;Encrypt=true\"")]
    [InlineData("\"DD_API_KEY\"", "\"DATADOG_API_KEY\"")]
    [InlineData("\"GOOGLE_CLIENT_SECRET\"", "\"GOOGLE_CLIENT_SECRET_VALUE\"")]
    [InlineData("\"SMTP_PASSWORD\"", "\"your_smtp_password_here\"")]
    [InlineData("\"OPENAI_API_KEY\"", "\"sk-proj-your-key\"")]
    [InlineData("\"JWT_SECRET\"", "\"Your-Secret\"")]
    [InlineData("\"TOKEN_TTL\"", "\"3600\"")]
    [InlineData("\"TOKEN_TYPE\"", "\"Bearer\"")]
    [InlineData("\"HF_TOKENIZER\"", "\"bert-base\"")]
    [InlineData("\"REQUIRE_PASSWORD\"", "\"true\"")]
    [InlineData("\"PASSWORD_MIN_LENGTH\"", "\"12\"")]
    [InlineData("\"SECRETS_DIR\"", "\"secrets\"")]
    [InlineData("\"SECRET_NAME\"", "\"prod/db\"")]
    [InlineData("\"VAULT_TOKEN_URL\"", "\"https://vault.example.com/token\"")]
    [InlineData("\"AWS_ACCESS_KEY_ID\"", "\"not-a-key\"")]
    [InlineData("\"LOG_LEVEL\"", "\"debug\"")]
    [InlineData("\"DATABASE_URL\"", "\"postgres://app:hunter2@db:5432/app\"")]
    [InlineData("text", "\"hunter2\"")]
    public Task Paths_arns_run_time_values_and_non_secrets_are_not_reported(string name, string value) =>
        Verify.Rules("ECSA6002").Analyzer(Silent(name, value));

    [Fact]
    public Task Secrets_are_not_reported() => Verify.Rules("ECSA6002").Analyzer(SecurityTemplates.Ec2With(
        "Secrets = [new Secret { Name = \"DB_PASSWORD\", ValueFrom = \"arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf\" }]"));

    [Fact]
    public Task Variables_added_by_statements_are_read() => Verify.Rules("ECSA6002").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                const string Password = "hunter2";
                var app = new ContainerDefinition { Name = "app", Image = "nginx", Environment = [] };
                app.Environment.Add(new KeyValuePair { Name = "API_TOKEN", {|ECSA6002:Value = Password|} });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "app", ContainerDefinitions = [app] });
            }
        }
        """);

    [Fact]
    public Task The_names_option_replaces_the_default_tokens() => Verify.Rules("ECSA6002")
        .WithEditorConfig("ecs_analyzers.ECSA6002.secret_names = PIN, passphrase")
        .Analyzer(SecurityTemplates.Ec2With(
            "Environment = [new KeyValuePair { Name = \"CARD_PIN\", {|ECSA6002:Value = \"1234x\"|} }, new KeyValuePair { Name = \"DB_PASSWORD\", Value = \"hunter2\" }]"));

    [Fact]
    public Task The_additional_names_option_adds_to_the_default_tokens() => Verify.Rules("ECSA6002")
        .WithEditorConfig("ecs_analyzers.ECSA6002.additional_secret_names = PIN")
        .Analyzer(SecurityTemplates.Ec2With(
            "Environment = [new KeyValuePair { Name = \"CARD_PIN\", {|ECSA6002:Value = \"1234x\"|} }, new KeyValuePair { Name = \"DB_PASSWORD\", {|ECSA6002:Value = \"hunter2\"|} }]"));

    [Theory]
    [InlineData("ecs_analyzers.ECSA6002.secret_names = ")]
    [InlineData("ecs_analyzers.ECSA6002.secret_names = ,, ,")]
    [InlineData("ecs_analyzers.ECSA6002.secret_names = pass word;x")]
    [InlineData("ecs_analyzers.ECSA6002.additional_secret_names = ???")]
    public Task A_malformed_option_keeps_the_default(string line) => Verify.Rules("ECSA6002")
        .WithEditorConfig(line)
        .Analyzer(With("\"DB_PASSWORD\"", "\"hunter2\""), Verify.Diagnostic("ECSA6002").WithLocation(0).WithArguments("DB_PASSWORD", "'app'", "a secret"));
}

public class EfsWithoutTransitEncryptionTests
{
    private static string Volume(string efs) => SecurityTemplates.Ec2With("Essential = true", "Volumes = [new Volume { Name = \"data\", EfsVolumeConfiguration = EFS }],".Replace("EFS", efs));

    [Theory]
    [InlineData("{|#0:new EFSVolumeConfiguration|} { FileSystemId = \"fs-1\" }")]
    [InlineData("{|#0:new EFSVolumeConfiguration|} { FileSystemId = \"fs-1\", RootDirectory = \"/data\" }")]
    [InlineData("new EFSVolumeConfiguration { FileSystemId = \"fs-1\", {|#0:TransitEncryption = EFSTransitEncryption.DISABLED|} }")]
    [InlineData("new EFSVolumeConfiguration { FileSystemId = \"fs-1\", {|#0:TransitEncryption = \"DISABLED\"|} }")]
    [InlineData("{|#0:new EFSVolumeConfiguration|} { FileSystemId = \"fs-1\", AuthorizationConfig = new EFSAuthorizationConfig { Iam = EFSAuthorizationConfigIAM.DISABLED } }")]
    public Task Without_transit_encryption_is_reported(string efs) => Verify.Rules("ECSA6003").Analyzer(
        Volume(efs), Verify.Diagnostic("ECSA6003").WithLocation(0).WithArguments("'fs-1'"));

    [Theory]
    [InlineData("new EFSVolumeConfiguration { FileSystemId = \"fs-1\", TransitEncryption = EFSTransitEncryption.ENABLED }")]
    [InlineData("new EFSVolumeConfiguration { FileSystemId = \"fs-1\", TransitEncryption = \"ENABLED\" }")]
    [InlineData("new EFSVolumeConfiguration { FileSystemId = \"fs-1\", TransitEncryption = text }")]
    [InlineData("new EFSVolumeConfiguration { FileSystemId = \"fs-1\", TransitEncryption = flag ? EFSTransitEncryption.ENABLED : null }")]
    public Task Enabled_or_unknown_is_not_reported(string efs) => Verify.Rules("ECSA6003").Analyzer(Volume(efs));

    [Theory]
    [InlineData("Iam = EFSAuthorizationConfigIAM.ENABLED")]
    [InlineData("AccessPointId = \"fsap-1\"")]
    public Task Where_ECSA2003_reports_the_volume_ECSA6003_does_not(string authorization) => Verify.Rules("ECSA6003", "ECSA2003").Analyzer(
        Volume("{|ECSA2003:new EFSVolumeConfiguration|} { FileSystemId = \"fs-1\", AuthorizationConfig = new EFSAuthorizationConfig { AUTH } }".Replace("AUTH", authorization)));

    [Fact]
    public Task A_configuration_passed_elsewhere_is_not_reported() => Verify.Rules("ECSA6003").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run()
            {
                var efs = new EFSVolumeConfiguration { FileSystemId = "fs-1" };
                Configure(efs);
            }

            static void Configure(EFSVolumeConfiguration efs) => efs.TransitEncryption = EFSTransitEncryption.ENABLED;
        }
        """);
}

public class WritableRootFilesystemTests
{
    [Theory]
    [InlineData("Essential = true")]
    [InlineData("User = \"1000\"")]
    [InlineData("Privileged = false")]
    public Task Never_set_is_reported_at_the_container(string setting) => Verify.Rules("ECSA6004").Analyzer(
        SecurityTemplates.Ec2With(setting).Replace("new ContainerDefinition", "{|#0:new ContainerDefinition|}"),
        Verify.Diagnostic("ECSA6004").WithLocation(0).WithArguments("'app'"));

    [Fact]
    public Task Set_false_is_reported_at_the_write() => Verify.Rules("ECSA6004").Analyzer(
        SecurityTemplates.FargateWith("{|#0:ReadonlyRootFilesystem = false|}"),
        Verify.Diagnostic("ECSA6004").WithLocation(0).WithArguments("'app'"));

    [Theory]
    [InlineData("ReadonlyRootFilesystem = true")]
    [InlineData("ReadonlyRootFilesystem = flag")]
    [InlineData("ReadonlyRootFilesystem = !false")]
    [InlineData("ReadonlyRootFilesystem = text.Length > 0")]
    public Task True_or_unknown_is_not_reported(string setting) => Verify.Rules("ECSA6004").Analyzer(SecurityTemplates.Ec2With(setting));

    [Fact]
    public Task Windows_containers_are_not_reported() => Verify.Rules("ECSA6004").Analyzer(SecurityTemplates.Ec2With(
        "Essential = true", "RuntimePlatform = new RuntimePlatform { OperatingSystemFamily = OSFamily.WINDOWS_SERVER_2022_CORE },"));

    [Fact]
    public async Task Off_by_default()
    {
        var compilation = Meta.EcsSources.Compile(SecurityTemplates.Ec2With("Essential = true"));
        var (diagnostics, exceptions) = await Meta.EcsSources.AnalyzeAsync(compilation);
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id is "ECSA6004" or "ECSA6009");
        Assert.Contains(diagnostics, d => d.Id == "ECSA6007");
    }

    [Fact]
    public Task A_container_passed_to_a_method_is_not_reported() => Verify.Rules("ECSA6004").Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            void Run()
            {
                var app = new ContainerDefinition { Name = "app" };
                Harden(app);
            }

            static void Harden(ContainerDefinition c) => c.ReadonlyRootFilesystem = true;
        }
        """);

    [Fact]
    public Task Set_true_by_a_later_statement_is_not_reported() => Verify.Rules("ECSA6004").Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            void Run()
            {
                var app = new ContainerDefinition { Name = "app" };
                app.ReadonlyRootFilesystem = true;
            }
        }
        """);
}

public class HostNamespaceTests
{
    [Theory]
    [InlineData("NetworkMode = NetworkMode.Host", "NetworkMode", "network")]
    [InlineData("NetworkMode = \"host\"", "NetworkMode", "network")]
    [InlineData("PidMode = PidMode.Host", "PidMode", "process")]
    [InlineData("PidMode = \"host\"", "PidMode", "process")]
    [InlineData("IpcMode = IpcMode.Host", "IpcMode", "IPC")]
    [InlineData("IpcMode = \"HOST\"", "IpcMode", "IPC")]
    public Task Host_namespaces_are_reported_at_the_write(string setting, string property, string what) => Verify.Rules("ECSA6005").Analyzer(
        SecurityTemplates.Ec2With("Essential = true", "{|#0:" + setting + "|},"),
        Verify.Diagnostic("ECSA6005").WithLocation(0).WithArguments(property, what));

    [Theory]
    [InlineData("NetworkMode = NetworkMode.Awsvpc")]
    [InlineData("NetworkMode = NetworkMode.Bridge")]
    [InlineData("PidMode = PidMode.Task")]
    [InlineData("IpcMode = IpcMode.None")]
    [InlineData("NetworkMode = text")]
    [InlineData("IpcMode = flag ? IpcMode.Task : IpcMode.None")]
    public Task Other_or_unknown_modes_are_not_reported(string setting) => Verify.Rules("ECSA6005").Analyzer(
        SecurityTemplates.Ec2With("Essential = true", setting + ","));

    [Fact]
    public Task On_fargate_the_fargate_rules_report_it() => Verify.Rules("ECSA6005", "ECSA1004").Analyzer(
        SecurityTemplates.FargateWith("Essential = true", "{|ECSA1004:PidMode = PidMode.Host|},"));
}

public class RootUserTests
{
    [Theory]
    [InlineData("root")]
    [InlineData("0")]
    [InlineData("root:root")]
    [InlineData("0:0")]
    [InlineData("root:1000")]
    [InlineData("0:wheel")]
    public Task Root_is_reported_at_the_write(string user) => Verify.Rules("ECSA6006").Analyzer(
        SecurityTemplates.Ec2With("{|#0:User = \"" + user + "\"|}"),
        Verify.Diagnostic("ECSA6006").WithLocation(0).WithArguments("'app'", user));

    [Theory]
    [InlineData("User = \"1000:1000\"")]
    [InlineData("User = \"1000\"")]
    [InlineData("User = \"app\"")]
    [InlineData("User = \"rootless\"")]
    [InlineData("User = \"10:0\"")]
    [InlineData("User = text")]
    [InlineData("Essential = true")]
    public Task Other_users_unknown_or_unset_are_not_reported(string setting) => Verify.Rules("ECSA6006").Analyzer(SecurityTemplates.Ec2With(setting));

    [Fact]
    public Task Windows_users_are_not_reported() => Verify.Rules("ECSA6006").Analyzer(SecurityTemplates.Ec2With(
        "User = \"0\"", "RuntimePlatform = new RuntimePlatform { OperatingSystemFamily = OSFamily.WINDOWS_SERVER_2022_CORE },"));
}

public class NoLogConfigurationTests
{
    [Theory]
    [InlineData("Essential = true")]
    [InlineData("LogConfiguration = null")]
    [InlineData("User = \"1000\", Cpu = 128")]
    public Task A_container_without_logs_is_reported_at_its_creation(string setting) => Verify.Rules("ECSA6007").Analyzer(
        SecurityTemplates.Ec2With(setting).Replace("new ContainerDefinition", "{|#0:new ContainerDefinition|}"),
        Verify.Diagnostic("ECSA6007").WithLocation(0).WithArguments("'app'"));

    [Theory]
    [InlineData("LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awslogs }")]
    [InlineData("LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awsfirelens }")]
    [InlineData("LogConfiguration = Logs()")]
    [InlineData("LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Splunk }")]
    [InlineData("LogConfiguration = flag ? Logs() : null")]
    public Task A_container_with_logs_or_unknown_logs_is_not_reported(string setting) => Verify.Rules("ECSA6007").Analyzer(
        SecurityTemplates.Ec2With(setting).Replace("    void Run(", "    static LogConfiguration Logs() => System.Array.Empty<LogConfiguration>()[0];\n    void Run("));

    [Fact]
    public Task Logs_set_by_a_statement_or_elsewhere_are_not_reported() => Verify.Rules("ECSA6007").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var app = new ContainerDefinition { Name = "app", Image = "nginx" };
                app.LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awslogs };
                var sidecar = new ContainerDefinition { Name = "sidecar", Image = "busybox" };
                AddLogs(sidecar);
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "app", ContainerDefinitions = [app, sidecar] });
            }

            static void AddLogs(ContainerDefinition c) => c.LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awslogs };
        }
        """);

    [Fact]
    public Task Each_container_is_reported_once() => Verify.Rules("ECSA6007").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var app = {|ECSA6007:new ContainerDefinition|} { Name = "app", Image = "nginx" };
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "a", ContainerDefinitions = [app] });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "b", ContainerDefinitions = [app, app] });
            }
        }
        """);
}

public class DangerousCapabilityTests
{
    private static string Capabilities(string items) =>
        SecurityTemplates.Ec2With("LinuxParameters = new LinuxParameters { Capabilities = new KernelCapabilities { Add = [ITEMS] } }".Replace("ITEMS", items));

    [Theory]
    [InlineData("SYS_ADMIN")]
    [InlineData("NET_ADMIN")]
    [InlineData("CAP_SYS_ADMIN")]
    [InlineData("sys_module")]
    [InlineData("ALL")]
    [InlineData("SYS_PTRACE")]
    [InlineData("BPF")]
    [InlineData("DAC_READ_SEARCH")]
    public Task Dangerous_capabilities_are_reported_at_the_item(string capability) => Verify.Rules("ECSA6008").Analyzer(
        Capabilities("{|#0:\"" + capability + "\"|}"),
        Verify.Diagnostic("ECSA6008").WithLocation(0).WithArguments("'app'", capability));

    [Theory]
    [InlineData("\"NET_BIND_SERVICE\"")]
    [InlineData("\"CHOWN\"")]
    [InlineData("\"SYS_NICE\"")]
    [InlineData("text")]
    public Task Other_or_unknown_capabilities_are_not_reported(string item) => Verify.Rules("ECSA6008").Analyzer(Capabilities(item));

    [Fact]
    public Task Dropped_capabilities_are_not_reported() => Verify.Rules("ECSA6008").Analyzer(SecurityTemplates.Ec2With(
        "LinuxParameters = new LinuxParameters { Capabilities = new KernelCapabilities { Drop = [\"SYS_ADMIN\", \"ALL\"] } }"));

    [Fact]
    public Task On_fargate_ECSA1004_reports_all_but_SYS_PTRACE() => Verify.Rules("ECSA6008", "ECSA1004").Analyzer(SecurityTemplates.FargateWith(
        "LinuxParameters = new LinuxParameters { Capabilities = new KernelCapabilities { Add = [{|ECSA1004:\"SYS_ADMIN\"|}, {|ECSA6008:\"SYS_PTRACE\"|}] } }"));
}

public class NoMemoryLimitTests
{
    [Theory]
    [InlineData("MemoryReservation = 128")]
    [InlineData("MemoryReservation = 128, Cpu = 64")]
    [InlineData("Cpu = 64")]
    [InlineData("Essential = true")]
    public Task A_container_without_a_hard_limit_is_reported(string setting) => Verify.Rules("ECSA6009").Analyzer(
        SecurityTemplates.FargateWith(setting).Replace("Memory = 256, ", "").Replace("new ContainerDefinition", "{|#0:new ContainerDefinition|}"),
        Verify.Diagnostic("ECSA6009").WithLocation(0).WithArguments("'app'"));

    [Theory]
    [InlineData("Essential = true")]
    [InlineData("Cpu = 128")]
    [InlineData("MemoryReservation = 128")]
    [InlineData("User = \"1000\"")]
    public Task A_container_with_a_hard_limit_is_not_reported(string setting) => Verify.Rules("ECSA6009").Analyzer(SecurityTemplates.Ec2With(setting));

    [Fact]
    public Task Where_ECSA5003_reports_the_container_ECSA6009_does_not() => Verify.Rules("ECSA6009", "ECSA5003").Analyzer(
        SecurityTemplates.Ec2With("Essential = true").Replace("Memory = 256, ", "").Replace("new ContainerDefinition", "{|ECSA5003:new ContainerDefinition|}"));

    [Fact]
    public Task An_unknown_memory_is_not_reported() => Verify.Rules("ECSA6009").Analyzer(
        SecurityTemplates.FargateWith("Memory = text.Length").Replace("Memory = 256, ", ""));
}

public class PublicIpTests
{
    private const string Run = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, string text) => ecs.RunTaskAsync(new RunTaskRequest
            {
                TaskDefinition = "app", LAUNCH
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-1"], PUBLIC } },
            });
        }
        """;

    private const string Service = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.CreateServiceAsync(new CreateServiceRequest
            {
                ServiceName = "api", TaskDefinition = "api", DesiredCount = 2, LaunchType = LaunchType.FARGATE,
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-1"], {|#0:AssignPublicIp = AssignPublicIp.ENABLED|} } },
            });
        }
        """;

    [Theory]
    [InlineData("LaunchType = LaunchType.FARGATE,", "AssignPublicIp = AssignPublicIp.ENABLED")]
    [InlineData("LaunchType = \"FARGATE\",", "AssignPublicIp = \"ENABLED\"")]
    [InlineData("", "AssignPublicIp = AssignPublicIp.ENABLED")]
    [InlineData("CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = \"FARGATE_SPOT\" }],", "AssignPublicIp = AssignPublicIp.ENABLED")]
    [InlineData("LaunchType = LaunchType.EXTERNAL,", "AssignPublicIp = \"enabled\"")]
    public Task A_public_ip_is_reported_at_the_write(string launch, string setting) => Verify.Rules("ECSA6010").Analyzer(
        Run.Replace("LAUNCH", launch).Replace("PUBLIC", "{|#0:" + setting + "|}"),
        Verify.Diagnostic("ECSA6010").WithLocation(0).WithArguments("the task"));

    [Fact]
    public Task A_service_with_a_public_ip_is_reported() => Verify.Rules("ECSA6010").Analyzer(
        Service, Verify.Diagnostic("ECSA6010").WithLocation(0).WithArguments("the service's tasks"));

    [Theory]
    [InlineData("LaunchType = LaunchType.FARGATE,", "AssignPublicIp = AssignPublicIp.DISABLED")]
    [InlineData("LaunchType = LaunchType.FARGATE,", "AssignPublicIp = text")]
    [InlineData("LaunchType = LaunchType.FARGATE,", "SecurityGroups = [\"sg-1\"]")]
    [InlineData("LaunchType = text,", "AssignPublicIp = AssignPublicIp.DISABLED")]
    [InlineData("", "AssignPublicIp = text == \"x\" ? AssignPublicIp.DISABLED : AssignPublicIp.DISABLED")]
    public Task Disabled_unknown_or_unset_is_not_reported(string launch, string setting) => Verify.Rules("ECSA6010").Analyzer(
        Run.Replace("LAUNCH", launch).Replace("PUBLIC", setting));

    [Fact]
    public Task With_the_EC2_launch_type_only_ECSA1006_reports_it() => Verify.Rules("ECSA6010", "ECSA1006").Analyzer(
        Run.Replace("LAUNCH", "LaunchType = LaunchType.EC2,").Replace("PUBLIC", "{|ECSA1006:AssignPublicIp = AssignPublicIp.ENABLED|}"));
}
