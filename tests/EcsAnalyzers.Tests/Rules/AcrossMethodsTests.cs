using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>
/// Requests read across methods: helper constants, container and request factories (with and without arguments),
/// wrappers around the client, one variable used twice (symbolic values) and conditionals with constant branches (value
/// sets). A finding from a helper points at the call or the argument, with the helper's line as additional location.
/// </summary>
public class AcrossMethodsTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;
        using Task = System.Threading.Tasks.Task;

        """;

    // ---- helpers that return constants

    [Fact]
    public Task A_health_check_command_from_a_helper_is_reported_at_the_call() => Verify.Rules("ECSA5008").Analyzer(Usings + """
        class C
        {
            private static string GetHealthCheckCommand() => {|#1:$"CMD-SHELL, echo 0"|};

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app",
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "api", Image = "nginx", Memory = 512,
                        HealthCheck = new HealthCheck { Command = new List<string> { {|#0:GetHealthCheckCommand()|}, "exit 0" } },
                    },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA5008").WithLocation(0).WithLocation(1));

    [Fact]
    public Task A_get_only_property_and_a_local_function_are_read_like_methods() => Verify.Rules("ECSA1009", "ECSA5006").Analyzer(Usings + """
        class C
        {
            private static string Platform => {|#1:"1.3.0"|};

            Task Run(IAmazonECS ecs)
            {
                string Family() => {|#3:"web app"|};
                return ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    {|#2:Family = Family()|}, TaskRoleArn = "app",
                    ContainerDefinitions = [new ContainerDefinition { Name = "web", Image = "nginx", Memory = 512 }],
                });
            }

            Task Launch(IAmazonECS ecs) => ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "web", LaunchType = LaunchType.FARGATE, {|#0:PlatformVersion = Platform|} });
        }
        """,
        Verify.Diagnostic("ECSA5006").WithLocation(2).WithLocation(3),
        Verify.Diagnostic("ECSA1009").WithLocation(0).WithLocation(1));

    [Fact]
    public Task Constant_arguments_are_put_into_a_helpers_interpolations_and_concatenations() => Verify.Rules("ECSA5006", "ECSA5008").Analyzer(Usings + """
        class C
        {
            private static readonly string Region = "eu";

            private static string FamilyFor(string environment) => {|#1:$"orders-{environment}"|};

            private static string Name(string prefix, int slot) => {|#3:prefix + "_" + slot|};

            private static HealthCheck HttpCheck(string url) => new HealthCheck { Command = [{|#5:$"CMD-SHELL, curl -f {url} || exit 1"|}] };

            Task Run(IAmazonECS ecs, string environment) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                {|#0:Family = FamilyFor("eu.prod")|}, TaskRoleArn = "app",
                ContainerDefinitions =
                [
                    new ContainerDefinition { {|#2:Name = Name("web app", 1)|}, Image = "nginx", Memory = 512, HealthCheck = {|#4:HttpCheck("http://localhost/health")|} },
                    new ContainerDefinition { Name = Name("worker", 2), Image = "worker", Memory = 512, HealthCheck = HttpCheck(environment) },
                    new ContainerDefinition { Name = $"{Region}-{FamilyFor(environment)}-{-1}", Image = "x", Memory = 512 },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA5006").WithLocation(0).WithLocation(1),
        Verify.Diagnostic("ECSA5006").WithLocation(2).WithLocation(3),
        Verify.Diagnostic("ECSA5008").WithLocation(4).WithLocation(5));

    [Fact]
    public Task Containers_passed_as_params_are_read() => Verify.Rules("ECSA5007").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Shard(string name) => new ContainerDefinition { Name = name, Image = "indexer", Memory = 256 };

            private static RegisterTaskDefinitionRequest Indexer(params ContainerDefinition[] shards) => {|#1:new RegisterTaskDefinitionRequest|}
            {
                Family = "indexer", TaskRoleArn = "app", ContainerDefinitions = [.. shards],
            };

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:Indexer(Shard("a"), Shard("b"), Shard("c"), Shard("d"), Shard("e"), Shard("f"), Shard("g"), Shard("h"), Shard("i"), Shard("j"), Shard("k"))|});

            Task Ten(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(Indexer(Shard("a"), Shard("b"), Shard("c"), Shard("d"), Shard("e"), Shard("f"), Shard("g"), Shard("h"), Shard("i"), Shard("j")));
        }
        """,
        Verify.Diagnostic("ECSA5007").WithLocation(0).WithLocation(1));

    // ---- container factories

    [Fact]
    public Task A_name_passed_to_a_container_factory_is_reported_at_the_argument() => Verify.Rules("ECSA5006", "ECSA5001").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Worker(string name, string image, int memory) =>
                new ContainerDefinition { {|#1:Name = name|}, Image = image, Memory = memory };

            Task Run(IAmazonECS ecs, string image) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "jobs", TaskRoleArn = "app",
                ContainerDefinitions = [Worker("ingest", image, 1024), Worker({|#0:"bad name!"|}, image, 512), Worker({|#2:"ingest"|}, image, 256)],
            });
        }
        """,
        Verify.Diagnostic("ECSA5006").WithLocation(0).WithLocation(1),
        Verify.Diagnostic("ECSA5001").WithLocation(2).WithLocation(1).WithArguments("'ingest'"));

    [Fact]
    public Task A_container_without_arguments_is_read_where_it_is_used() => Verify.Rules("ECSA2002").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition App() => new ContainerDefinition
            {
                Name = "app", Image = "nginx", Memory = 512,
                MountPoints = [new MountPoint { {|#1:SourceVolume = "data"|}, ContainerPath = "/data" }],
            };

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "app",
                Volumes = [new Volume { Name = "cache" }],
                ContainerDefinitions = [{|#0:App()|}],
            });
        }
        """,
        Verify.Diagnostic("ECSA2002").WithLocation(0).WithLocation(1));

    [Fact]
    public Task What_a_helper_reports_on_its_own_is_not_repeated_at_its_calls() => Verify.Rules("ECSA5004").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Sidecar() => new ContainerDefinition { Name = "sidecar", Image = "envoy", {|#0:Memory = 256|}, MemoryReservation = 512 };

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "app", TaskRoleArn = "app",
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }, Sidecar()],
            });

            Task Other(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "other", TaskRoleArn = "app", ContainerDefinitions = [Sidecar()],
            });
        }
        """,
        Verify.Diagnostic("ECSA5004").WithLocation(0));

    [Fact]
    public Task A_local_function_factory_reports_once() => Verify.Rules("ECSA5004").Analyzer(Usings + """
        class C
        {
            Task Run(IAmazonECS ecs)
            {
                ContainerDefinition Sidecar() => new ContainerDefinition { Name = "sidecar", Image = "envoy", {|#0:Memory = 256|}, MemoryReservation = 512 };
                return ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "app", TaskRoleArn = "app", ContainerDefinitions = [Sidecar()] });
            }
        }
        """,
        Verify.Diagnostic("ECSA5004").WithLocation(0));

    [Fact]
    public Task A_factory_call_per_container_gives_one_container_per_call() => Verify.Rules("ECSA5001", "ECSA5005").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Worker(string name, int cpu) => new ContainerDefinition { Name = name, Image = "worker", Cpu = cpu, Memory = 256 };

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "jobs", TaskRoleArn = "app", {|#0:Cpu = "1024"|}, Memory = "2048",
                ContainerDefinitions = [Worker("a", 512), Worker("b", 512), Worker("c", 256)],
            });
        }
        """,
        Verify.Diagnostic("ECSA5005").WithLocation(0));

    // ---- request factories

    [Fact]
    public Task A_request_built_by_a_factory_and_sent_unchanged_is_fully_visible() => Verify.Rules("ECSA3001").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest BuildRequest(string family) => {|#1:new RegisterTaskDefinitionRequest|}
            {
                Family = family,
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            };

            async Task Run(IAmazonECS ecs) => await ecs.RegisterTaskDefinitionAsync({|#0:BuildRequest("api")|});

            async Task Local(IAmazonECS ecs)
            {
                var request = {|#2:BuildRequest("worker")|};
                await ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """,
        Verify.Diagnostic("ECSA3001").WithLocation(0).WithLocation(1),
        Verify.Diagnostic("ECSA3001").WithLocation(2).WithLocation(1));

    [Fact]
    public Task A_request_changed_after_the_factory_returns_is_read_with_the_change() => Verify.Rules("ECSA3001").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest BuildRequest() => new RegisterTaskDefinitionRequest
            {
                Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            };

            static void Tag(RegisterTaskDefinitionRequest r) => r.TaskRoleArn = "arn:aws:iam::123456789012:role/tagged";

            async Task Set(IAmazonECS ecs)
            {
                var request = BuildRequest();
                request.TaskRoleArn = "arn:aws:iam::123456789012:role/api";
                await ecs.RegisterTaskDefinitionAsync(request);
            }

            async Task PassedOn(IAmazonECS ecs)
            {
                var request = BuildRequest();
                Tag(request);
                await ecs.RegisterTaskDefinitionAsync(request);
            }

            RegisterTaskDefinitionRequest Returned() => BuildRequest();
        }
        """);

    [Fact]
    public Task A_factory_that_sets_the_role_from_its_parameter_is_not_missing_it() => Verify.Rules("ECSA3001", "ECSA3004").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest Build(string role) => new RegisterTaskDefinitionRequest
            {
                Family = "api", {|#1:TaskRoleArn = role|},
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            };

            Task Run(IAmazonECS ecs, string role) => ecs.RegisterTaskDefinitionAsync(Build(role));

            Task Bad(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(Build({|#0:"arn:aws:iam::123456789012:user/deploy"|}));
        }
        """,
        Verify.Diagnostic("ECSA3004").WithLocation(0).WithLocation(1));

    [Fact]
    public Task An_object_or_list_a_helper_only_puts_into_what_it_returns_stays_visible() => Verify.Rules("ECSA5008", "ECSA3001").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Job(string name, List<string> check) => new ContainerDefinition
            {
                Name = name, Image = "jobs", Memory = 512, HealthCheck = new HealthCheck { Command = check },
            };

            private static RegisterTaskDefinitionRequest Wrap(ContainerDefinition container) => {|#2:new RegisterTaskDefinitionRequest|}
            {
                Family = "jobs", ContainerDefinitions = [container],
            };

            private static void Mutate(List<string> check) => check.Clear();

            Task Run(IAmazonECS ecs)
            {
                var check = new List<string> { {|#0:"CMD-SHELL, exit 0"|} };
                var job = Job("ingest", check);
                return ecs.RegisterTaskDefinitionAsync({|#1:Wrap(job)|});
            }

            Task Changed(IAmazonECS ecs)
            {
                var check = new List<string> { "CMD-SHELL, exit 0" };
                Mutate(check);
                return ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "a", TaskRoleArn = "app", ContainerDefinitions = [Job("a", check)] });
            }
        }
        """,
        Verify.Diagnostic("ECSA5008").WithLocation(0),
        Verify.Diagnostic("ECSA3001").WithLocation(1).WithLocation(2));

    // ---- wrappers

    [Fact]
    public Task A_request_given_to_a_wrapper_that_sends_it_unchanged_counts_as_sent() => Verify.Rules("ECSA3001", "ECSA1005").Analyzer(Usings + """
        sealed class Deployer
        {
            private readonly IAmazonECS _ecs;

            public Deployer(IAmazonECS ecs) => _ecs = ecs;

            private async System.Threading.Tasks.Task<string> RegisterAsync(RegisterTaskDefinitionRequest request)
            {
                System.Console.WriteLine("registering " + request.Family + " with " + request.ContainerDefinitions.Count + " containers");
                await _ecs.RegisterTaskDefinitionAsync(request);
                return request.Family;
            }

            private Task RunAsync(RunTaskRequest request) => Send(request);

            private Task Send(RunTaskRequest request) => _ecs.RunTaskAsync(request);

            public System.Threading.Tasks.Task<string> Deploy() => RegisterAsync({|#0:new RegisterTaskDefinitionRequest|}
            {
                Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            });

            public async Task Launch()
            {
                var run = {|#1:new RunTaskRequest|} { TaskDefinition = "api", LaunchType = LaunchType.FARGATE };
                await RunAsync(run);
            }
        }
        """,
        Verify.Diagnostic("ECSA3001").WithLocation(0),
        Verify.Diagnostic("ECSA1005").WithLocation(1));

    [Fact]
    public Task Wrappers_that_change_the_request_or_can_be_overridden_are_not_wrappers() => Verify.Rules("ECSA3001").Analyzer(Usings + """
        interface IRegistrar { Task RegisterAsync(RegisterTaskDefinitionRequest request); }

        class Deployer
        {
            private readonly IAmazonECS _ecs;
            private readonly IRegistrar _registrar;

            public Deployer(IAmazonECS ecs, IRegistrar registrar) { _ecs = ecs; _registrar = registrar; }

            private Task Changing(RegisterTaskDefinitionRequest request)
            {
                request.TaskRoleArn = "arn:aws:iam::123456789012:role/api";
                return _ecs.RegisterTaskDefinitionAsync(request);
            }

            protected virtual Task Virtual(RegisterTaskDefinitionRequest request) => _ecs.RegisterTaskDefinitionAsync(request);

            private Task Dropping(RegisterTaskDefinitionRequest request) => Task.CompletedTask;

            private static RegisterTaskDefinitionRequest Draft() => new RegisterTaskDefinitionRequest
            {
                Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            };

            public Task A() => Changing(Draft());

            public Task B() => Virtual(Draft());

            public Task C() => _registrar.RegisterAsync(Draft());

            public Task D() => Dropping(Draft());
        }
        """);

    // ---- one variable used twice (symbolic values)

    [Fact]
    public Task One_variable_for_both_roles_is_the_same_role() => Verify.Rules("ECSA3003").Analyzer(Usings + """
        class C
        {
            private readonly string _role;

            C(string role) => _role = role;

            Task Param(IAmazonECS ecs, string roleArn) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = roleArn, {|#0:ExecutionRoleArn = roleArn|},
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            });

            Task Field(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = _role, {|#1:ExecutionRoleArn = _role|},
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            });

            async Task Local(IAmazonECS ecs, System.Func<string> config)
            {
                var arn = config();
                var same = arn;
                var r = new RegisterTaskDefinitionRequest { Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
                r.TaskRoleArn = same;
                {|#2:r.ExecutionRoleArn = arn|};
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """,
        Verify.Diagnostic("ECSA3003").WithLocation(0).WithArguments("both are the value of 'roleArn'"),
        Verify.Diagnostic("ECSA3003").WithLocation(1).WithArguments("both are the value of '_role'"),
        Verify.Diagnostic("ECSA3003").WithLocation(2).WithArguments("both are the value of 'arn'"));

    [Fact]
    public Task One_variable_passed_as_both_role_arguments_is_reported_at_the_second() => Verify.Rules("ECSA3003").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest Build(string taskRole, string executionRole) => new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = taskRole, {|#1:ExecutionRoleArn = executionRole|},
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            };

            Task Run(IAmazonECS ecs, string roleArn) => ecs.RegisterTaskDefinitionAsync(Build(roleArn, {|#0:roleArn|}));

            Task Fine(IAmazonECS ecs, string task, string execution) => ecs.RegisterTaskDefinitionAsync(Build(task, execution));
        }
        """,
        Verify.Diagnostic("ECSA3003").WithLocation(0).WithLocation(1).WithArguments("both are the value of 'roleArn'"));

    [Fact]
    public Task Values_that_may_differ_between_reads_are_not_the_same() => Verify.Rules("ECSA3003", "ECSA5001").Analyzer(Usings + """
        class C
        {
            private string _mutable = "";
            private static int s_count;

            private static string NewRole() => "role-" + (s_count++);

            async Task Reassigned(IAmazonECS ecs, string a, string b)
            {
                var arn = a;
                var r = new RegisterTaskDefinitionRequest { Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
                r.TaskRoleArn = arn;
                arn = b;
                r.ExecutionRoleArn = arn;
                await ecs.RegisterTaskDefinitionAsync(r);
            }

            Task Calls(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = NewRole(), ExecutionRoleArn = NewRole(),
                ContainerDefinitions =
                [
                    new ContainerDefinition { Name = System.Guid.NewGuid().ToString(), Image = "nginx", Memory = 512 },
                    new ContainerDefinition { Name = System.Guid.NewGuid().ToString(), Image = "nginx", Memory = 512 },
                ],
            });

            Task Mutable(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = _mutable, ExecutionRoleArn = _mutable,
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            });

            Task Parameters(IAmazonECS ecs, string task, string execution)
            {
                task = task.Trim();
                return ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "api", TaskRoleArn = task, ExecutionRoleArn = task.Length > 0 ? execution : task,
                    ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
                });
            }
        }
        """);

    [Fact]
    public Task Two_containers_named_by_one_variable_share_a_name() => Verify.Rules("ECSA5001", "ECSA2002").Analyzer(Usings + """
        class C
        {
            Task Run(IAmazonECS ecs, string name, string volume) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app",
                Volumes = [new Volume { Name = volume }],
                ContainerDefinitions =
                [
                    new ContainerDefinition { Name = name, Image = "nginx", Memory = 512, MountPoints = [new MountPoint { SourceVolume = volume, ContainerPath = "/d" }] },
                    new ContainerDefinition { {|#0:Name = name|}, Image = "envoy", Memory = 256 },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA5001").WithLocation(0).WithArguments("the value of 'name'"));

    // ---- value sets

    [Fact]
    public Task Each_option_of_a_conditional_is_checked() => Verify.Rules("ECSA1009", "ECSA1001", "ECSA5006").Analyzer(Usings + """
        class C
        {
            Task Launch(IAmazonECS ecs, bool legacy) => ecs.RunTaskAsync(new RunTaskRequest
            {
                TaskDefinition = "job", LaunchType = LaunchType.FARGATE, PlatformVersion = legacy ? {|#0:"1.3.0"|} : "LATEST",
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-1"] } },
            });

            Task Register(IAmazonECS ecs, bool tls, bool old)
            {
                var mode = tls ? "awsvpc" : {|#1:"bridge"|};
                return ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = old ? "api" : tls ? {|#2:"api v2"|} : "api-3", TaskRoleArn = "app", RequiresCompatibilities = ["FARGATE"],
                    NetworkMode = mode, Cpu = "256", Memory = "512",
                    ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA1009").WithLocation(0),
        Verify.Diagnostic("ECSA1001").WithLocation(1),
        Verify.Diagnostic("ECSA5006").WithLocation(2));

    [Fact]
    public Task A_pair_is_checked_when_one_side_is_definite_or_both_come_from_one_condition() => Verify.Rules("ECSA1003", "ECSA4001").Analyzer(Usings + """
        class C
        {
            static RegisterTaskDefinitionRequest Td(string cpu, string memory, int hostPort, int containerPort) => new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = cpu, Memory = memory,
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", PortMappings = [new PortMapping { HostPort = hostPort, ContainerPort = containerPort }] }],
            };

            Task OneSide(IAmazonECS ecs, bool big) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
                Cpu = big ? {|#0:"4096"|} : "256", Memory = "512",
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx" }],
            });

            Task Correlated(IAmazonECS ecs, bool big) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
                Cpu = big ? "4096" : "256", Memory = big ? "8192" : "512",
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx" }],
            });

            Task CorrelatedWrong(IAmazonECS ecs, bool big) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
                Cpu = big ? {|#1:"4096"|} : "256", Memory = big ? "1024" : "512",
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx" }],
            });

            Task Uncorrelated(IAmazonECS ecs, bool big, bool large) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
                Cpu = big ? "4096" : "256", Memory = large ? "8192" : "512",
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx" }],
            });

            Task Port(IAmazonECS ecs, bool tls)
            {
                var port = tls ? 443 : 80;
                return ecs.RegisterTaskDefinitionAsync(Td("256", "512", port, port));
            }
        }
        """,
        Verify.Diagnostic("ECSA1003").WithLocation(0),
        Verify.Diagnostic("ECSA1003").WithLocation(1));

    [Fact]
    public Task A_switch_expression_with_constant_arms_is_a_value_set() => Verify.Rules("ECSA1001", "ECSA1003").Analyzer(Usings + """
        class C
        {
            static RegisterTaskDefinitionRequest Td(string cpu, string memory, NetworkMode mode) => new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app", RequiresCompatibilities = ["FARGATE"], {|#6:NetworkMode = mode|}, {|#4:Cpu = cpu|}, {|#5:Memory = memory|},
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx" }],
            };

            Task OneSide(IAmazonECS ecs, string size) => ecs.RegisterTaskDefinitionAsync(Td(size switch { "small" => "256", _ => {|#0:"4096"|} }, "512", NetworkMode.Awsvpc));

            Task Correlated(IAmazonECS ecs, string env) =>
                ecs.RegisterTaskDefinitionAsync(Td(env switch { "prod" => "4096", _ => "256" }, env switch { "prod" => "8192", _ => "512" }, NetworkMode.Awsvpc));

            Task CorrelatedWrong(IAmazonECS ecs, string env) =>
                ecs.RegisterTaskDefinitionAsync(Td(env switch { "prod" => {|#1:"4096"|}, _ => "256" }, env switch { "prod" => "1024", _ => "512" }, NetworkMode.Awsvpc));

            // Other arms: the second switch's first arm is not the first one's, so nothing pairs them.
            Task DifferentArms(IAmazonECS ecs, string env) =>
                ecs.RegisterTaskDefinitionAsync(Td(env switch { "prod" => "4096", _ => "256" }, env switch { "dev" => "512", _ => "8192" }, NetworkMode.Awsvpc));

            Task ThrowingArm(IAmazonECS ecs, string size) => ecs.RegisterTaskDefinitionAsync(
                Td("256", size switch { "s" => "512", "l" => {|#2:"9999"|}, _ => throw new System.ArgumentOutOfRangeException(nameof(size)) }, NetworkMode.Awsvpc));

            Task Mode(IAmazonECS ecs, int tier) => ecs.RegisterTaskDefinitionAsync(Td("256", "512", tier switch { 1 => NetworkMode.Awsvpc, _ => {|#3:NetworkMode.Bridge|} }));

            // Over a constant only the selected arm is live: "999" is dead code.
            const string Env = "prod";
            Task ConstantInput(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(Td(Env switch { "prod" => "256", _ => "999" }, "512", NetworkMode.Awsvpc));

            // A relational pattern over a constant is not evaluated: unknown, silent.
            const int Tier = 3;
            Task RelationalOverConstant(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(Td(Tier switch { > 2 => "256", _ => "999" }, "512", NetworkMode.Awsvpc));
        }
        """,
        Verify.Diagnostic("ECSA1003").WithLocation(0).WithLocation(4),
        Verify.Diagnostic("ECSA1003").WithLocation(1).WithLocation(4),
        Verify.Diagnostic("ECSA1003").WithLocation(2).WithLocation(5),
        Verify.Diagnostic("ECSA1001").WithLocation(3).WithLocation(6));

    // ---- members that are not read

    [Fact]
    public Task Virtual_interface_recursive_and_mutable_field_helpers_are_unknown() => Verify.Rules("ECSA5006", "ECSA1009").Analyzer(Usings + """
        interface INames { string Family(); }

        class C
        {
            private string _platform = "1.3.0";
            private readonly INames _names;

            C(INames names) => _names = names;

            protected virtual string Family() => "bad name!";

            private string Mutable() => _platform;

            private static string Recursive(int n) => n == 0 ? "bad name!" : Recursive(n - 1);

            private static string Ping(int n) => n == 0 ? "bad name!" : Pong(n);

            private static string Pong(int n) => Ping(n - 1);

            private static string Deep1() => Deep2();
            private static string Deep2() => Deep3();
            private static string Deep3() => Deep4();
            private static string Deep4() => "bad name!";

            Task A(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = Family(), TaskRoleArn = "app" });

            Task B(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = _names.Family(), TaskRoleArn = "app" });

            Task D(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = Ping(3), TaskRoleArn = "app" });

            Task E(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = Deep1(), TaskRoleArn = "app" });

            Task F(IAmazonECS ecs) => ecs.RunTaskAsync(new RunTaskRequest
            {
                TaskDefinition = "job", LaunchType = LaunchType.FARGATE, PlatformVersion = Mutable(),
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-1"] } },
            });
        }

        sealed class S
        {
            private static string Family() => "ok";
        }
        """);

    [Fact]
    public Task A_helper_three_calls_deep_is_read() => Verify.Rules("ECSA5006").Analyzer(Usings + """
        class C
        {
            private static string Deep1() => Deep2();
            private static string Deep2() => Deep3();
            private static string Deep3() => {|#1:"bad name!"|};

            Task E(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { {|#0:Family = Deep1()|}, TaskRoleArn = "app" });
        }
        """,
        Verify.Diagnostic("ECSA5006").WithLocation(0).WithLocation(1));
}
