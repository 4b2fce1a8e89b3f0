using System.Linq;
using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>The container rules (ECSA5001-5013), each on a two-container task definition changed one setting at a time.</summary>
public class ContainerRulesTests
{
    private const string Task = """
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "web", TaskRoleArn = "web", Cpu = "512", Memory = "1024",
                ContainerDefinitions =
                [
                    new ContainerDefinition { Name = "app", Image = "nginx", Essential = true, Cpu = 256, Memory = 512 },
                    new ContainerDefinition { Name = "log", Image = "fluent-bit", Essential = false, Cpu = 128, MemoryReservation = 128 },
                ],
            });
        }
        """;

    private static string App(string settings) => Task.Replace("Name = \"app\", Image = \"nginx\", Essential = true, Cpu = 256, Memory = 512", settings);

    private static string Log(string settings) => Task.Replace("Name = \"log\", Image = \"fluent-bit\", Essential = false, Cpu = 128, MemoryReservation = 128", settings);

    [Fact]
    public Task The_template_is_clean_for_every_rule_on_by_default_but_the_logging_advice() => Verify.Analyzer(
        Task.Replace("new ContainerDefinition", "{|ECSA6007:new ContainerDefinition|}"));

    // ECSA5001
    [Theory]
    [InlineData("{|#0:Name = \"app\"|}")]
    [InlineData("Image = \"x\", {|#0:Name = \"app\"|}")]
    [InlineData("{|#0:Name = \"a\" + \"pp\"|}, Essential = false")]
    [InlineData("{|#0:Name = $\"{\"app\"}\"|}")]
    [InlineData("Essential = false, {|#0:Name = \"app\"|}, Memory = 128")]
    [InlineData("{|#0:Name = \"app\"|}, Image = \"nginx\", Cpu = 1")]
    public Task ECSA5001_a_second_container_with_the_same_name(string log) => Verify.Rules("ECSA5001").Analyzer(
        Log(log), Verify.Diagnostic("ECSA5001").WithLocation(0).WithArguments("'app'"));

    [Theory]
    [InlineData("Name = \"App\"")]
    [InlineData("Name = \"app-2\"")]
    [InlineData("Name = \"app \"")]
    [InlineData("Name = null")]
    [InlineData("Image = \"fluent-bit\"")]
    [InlineData("Name = \"log\", Hostname = \"app\"")]
    public Task ECSA5001_near_misses(string log) => Verify.Rules("ECSA5001").Analyzer(Log(log));

    // ECSA5002
    [Theory]
    [InlineData("Name = \"app\", Essential = false")]
    [InlineData("Name = \"app\", Essential = !true")]
    [InlineData("Name = \"app\", Memory = 512, Essential = false")]
    [InlineData("Essential = false, Name = \"app\"")]
    [InlineData("Name = \"app\", Essential = 1 < 0")]
    [InlineData("Name = \"app\", Essential = false, Cpu = 1")]
    public Task ECSA5002_no_essential_container(string app) => Verify.Rules("ECSA5002").Analyzer(
        App(app).Replace("new RegisterTaskDefinitionRequest", "{|#0:new RegisterTaskDefinitionRequest|}"),
        Verify.Diagnostic("ECSA5002").WithLocation(0).WithArguments("'web'"));

    [Theory]
    [InlineData("Name = \"app\"")]
    [InlineData("Name = \"app\", Essential = true")]
    [InlineData("Name = \"app\", Essential = 1 > 0")]
    [InlineData("Name = \"app\", Essential = false || true")]
    [InlineData("Name = \"app\", Cpu = 1")]
    [InlineData("Name = \"app\", Image = \"nginx:2\"")]
    public Task ECSA5002_omitted_essential_counts_as_true(string app) => Verify.Rules("ECSA5002").Analyzer(App(app));

    // ECSA5003
    [Fact]
    public Task ECSA5003_no_task_memory_and_a_container_without_memory() => Verify.Rules("ECSA5003").Analyzer(
        App("Name = \"app\", Cpu = 256").Replace(", Memory = \"1024\"", "").Replace("new ContainerDefinition { Name = \"app\"", "{|#0:new ContainerDefinition|} { Name = \"app\""),
        Verify.Diagnostic("ECSA5003").WithLocation(0).WithArguments("'app'"));

    [Theory]
    [InlineData("Name = \"app\", Memory = 512", false)]
    [InlineData("Name = \"app\", MemoryReservation = 256", false)]
    [InlineData("Name = \"app\", Memory = 256, MemoryReservation = 128", false)]
    [InlineData("Name = \"app\"", true)]
    [InlineData("Name = \"app\", Cpu = 256", true)]
    [InlineData("Name = \"app\", Memory = 1", false)]
    [InlineData("Name = \"app\", MemoryReservation = 1", false)]
    [InlineData("Name = \"app\", Image = \"x\"", true)]
    [InlineData("Name = \"app\", Memory = 64, Cpu = 1", false)]
    [InlineData("Name = \"app\", MemoryReservation = 64, Image = \"x\"", false)]
    [InlineData("Name = \"app\", Essential = true", true)]
    public Task ECSA5003_near_misses(string app, bool taskMemory) => Verify.Rules("ECSA5003").Analyzer(
        taskMemory ? App(app) : App(app).Replace(", Memory = \"1024\"", ""));

    // ECSA5004
    [Theory]
    [InlineData(513, 512)]
    [InlineData(1024, 128)]
    [InlineData(2048, 1024)]
    [InlineData(7, 6)]
    [InlineData(1536, 1024)]
    [InlineData(300, 299)]
    public Task ECSA5004_reservation_above_limit(int reservation, int limit) => Verify.Rules("ECSA5004").Analyzer(
        App("Name = \"app\", MemoryReservation = " + reservation + ", {|#0:Memory = " + limit + "|}"),
        Verify.Diagnostic("ECSA5004").WithLocation(0).WithArguments("'app'", reservation, limit));

    [Theory]
    [InlineData("Name = \"app\", MemoryReservation = 512, Memory = 512")]
    [InlineData("Name = \"app\", MemoryReservation = 256, Memory = 512")]
    [InlineData("Name = \"app\", MemoryReservation = 4096")]
    [InlineData("Name = \"app\", Memory = 4096")]
    [InlineData("Name = \"app\", MemoryReservation = 1, Memory = 2")]
    [InlineData("Name = \"app\", MemoryReservation = 128, Memory = 129")]
    public Task ECSA5004_equal_below_or_no_limit(string app) => Verify.Rules("ECSA5004").Analyzer(App(app));

    // ECSA5005
    [Theory]
    [InlineData("Name = \"app\", Cpu = 400, Memory = 512", "Cpu", "the containers' cpu adds up to 528 units, more than the task's 512")]
    [InlineData("Name = \"app\", Cpu = 256, MemoryReservation = 900", "Memory", "the containers' memory reservations (else limits) add up to 1028 MiB, more than the task's 1024")]
    [InlineData("Name = \"app\", Cpu = 256, MemoryReservation = 256, Memory = 2048", "Memory", "the memory limit of container 'app' (2048 MiB) is more than the task's 1024")]
    [InlineData("Name = \"app\", Cpu = 385", "Cpu", "the containers' cpu adds up to 513 units, more than the task's 512")]
    [InlineData("Name = \"app\", Memory = 897", "Memory", "the containers' memory reservations (else limits) add up to 1025 MiB, more than the task's 1024")]
    public Task ECSA5005_containers_exceed_the_task(string app, string at, string problem) => Verify.Rules("ECSA5005").Analyzer(
        App(app).Replace(at == "Cpu" ? "Cpu = \"512\"" : "Memory = \"1024\"", at == "Cpu" ? "{|#0:Cpu = \"512\"|}" : "{|#0:Memory = \"1024\"|}"),
        Verify.Diagnostic("ECSA5005").WithLocation(0).WithArguments(problem));

    [Theory]
    [InlineData("Name = \"app\", Cpu = 384, Memory = 896")]
    [InlineData("Name = \"app\", Cpu = 256, MemoryReservation = 512, Memory = 1024")]
    [InlineData("Name = \"app\", Cpu = 100, MemoryReservation = 100, Memory = 1024")]
    [InlineData("Name = \"app\"")]
    [InlineData("Name = \"app\", Cpu = 0, MemoryReservation = 0")]
    [InlineData("Name = \"app\", Cpu = 1, MemoryReservation = 1")]
    public Task ECSA5005_exactly_at_the_limit_and_overcommitted_hard_limits_are_fine(string app) => Verify.Rules("ECSA5005").Analyzer(App(app));

    [Fact]
    public Task ECSA5005_an_unknown_container_keeps_it_silent() => Verify.Rules("ECSA5005").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, ContainerDefinition sidecar) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "web", Cpu = "256", Memory = "512",
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Cpu = 512, Memory = 1024 }, sidecar],
            });
        }
        """);

    // ECSA5006
    [Theory]
    [InlineData("web.api", "family")]
    [InlineData("web api", "family")]
    [InlineData("", "family")]
    [InlineData("web/api", "family")]
    [InlineData("wéb", "family")]
    [InlineData("web:1", "family")]
    public Task ECSA5006_invalid_family(string family, string what) => Verify.Rules("ECSA5006").Analyzer(
        Task.Replace("Family = \"web\"", "{|#0:Family = \"" + family + "\"|}"),
        Verify.Diagnostic("ECSA5006").WithLocation(0).WithArguments(what, family));

    [Fact]
    public Task ECSA5006_invalid_container_and_volume_names() => Verify.Rules("ECSA5006").Analyzer(
        App("{|#0:Name = \"app:v2\"|}").Replace("Cpu = \"512\",", "Cpu = \"512\", Volumes = [new Volume { {|#1:Name = \"data/1\"|} }],"),
        Verify.Diagnostic("ECSA5006").WithLocation(0).WithArguments("container name", "app:v2"),
        Verify.Diagnostic("ECSA5006").WithLocation(1).WithArguments("volume name", "data/1"));

    [Theory]
    [InlineData("web-API_2")]
    [InlineData("W")]
    [InlineData("0123456789")]
    [InlineData("a_-_b")]
    [InlineData("WEB")]
    public Task ECSA5006_valid_names(string family) => Verify.Rules("ECSA5006").Analyzer(Task.Replace("Family = \"web\"", "Family = \"" + family + "\""));

    // ECSA5007
    [Fact]
    public Task ECSA5007_eleven_containers() => Verify.Rules("ECSA5007").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|}
            {
                Family = "big",
                ContainerDefinitions =
                [
                    new ContainerDefinition { Name = "c1" }, new ContainerDefinition { Name = "c2" }, new ContainerDefinition { Name = "c3" },
                    new ContainerDefinition { Name = "c4" }, new ContainerDefinition { Name = "c5" }, new ContainerDefinition { Name = "c6" },
                    new ContainerDefinition { Name = "c7" }, new ContainerDefinition { Name = "c8" }, new ContainerDefinition { Name = "c9" },
                    new ContainerDefinition { Name = "c10" }, new ContainerDefinition { Name = "c11" },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA5007").WithLocation(0).WithArguments("'big'", 11));

    [Fact]
    public Task ECSA5007_ten_containers_or_alternatives_under_if() => Verify.Rules("ECSA5007").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, bool big)
            {
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "ten",
                    ContainerDefinitions =
                    [
                        new ContainerDefinition { Name = "c1" }, new ContainerDefinition { Name = "c2" }, new ContainerDefinition { Name = "c3" },
                        new ContainerDefinition { Name = "c4" }, new ContainerDefinition { Name = "c5" }, new ContainerDefinition { Name = "c6" },
                        new ContainerDefinition { Name = "c7" }, new ContainerDefinition { Name = "c8" }, new ContainerDefinition { Name = "c9" },
                        new ContainerDefinition { Name = "c10" },
                    ],
                });
                var r = new RegisterTaskDefinitionRequest { Family = "alt" };
                r.ContainerDefinitions = [new ContainerDefinition { Name = "a1" }, new ContainerDefinition { Name = "a2" }, new ContainerDefinition { Name = "a3" }, new ContainerDefinition { Name = "a4" }, new ContainerDefinition { Name = "a5" }, new ContainerDefinition { Name = "a6" }];
                if (big) r.ContainerDefinitions = [new ContainerDefinition { Name = "b1" }, new ContainerDefinition { Name = "b2" }, new ContainerDefinition { Name = "b3" }, new ContainerDefinition { Name = "b4" }, new ContainerDefinition { Name = "b5" }, new ContainerDefinition { Name = "b6" }];
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    // ECSA5008
    [Theory]
    [InlineData("Command = [{|#0:\"CMD-SHELL, curl -f http://localhost/ || exit 1\"|}]", "the command starts with 'CMD-SHELL, curl -f http://localhost/ || exit 1', not exactly \"CMD\" or \"CMD-SHELL\" (put the command in the following elements)")]
    [InlineData("Command = new List<string> { {|#0:\"cmd\"|}, \"/bin/check\" }", "the command starts with 'cmd', not exactly \"CMD\" or \"CMD-SHELL\" (put the command in the following elements)")]
    [InlineData("Command = [\"CMD\", \"/bin/check\"], {|#0:Interval = 4|}", "Interval is 4 seconds, outside 5-300")]
    [InlineData("Command = [\"CMD\", \"/bin/check\"], {|#0:Timeout = 61|}", "Timeout is 61 seconds, outside 2-60")]
    [InlineData("Command = [\"CMD\", \"/bin/check\"], {|#0:Retries = 0|}", "Retries is 0, outside 1-10")]
    [InlineData("Command = [\"CMD\", \"/bin/check\"], {|#0:StartPeriod = 301|}", "StartPeriod is 301 seconds, outside 0-300")]
    [InlineData("Command = [\"CMD\", \"/bin/check\"], {|#0:StartPeriod = -1|}", "StartPeriod is -1 seconds, outside 0-300")]
    public Task ECSA5008_malformed_health_checks(string check, string problem) => Verify.Rules("ECSA5008").Analyzer(
        App("Name = \"app\", Memory = 512, HealthCheck = new HealthCheck { " + check + " }"),
        Verify.Diagnostic("ECSA5008").WithLocation(0).WithArguments(problem));

    [Theory]
    [InlineData("Command = [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"], Interval = 5, Timeout = 60, Retries = 10, StartPeriod = 0")]
    [InlineData("Command = [\"CMD\", \"/bin/check\", \"--port\", \"80\"], Interval = 300, Timeout = 2, Retries = 1, StartPeriod = 300")]
    [InlineData("Command = new System.Collections.Generic.List<string> { \"CMD-SHELL\", \"exit 0\" }")]
    [InlineData("Command = [\"CMD-SHELL\", \"exit 0\"], Retries = 10")]
    [InlineData("Command = [\"CMD\", \"true\"], Interval = 30")]
    public Task ECSA5008_well_formed_at_the_limits(string check) => Verify.Rules("ECSA5008").Analyzer(
        App("Name = \"app\", Memory = 512, HealthCheck = new HealthCheck { " + check + " }"));

    // ECSA5009
    [Theory]
    [InlineData("NetworkMode = \"aws-vpc\"", "aws-vpc", "NetworkMode", "NetworkMode.Awsvpc")]
    [InlineData("NetworkMode = \"brdge\"", "brdge", "NetworkMode", "NetworkMode.Bridge")]
    [InlineData("PidMode = \"Task \"", "Task ", "PidMode", "PidMode.Task")]
    public Task ECSA5009_near_misses_of_sdk_values(string setting, string value, string type, string suggestion) => Verify.Rules("ECSA5009").Analyzer(
        Task.Replace("TaskRoleArn = \"web\",", "TaskRoleArn = \"web\", {|#0:" + setting + "|},"),
        Verify.Diagnostic("ECSA5009").WithLocation(0).WithArguments(value, type, suggestion));

    [Fact]
    public Task ECSA5009_compatibilities_and_log_drivers() => Verify.Rules("ECSA5009").Analyzer(
        Task.Replace("TaskRoleArn = \"web\",", "TaskRoleArn = \"web\", RequiresCompatibilities = [{|#0:\"Fargate \"|}, \"EC2\"],")
            .Replace("Essential = false,", "Essential = false, LogConfiguration = new LogConfiguration { {|#1:LogDriver = \"JsonFile\"|} },"),
        Verify.Diagnostic("ECSA5009").WithLocation(0).WithArguments("Fargate ", "Compatibility", "Compatibility.FARGATE"),
        Verify.Diagnostic("ECSA5009").WithLocation(1).WithArguments("JsonFile", "LogDriver", "LogDriver.JsonFile"));

    [Theory]
    [InlineData("NetworkMode = \"awsvpc\"")]
    [InlineData("NetworkMode = \"AWSVPC\"")]
    [InlineData("RequiresCompatibilities = [\"MANAGED_INSTANCES\"]")]
    [InlineData("RequiresCompatibilities = [\"EXTERNAL\", \"fargate\"]")]
    [InlineData("NetworkMode = \"custom-network\"")]
    [InlineData("Family = \"awsvpc\"")]
    [InlineData("NetworkMode = \"host\"")]
    public Task ECSA5009_known_or_far_values_are_not_reported(string setting) => Verify.Rules("ECSA5009").Analyzer(
        Task.Replace("TaskRoleArn = \"web\",", "TaskRoleArn = \"web\", " + setting + ",").Replace("Family = \"web\", ", setting.StartsWith("Family") ? "" : "Family = \"web\", "));

    // ECSA5010
    [Theory]
    [InlineData("[\"awslogs-group\"] = \"/ecs/web\"", "awslogs-region")]
    [InlineData("[\"awslogs-region\"] = \"us-east-1\"", "awslogs-group")]
    [InlineData("{ \"awslogs-stream-prefix\", \"web\" }", "awslogs-group, awslogs-region")]
    [InlineData("[\"awslogs-Group\"] = \"/ecs/web\", [\"awslogs-region\"] = \"us-east-1\"", "awslogs-group")]
    [InlineData("[\"mode\"] = \"non-blocking\"", "awslogs-group, awslogs-region")]
    public Task ECSA5010_missing_awslogs_options(string options, string missing) => Verify.Rules("ECSA5010").Analyzer(
        App("Name = \"app\", Memory = 512, LogConfiguration = {|#0:new LogConfiguration|} { LogDriver = LogDriver.Awslogs, Options = new Dictionary<string, string> { " + options + " } }"),
        Verify.Diagnostic("ECSA5010").WithLocation(0).WithArguments("'app'", missing));

    [Fact]
    public Task ECSA5010_fargate_needs_a_stream_prefix_and_no_options_lack_all() => Verify.Rules("ECSA5010").Analyzer(
        App("Name = \"app\", LogConfiguration = {|#0:new LogConfiguration|} { LogDriver = \"awslogs\", Options = new Dictionary<string, string> { [\"awslogs-group\"] = \"/ecs/web\", [\"awslogs-region\"] = \"us-east-1\" } }")
            .Replace("Essential = false,", "Essential = false, LogConfiguration = {|#1:new LogConfiguration|} { LogDriver = LogDriver.Awslogs },")
            .Replace("TaskRoleArn = \"web\",", "TaskRoleArn = \"web\", RequiresCompatibilities = [\"FARGATE\"], NetworkMode = NetworkMode.Awsvpc,"),
        Verify.Diagnostic("ECSA5010").WithLocation(0).WithArguments("'app'", "awslogs-stream-prefix"),
        Verify.Diagnostic("ECSA5010").WithLocation(1).WithArguments("'log'", "awslogs-group, awslogs-region, awslogs-stream-prefix"));

    [Theory]
    [InlineData("LogDriver = LogDriver.Awslogs, Options = new Dictionary<string, string> { [\"awslogs-group\"] = \"/ecs/web\", [\"awslogs-region\"] = \"us-east-1\" }")]
    [InlineData("LogDriver = LogDriver.Splunk")]
    [InlineData("LogDriver = LogDriver.Awslogs, Options = options")]
    [InlineData("LogDriver = LogDriver.Awslogs, Options = new Dictionary<string, string> { { \"awslogs-group\", \"g\" }, { \"awslogs-region\", \"r\" } }")]
    [InlineData("LogDriver = \"json-file\", Options = new Dictionary<string, string>()")]
    [InlineData("LogDriver = LogDriver.Awslogs, Options = new Dictionary<string, string> { [\"awslogs-group\"] = \"g\", [\"awslogs-region\"] = \"r\", [\"mode\"] = \"non-blocking\" }")]
    public Task ECSA5010_complete_other_drivers_or_unknown_options(string log) => Verify.Rules("ECSA5010").Analyzer(
        App("Name = \"app\", Memory = 512, LogConfiguration = new LogConfiguration { " + log + " }").Replace("void Run(IAmazonECS ecs)", "void Run(IAmazonECS ecs, Dictionary<string, string> options)"));

    // Options built with Dictionary.Add(key, value) are read like an initializer's `{ key, value }`.
    [Theory]
    [InlineData("options.Add(\"awslogs-group\", \"/ecs/app\");", "awslogs-region")]
    [InlineData("options.Add(\"awslogs-region\", \"eu-west-1\");", "awslogs-group")]
    public Task ECSA5010_options_added_one_by_one(string add, string missing) => Verify.Rules("ECSA5010").Analyzer($$"""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var options = new Dictionary<string, string>();
                {{add}}
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "web",
                    ContainerDefinitions = [new ContainerDefinition { Name = "app", LogConfiguration = {|#0:new LogConfiguration|} { LogDriver = LogDriver.Awslogs, Options = options } }],
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA5010").WithLocation(0).WithArguments("'app'", missing));

    [Fact]
    public Task ECSA5010_complete_options_added_one_by_one() => Verify.Rules("ECSA5010").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var options = new Dictionary<string, string>();
                options.Add("awslogs-group", "/ecs/app");
                options.Add("awslogs-region", "eu-west-1");
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "web",
                    ContainerDefinitions = [new ContainerDefinition { Name = "app", LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awslogs, Options = options } }],
                });
            }
        }
        """);

    // ECSA5011
    [Theory]
    [InlineData("LOG_LEVEL", "LOG_LEVEL")]
    [InlineData("PORT", "PORT")]
    [InlineData("A", "A")]
    [InlineData("DB_HOST", "DB_HOST")]
    [InlineData("a", "a")]
    [InlineData("X_1", "X_1")]
    public Task ECSA5011_the_same_variable_twice(string first, string second) => Verify.Rules("ECSA5011").Analyzer(
        App("Name = \"app\", Memory = 512, Environment = [new Amazon.ECS.Model.KeyValuePair { Name = \"" + first + "\", Value = \"1\" }, new Amazon.ECS.Model.KeyValuePair { {|#0:Name = \"" + second + "\"|}, Value = \"2\" }]"),
        Verify.Diagnostic("ECSA5011").WithLocation(0).WithArguments(second, "'app'"));

    [Theory]
    [InlineData("LOG_LEVEL", "log_level")]
    [InlineData("A", "B")]
    [InlineData("PORT", "PORT2")]
    [InlineData("X", " X")]
    [InlineData("Y", "YY")]
    [InlineData("Z", "z2")]
    public Task ECSA5011_names_differ_by_case_or_in_different_containers(string first, string second) => Verify.Rules("ECSA5011").Analyzer(
        App("Name = \"app\", Memory = 512, Environment = [new Amazon.ECS.Model.KeyValuePair { Name = \"" + first + "\", Value = \"1\" }, new Amazon.ECS.Model.KeyValuePair { Name = \"" + second + "\", Value = \"2\" }]")
            .Replace("Essential = false,", "Essential = false, Environment = [new Amazon.ECS.Model.KeyValuePair { Name = \"" + first + "\", Value = \"3\" }],"));

    // The list is changed later in ways the reader cannot follow (the duplicate may be gone): not provable, silent.
    [Theory]
    [InlineData("container.Environment.RemoveAt(1);")]
    [InlineData("container.Environment.RemoveAll(v => v.Value == \"2\");")]
    [InlineData("container.Environment.Clear();")]
    public Task ECSA5011_list_changed_later_by_an_unknown_call_is_not_reported(string change) => Verify.Rules("ECSA5011").Analyzer($$"""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            ContainerDefinition Build()
            {
                var container = new ContainerDefinition
                {
                    Name = "app",
                    Environment = [new Amazon.ECS.Model.KeyValuePair { Name = "A", Value = "1" }, new Amazon.ECS.Model.KeyValuePair { Name = "A", Value = "2" }],
                };
                {{change}}
                return container;
            }
        }
        """);

    // The wrong first element is no longer first (a CMD put before it at index 0), or the list changed unseen: silent.
    [Theory]
    [InlineData("check.Command.Insert(0, \"CMD\");")]
    [InlineData("check.Command.InsertRange(0, [\"CMD\"]);")]
    [InlineData("check.Command.Insert(position, \"CMD\");")]
    [InlineData("check.Command.Clear();")]
    [InlineData("check.Command.RemoveAt(0);")]
    public Task ECSA5008_first_element_changed_later_is_not_reported(string change) => Verify.Rules("ECSA5008").Analyzer($$"""
        using Amazon.ECS.Model;

        class C
        {
            HealthCheck Build(int position)
            {
                var check = new HealthCheck { Command = ["curl -f http://localhost/"] };
                {{change}}
                return check;
            }
        }
        """);

    [Fact]
    public Task ECSA5008_item_inserted_after_the_first_keeps_it_reported() => Verify.Rules("ECSA5008").Analyzer("""
        using Amazon.ECS.Model;

        class C
        {
            HealthCheck Build()
            {
                var check = new HealthCheck { Command = [{|ECSA5008:"CMD-SHELL, curl -f http://localhost/"|}] };
                check.Command.Insert(1, "|| exit 1");
                return check;
            }
        }
        """);

    [Fact]
    public Task ECSA5007_containers_removed_later_are_not_counted() => Verify.Rules("ECSA5007").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "big" };
                r.ContainerDefinitions = [new() { Name = "c1" }, new() { Name = "c2" }, new() { Name = "c3" }, new() { Name = "c4" }, new() { Name = "c5" }, new() { Name = "c6" }, new() { Name = "c7" }, new() { Name = "c8" }, new() { Name = "c9" }, new() { Name = "c10" }, new() { Name = "c11" }];
                r.ContainerDefinitions.RemoveAt(10);
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    // ECSA5012 and ECSA5013
    [Theory]
    [InlineData("ContainerCondition.SUCCESS", "Essential = true", "SUCCESS")]
    [InlineData("\"COMPLETE\"", "Hostname = \"log\"", "COMPLETE")]
    [InlineData("ContainerCondition.COMPLETE", "Essential = true", "COMPLETE")]
    [InlineData("\"success\"", "Essential = 2 > 1", "SUCCESS")]
    [InlineData("ContainerCondition.FindValue(\"COMPLETE\")", "Essential = true", "COMPLETE")]
    [InlineData("new ContainerCondition(\"SUCCESS\")", "Hostname = \"log\"", "SUCCESS")]
    public Task ECSA5012_exit_conditions_on_an_essential_container(string condition, string logEssential, string shown) => Verify.Rules("ECSA5012").Analyzer(
        App("Name = \"app\", Memory = 512, DependsOn = [{|#0:new ContainerDependency|} { ContainerName = \"log\", Condition = " + condition + " }]").Replace("Essential = false", logEssential),
        Verify.Diagnostic("ECSA5012").WithLocation(0).WithArguments("log", shown));

    [Theory]
    [InlineData("ContainerCondition.SUCCESS")]
    [InlineData("ContainerCondition.START")]
    [InlineData("ContainerCondition.HEALTHY")]
    [InlineData("\"START\"")]
    [InlineData("condition")]
    public Task ECSA5012_non_essential_targets_and_other_conditions(string condition) => Verify.Rules("ECSA5012", "ECSA5013").Analyzer(
        App("Name = \"app\", Memory = 512, DependsOn = [new ContainerDependency { ContainerName = \"log\", Condition = " + condition + " }]")
            .Replace("void Run(IAmazonECS ecs)", "void Run(IAmazonECS ecs, ContainerCondition condition)"));

    [Theory]
    [InlineData("logs", "app, log")]
    [InlineData("", "app, log")]
    [InlineData("sidecar", "app, log")]
    [InlineData("app2", "app, log")]
    [InlineData(" log", "app, log")]
    public Task ECSA5013_a_dependency_on_a_missing_container(string target, string names) => Verify.Rules("ECSA5013").Analyzer(
        App("Name = \"app\", Memory = 512, DependsOn = [{|#0:new ContainerDependency|} { ContainerName = \"" + target + "\", Condition = ContainerCondition.START }]"),
        Verify.Diagnostic("ECSA5013").WithLocation(0).WithArguments(target, names));

    // How ECS compares container names is not documented: a name that differs only in case is not proven missing.
    [Theory]
    [InlineData("Log")]
    [InlineData("APP")]
    public Task ECSA5013_a_dependency_that_differs_only_in_case_is_not_reported(string target) => Verify.Rules("ECSA5013").Analyzer(
        App("Name = \"app\", Memory = 512, DependsOn = [new ContainerDependency { ContainerName = \"" + target + "\", Condition = ContainerCondition.START }]"));

    [Fact]
    public Task ECSA5012_and_ECSA5013_stay_silent_with_an_unknown_container() => Verify.Rules("ECSA5012", "ECSA5013").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, ContainerDefinition migrate) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "web",
                ContainerDefinitions = [migrate, new ContainerDefinition { Name = "app", DependsOn = [new ContainerDependency { ContainerName = "migrate", Condition = ContainerCondition.SUCCESS }] }],
            });
        }
        """);

    [Theory]
    [InlineData(11, true)]
    [InlineData(12, true)]
    [InlineData(20, true)]
    [InlineData(10, false)]
    [InlineData(1, false)]
    [InlineData(9, false)]
    [InlineData(13, true)]
    [InlineData(2, false)]
    [InlineData(30, true)]
    [InlineData(3, false)]
    public Task ECSA5007_counts_the_containers(int count, bool reported)
    {
        var containers = string.Join(", ", System.Linq.Enumerable.Range(1, count).Select(i => "new ContainerDefinition { Name = \"c" + i + "\" }"));
        var source = """
            using Amazon.ECS;
            using Amazon.ECS.Model;

            class C
            {
                void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "many", ContainerDefinitions = [new ContainerDefinition { Name = "c1" }] });
            }
            """.Replace("new ContainerDefinition { Name = \"c1\" }", containers);
        return reported
            ? Verify.Rules("ECSA5007").Analyzer(source.Replace("new RegisterTaskDefinitionRequest", "{|#0:new RegisterTaskDefinitionRequest|}"), Verify.Diagnostic("ECSA5007").WithLocation(0).WithArguments("'many'", count))
            : Verify.Rules("ECSA5007").Analyzer(source);
    }
}
