using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>
/// Second reading of the across-methods reader (helpers, factories, wrappers, symbolic values, value sets), looking for
/// false positives, repeated findings, findings outside the analyzed body and crashes. Every test asserts the correct
/// behaviour; the ones that fail today are skipped with "FP: ..." (or "Double: ...", "Outside: ...").
/// </summary>
public class ReviewFalsePositiveTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Linq;
        using Amazon.ECS;
        using Amazon.ECS.Model;
        using Task = System.Threading.Tasks.Task;

        """;

    // ================================================================ symbolic values

    [Fact]
    public Task Sym_one_local_written_to_either_role_on_exclusive_branches_is_not_the_same_role() => Verify.Rules("ECSA3003").Analyzer(Usings + """
        class C
        {
            async Task Run(IAmazonECS ecs, bool asTaskRole, System.Func<string> config)
            {
                var arn = config();
                var r = new RegisterTaskDefinitionRequest { Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
                if (asTaskRole) r.TaskRoleArn = arn;
                else r.ExecutionRoleArn = arn;
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Sym_a_local_assigned_once_per_loop_iteration_is_not_one_value() => Verify.Rules("ECSA3003").Analyzer(Usings + """
        class C
        {
            async Task Run(IAmazonECS ecs, string[] kinds, System.Func<string, string> lookup)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
                foreach (var kind in kinds)
                {
                    var arn = lookup(kind);
                    if (kind == "task") r.TaskRoleArn = arn;
                    if (kind == "execution") r.ExecutionRoleArn = arn;
                }

                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Sym_containers_added_on_exclusive_branches_with_one_name_variable_are_not_duplicates() => Verify.Rules("ECSA5001").Analyzer(Usings + """
        class C
        {
            async Task Run(IAmazonECS ecs, bool sidecar, System.Func<string> config)
            {
                var name = config();
                var containers = new List<ContainerDefinition>();
                if (sidecar) containers.Add(new ContainerDefinition { Name = name, Image = "envoy", Memory = 256 });
                else containers.Add(new ContainerDefinition { Name = name, Image = "nginx", Memory = 512 });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "api", TaskRoleArn = "app", ContainerDefinitions = containers });
            }
        }
        """);

    [Fact]
    public Task Sym_containers_added_in_a_loop_on_exclusive_branches_are_not_duplicates() => Verify.Rules("ECSA5001").Analyzer(Usings + """
        class C
        {
            async Task Run(IAmazonECS ecs, (string Name, bool Sidecar, string Image)[] specs)
            {
                var containers = new List<ContainerDefinition>();
                foreach (var spec in specs)
                {
                    var name = spec.Name;
                    if (spec.Sidecar)
                    {
                        containers.Add(new ContainerDefinition { Name = name, Image = "envoy", Memory = 256 });
                    }
                    else
                    {
                        containers.Add(new ContainerDefinition { Name = name, Image = spec.Image, Memory = 512 });
                    }
                }

                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "api", TaskRoleArn = "app", ContainerDefinitions = containers });
            }
        }
        """);

    [Fact]
    public Task Pre_containers_added_on_exclusive_branches_with_one_constant_name_are_not_duplicates() => Verify.Rules("ECSA5001").Analyzer(Usings + """
        class C
        {
            async Task Run(IAmazonECS ecs, bool debug)
            {
                var containers = new List<ContainerDefinition>();
                if (debug) containers.Add(new ContainerDefinition { Name = "app", Image = "nginx:debug", Memory = 512 });
                else containers.Add(new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "api", TaskRoleArn = "app", ContainerDefinitions = containers });
            }
        }
        """);

    [Fact]
    public Task Sym_a_static_readonly_field_reassigned_in_the_static_constructor_is_not_one_value() => Verify.Rules("ECSA3003").Analyzer(Usings + """
        class C
        {
            private static readonly string Role;
            private static readonly RegisterTaskDefinitionRequest Request;

            static C()
            {
                Role = System.Environment.GetEnvironmentVariable("TASK_ROLE");
                var r = new RegisterTaskDefinitionRequest { Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
                r.TaskRoleArn = Role;
                Role = System.Environment.GetEnvironmentVariable("EXECUTION_ROLE");
                r.ExecutionRoleArn = Role;
                Request = r;
            }
        }
        """);

    [Fact]
    public Task Sym_a_primary_constructor_parameter_changed_by_another_member_is_not_one_value() => Verify.Rules("ECSA3003").Analyzer(Usings + """
        sealed class Deployer(IAmazonECS ecs, string role)
        {
            public void Use(string arn) => role = arn;

            public async Task Run(string executionRole)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "api", TaskRoleArn = role, ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
                Use(executionRole);
                r.ExecutionRoleArn = role;
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Sym_a_local_changed_through_a_ref_local_is_not_one_value() => Verify.Rules("ECSA3003").Analyzer(Usings + """
        class C
        {
            async Task Run(IAmazonECS ecs, System.Func<string> config, string execution)
            {
                var arn = config();
                ref var current = ref arn;
                var r = new RegisterTaskDefinitionRequest { Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
                r.TaskRoleArn = arn;
                current = execution;
                r.ExecutionRoleArn = arn;
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Sym_a_parameter_reassigned_in_a_lambda_or_local_function_is_not_one_value() => Verify.Rules("ECSA3003").Analyzer(Usings + """
        class C
        {
            async Task Lambda(IAmazonECS ecs, string role, string other)
            {
                System.Action swap = () => role = other;
                var r = new RegisterTaskDefinitionRequest { Family = "api", TaskRoleArn = role, ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
                swap();
                r.ExecutionRoleArn = role;
                await ecs.RegisterTaskDefinitionAsync(r);
            }

            async Task Local(IAmazonECS ecs, System.Func<string> config, string other)
            {
                var arn = config();
                void Swap() => arn = other;
                var r = new RegisterTaskDefinitionRequest { Family = "api", TaskRoleArn = arn, ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
                Swap();
                r.ExecutionRoleArn = arn;
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Sym_readonly_fields_of_another_instance_and_through_helpers_on_it_are_not_this_ones() => Verify.Rules("ECSA3003", "ECSA5001").Analyzer(Usings + """
        sealed class Deployer
        {
            private readonly string _role;
            private readonly string _name;

            public Deployer(string role, string name) { _role = role; _name = name; }

            private string Role() => _role;

            private string Name => _name;

            private ContainerDefinition Container() => new ContainerDefinition { Name = Name, Image = "nginx", Memory = 256 };

            public Task Run(IAmazonECS ecs, Deployer other) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = Role(), ExecutionRoleArn = other.Role(),
                ContainerDefinitions = [Container(), other.Container(), new Deployer("r", "n").Container()],
            });

            public Task Fields(IAmazonECS ecs, Deployer other) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = _role, ExecutionRoleArn = other._role,
                ContainerDefinitions = [new ContainerDefinition { Name = _name, Image = "a", Memory = 256 }, new ContainerDefinition { Name = other._name, Image = "b", Memory = 256 }],
            });
        }
        """);

    [Fact]
    public Task Sym_a_helper_local_is_a_new_value_at_each_call_and_same_named_parameters_differ() => Verify.Rules("ECSA3003", "ECSA5001").Analyzer(Usings + """
        class C
        {
            private static string NewName() { var id = System.Guid.NewGuid().ToString("N"); return id; }

            private static ContainerDefinition Worker(string name) => new ContainerDefinition { Name = name, Image = "worker", Memory = 256 };

            private static string TaskRole(string role) => role;

            private static string ExecutionRole(string role) => role;

            Task Run(IAmazonECS ecs, string a, string b) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = TaskRole(a), ExecutionRoleArn = ExecutionRole(b),
                ContainerDefinitions = [Worker(NewName()), Worker(NewName()), new ContainerDefinition { Name = NewName(), Image = "x", Memory = 256 }],
            });
        }
        """);

    [Fact]
    public Task Sym_one_lambda_parameter_names_containers_of_different_lambda_invocations() => Verify.Rules("ECSA5001", "ECSA5002").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Worker(string name) => new ContainerDefinition { Name = name, Image = "worker", Memory = 256 };

            Task Run(IAmazonECS ecs, string[] names) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app",
                ContainerDefinitions = names.Select(n => Worker(n)).ToList(),
            });

            Task Spread(IAmazonECS ecs, string[] names) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app",
                ContainerDefinitions = [.. names.Select(n => Worker(n)), .. names.Select(n => new ContainerDefinition { Name = n + "-proxy", Image = "envoy", Memory = 128 })],
            });

            async Task Loop(IAmazonECS ecs, string[] names)
            {
                var containers = new List<ContainerDefinition>();
                foreach (var n in names)
                {
                    containers.Add(Worker(n));
                }

                names.ToList().ForEach(n => containers.Add(new ContainerDefinition { Name = n + "-log", Image = "fluent-bit", Memory = 64, Essential = false }));
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "api", TaskRoleArn = "app", ContainerDefinitions = containers });
            }
        }
        """);

    // ================================================================ helpers that change what they are given

    [Fact]
    public Task Fluent_an_extension_that_renames_a_container_is_not_ignored() => Verify.Rules("ECSA5001").Analyzer(Usings + """
        static class ContainerExtensions
        {
            public static ContainerDefinition Named(this ContainerDefinition container, string name)
            {
                container.Name = name;
                return container;
            }
        }

        class C
        {
            private static ContainerDefinition Base() => new ContainerDefinition { Name = "app", Image = "nginx", Memory = 256 };

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app",
                ContainerDefinitions = [Base().Named("web"), Base().Named("worker")],
            });

            Task Inline(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app",
                ContainerDefinitions =
                [
                    new ContainerDefinition { Name = "app", Image = "nginx", Memory = 256 }.Named("web"),
                    new ContainerDefinition { Name = "app", Image = "nginx", Memory = 256 }.Named("worker"),
                ],
            });
        }
        """);

    [Fact]
    public Task Fluent_a_helper_that_makes_a_container_essential_is_not_ignored() => Verify.Rules("ECSA5002").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Essential(ContainerDefinition container)
            {
                container.Essential = true;
                return container;
            }

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app",
                ContainerDefinitions = [Essential(new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512, Essential = false })],
            });
        }
        """);

    [Fact]
    public Task Fluent_a_helper_that_adds_the_essential_container_to_a_request_it_returns() => Verify.Rules("ECSA5002", "ECSA3001").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest WithApp(RegisterTaskDefinitionRequest request)
            {
                request.TaskRoleArn = "arn:aws:iam::123456789012:role/api";
                request.ContainerDefinitions.Add(new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 });
                return request;
            }

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(WithApp(new RegisterTaskDefinitionRequest
            {
                Family = "api",
                ContainerDefinitions = new List<ContainerDefinition> { new ContainerDefinition { Name = "init", Image = "busybox", Memory = 64, Essential = false } },
            }));
        }
        """);

    [Fact]
    public Task Pre_a_request_passed_to_a_helper_that_adds_containers_has_unknown_containers() => Verify.Rules("ECSA5002").Analyzer(Usings + """
        class C
        {
            private static void AddApp(RegisterTaskDefinitionRequest request) =>
                request.ContainerDefinitions.Add(new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 });

            async Task Run(IAmazonECS ecs)
            {
                var r = new RegisterTaskDefinitionRequest
                {
                    Family = "api", TaskRoleArn = "app",
                    ContainerDefinitions = new List<ContainerDefinition> { new ContainerDefinition { Name = "init", Image = "busybox", Memory = 64, Essential = false } },
                };
                AddApp(r);
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    // ================================================================ writes the reader may miss

    [Fact]
    public Task Pre_a_role_set_with_coalescing_assignment_is_set() => Verify.Rules("ECSA3001").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest Build() => new RegisterTaskDefinitionRequest
            {
                Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            };

            async Task Run(IAmazonECS ecs)
            {
                var r = Build();
                r.TaskRoleArn ??= "arn:aws:iam::123456789012:role/api";
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Pre_roles_set_by_deconstruction_are_set() => Verify.Rules("ECSA3001").Analyzer(Usings + """
        class C
        {
            async Task Run(IAmazonECS ecs, string task, string execution)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
                (r.TaskRoleArn, r.ExecutionRoleArn) = (task, execution);
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    // ================================================================ wrappers

    [Fact]
    public Task Wrapper_that_fills_a_default_role_through_a_pattern_variable_is_not_a_plain_wrapper() => Verify.Rules("ECSA3001").Analyzer(Usings + """
        sealed class Deployer
        {
            private const string DefaultRole = "arn:aws:iam::123456789012:role/default";
            private readonly IAmazonECS _ecs;

            public Deployer(IAmazonECS ecs) => _ecs = ecs;

            private Task RegisterAsync(RegisterTaskDefinitionRequest request)
            {
                if (request is { TaskRoleArn: null } r)
                {
                    r.TaskRoleArn = DefaultRole;
                }

                return _ecs.RegisterTaskDefinitionAsync(request);
            }

            public Task Deploy() => RegisterAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            });
        }
        """);

    [Fact]
    public Task Wrapper_that_sets_settings_by_deconstruction_is_not_a_plain_wrapper() => Verify.Rules("ECSA1002").Analyzer(Usings + """
        sealed class Deployer
        {
            private readonly IAmazonECS _ecs;

            public Deployer(IAmazonECS ecs) => _ecs = ecs;

            private Task RegisterAsync(RegisterTaskDefinitionRequest request)
            {
                (request.Cpu, request.Memory) = ("256", "512");
                return _ecs.RegisterTaskDefinitionAsync(request);
            }

            public Task Deploy() => RegisterAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx" }],
            });
        }
        """);

    [Fact]
    public Task Wrapper_that_stores_the_request_or_sends_it_conditionally_behaves() => Verify.Rules("ECSA3001").Analyzer(Usings + """
        sealed class Deployer
        {
            private readonly IAmazonECS _ecs;
            private RegisterTaskDefinitionRequest _last;

            public Deployer(IAmazonECS ecs) => _ecs = ecs;

            private Task Store(RegisterTaskDefinitionRequest request)
            {
                _last = request;
                return _ecs.RegisterTaskDefinitionAsync(request);
            }

            private Task Later(RegisterTaskDefinitionRequest request) => Task.Run(() => { request.TaskRoleArn = "arn:aws:iam::123456789012:role/x"; return _ecs.RegisterTaskDefinitionAsync(request); });

            private static RegisterTaskDefinitionRequest Draft() => new RegisterTaskDefinitionRequest
            {
                Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            };

            public Task A() => Store(Draft());

            public Task B() => Later(Draft());
        }
        """);

    // ================================================================ value sets

    [Fact]
    public Task Choice_a_factory_choice_is_reported_once_where_the_factory_reports_it() => Verify.Rules("ECSA1009").Analyzer(Usings + """
        class C
        {
            private static RunTaskRequest Launch(bool legacy) => new RunTaskRequest
            {
                TaskDefinition = "job", LaunchType = LaunchType.FARGATE, PlatformVersion = legacy ? {|#0:"1.3.0"|} : "LATEST",
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-1"] } },
            };

            Task Run(IAmazonECS ecs, bool legacy) => ecs.RunTaskAsync(Launch(legacy));
        }
        """,
        Verify.Diagnostic("ECSA1009").WithLocation(0));

    [Fact]
    public Task Choice_a_container_factory_choice_is_reported_once_where_the_factory_reports_it() => Verify.Rules("ECSA5006").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Worker(bool big) => new ContainerDefinition { Name = big ? {|#0:"big worker"|} : "worker", Image = "worker", Memory = 256 };

            Task Run(IAmazonECS ecs, bool big) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app", ContainerDefinitions = [Worker(big)],
            });
        }
        """,
        Verify.Diagnostic("ECSA5006").WithLocation(0));

    [Fact]
    public Task Choice_a_condition_the_reader_knows_is_false_does_not_take_the_true_branch() => Verify.Rules("ECSA1009").Analyzer(Usings + """
        class C
        {
            private static readonly bool Legacy = false;

            Task Run(IAmazonECS ecs) => ecs.RunTaskAsync(new RunTaskRequest
            {
                TaskDefinition = "job", LaunchType = LaunchType.FARGATE, PlatformVersion = Legacy ? "1.3.0" : "LATEST",
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-1"] } },
            });
        }
        """);

    [Fact]
    public Task Choice_null_branches_coalesce_switch_and_nested_conditionals_stay_quiet() => Verify.Rules("ECSA1009", "ECSA1003", "ECSA3001", "ECSA5006", "ECSA3003").Analyzer(Usings + """
        class C
        {
            Task Run(IAmazonECS ecs, bool legacy, string version, int kind) => ecs.RunTaskAsync(new RunTaskRequest
            {
                TaskDefinition = "job", LaunchType = LaunchType.FARGATE, PlatformVersion = legacy ? null : version ?? "LATEST",
                NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-1"] } },
            });

            Task Register(IAmazonECS ecs, bool big, bool hasRole, int kind, string role) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = kind switch { 0 => "api", _ => "api-2" }, TaskRoleArn = hasRole ? "arn:aws:iam::123456789012:role/api" : null,
                ExecutionRoleArn = hasRole ? role : null,
                RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
                Cpu = big ? "4096" : kind > 0 ? "1024" : "256", Memory = big ? "8192" : kind > 0 ? "2048" : "512",
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx" }],
            });
        }
        """);

    [Fact]
    public Task Choice_a_helper_with_two_returns_is_a_value_set() => Verify.Rules("ECSA1003").Analyzer(Usings + """
        class C
        {
            private static string Cpu(bool big) { if (big) return "4096"; return "256"; }

            private static string Memory(bool big) { if (big) return "8192"; return "512"; }

            Task Run(IAmazonECS ecs, bool big) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc,
                Cpu = Cpu(big), Memory = Memory(big),
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx" }],
            });
        }
        """);

    // ================================================================ where findings point

    [Fact]
    public Task Outside_an_argument_passed_through_two_helpers_is_reported_in_the_analyzed_body() => Verify.Rules("ECSA5006").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Inner(string name, int memory) => new ContainerDefinition { {|#1:Name = name|}, Image = "nginx", Memory = memory };

            private static ContainerDefinition Outer(string name) => Inner(name, 512);

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app", ContainerDefinitions = [Outer({|#0:"bad name!"|})],
            });
        }
        """,
        Verify.Diagnostic("ECSA5006").WithLocation(0).WithLocation(1));

    [Fact]
    public Task Outside_a_variable_passed_through_two_helpers_is_reported_in_the_analyzed_body() => Verify.Rules("ECSA3003").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest Inner(string taskRole, string executionRole) => new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = taskRole, {|#1:ExecutionRoleArn = executionRole|},
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            };

            private static RegisterTaskDefinitionRequest Outer(string taskRole, string executionRole) => Inner(taskRole, executionRole);

            Task Run(IAmazonECS ecs, string roleArn) => ecs.RegisterTaskDefinitionAsync(Outer(roleArn, {|#0:roleArn|}));
        }
        """,
        Verify.Diagnostic("ECSA3003").WithLocation(0).WithLocation(1).WithArguments("both are the value of 'roleArn'"));

    [Fact]
    public Task Double_what_an_intermediate_helper_reports_on_its_own_is_not_repeated_at_its_call() => Verify.Rules("ECSA5006").Analyzer(Usings + """
        class C
        {
            private static ContainerDefinition Inner(string name, int memory) => new ContainerDefinition { {|#1:Name = name|}, Image = "nginx", Memory = memory };

            private static ContainerDefinition Outer() => Inner({|#0:"bad name!"|}, 512);

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app", ContainerDefinitions = [Outer()],
            });
        }
        """,
        Verify.Diagnostic("ECSA5006").WithLocation(0).WithLocation(1));

    // ================================================================ shapes that must not crash or report

    [Fact]
    public Task Shapes_named_and_optional_arguments_params_generics_and_extensions() => Verify.Rules("ECSA5001", "ECSA5006", "ECSA5004", "ECSA3001").Analyzer(Usings + """
        static class Ext
        {
            public static ContainerDefinition Container(this string name, int memory = 256) => new ContainerDefinition { Name = name, Image = "nginx", Memory = memory };
        }

        class C
        {
            private static ContainerDefinition Worker(string name = "worker", int memory = 256, int reservation = 128) =>
                new ContainerDefinition { Name = name, Image = "worker", Memory = memory, MemoryReservation = reservation };

            private static T Same<T>(T value) => value;

            private static List<ContainerDefinition> All(params ContainerDefinition[] items) => new List<ContainerDefinition>(items);

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = Same("api"), TaskRoleArn = Same("app"),
                ContainerDefinitions = [Worker(memory: 1024, name: "a"), Worker(reservation: 64, name: "b"), Worker(), "c".Container(), Same(new ContainerDefinition { Name = "d", Image = "x", Memory = 64 })],
            });

            Task Params(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app", ContainerDefinitions = All(Worker(name: "a"), Worker(name: "b")),
            });
        }
        """);

    [Fact]
    public Task Shapes_recursion_through_properties_async_factories_and_iterators() => Verify.Rules("ECSA5006", "ECSA3001", "ECSA5002", "ECSA5001").Analyzer(Usings + """
        class C
        {
            private static string A => B;
            private static string B => A;
            private string Loop => this.Loop;

            private static async System.Threading.Tasks.Task<RegisterTaskDefinitionRequest> BuildAsync()
            {
                await Task.Yield();
                return new RegisterTaskDefinitionRequest { Family = "api", TaskRoleArn = "app", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
            }

            private static IEnumerable<ContainerDefinition> Containers()
            {
                yield return new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512, Essential = false };
                yield return new ContainerDefinition { Name = "app2", Image = "nginx", Memory = 512 };
            }

            private static ContainerDefinition App => new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 };

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = A, TaskRoleArn = Loop, ContainerDefinitions = [.. Containers()] });

            async Task Async(IAmazonECS ecs) => await ecs.RegisterTaskDefinitionAsync(await BuildAsync());

            async Task Iterator(IAmazonECS ecs) => await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "api", TaskRoleArn = "app", ContainerDefinitions = Containers().ToList() });

            async Task Property(IAmazonECS ecs)
            {
                var app = App;
                app.Name = "web";
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "api", TaskRoleArn = "app", ContainerDefinitions = [App, app] });
            }
        }
        """);

    [Fact]
    public Task Shapes_partial_methods_and_properties_in_other_files_and_out_parameters() => Verify.Rules("ECSA5006", "ECSA5001", "ECSA3003").Analyzer(Usings + """
        partial class C
        {
            private partial string Family();

            public partial string Name { get; }

            private static ContainerDefinition Make(out string name)
            {
                name = System.Guid.NewGuid().ToString("N");
                return new ContainerDefinition { Name = name, Image = "nginx", Memory = 256 };
            }

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = Family(), TaskRoleArn = "app",
                ContainerDefinitions = [Make(out var a), Make(out var b), new ContainerDefinition { Name = Name, Image = "x", Memory = 64 }],
            });
        }

        partial class C
        {
            private partial string Family() => "api";

            public partial string Name { get => "sidecar"; }
        }
        """);

    [Fact]
    public Task Shapes_top_level_statements_with_a_local_function_factory() => Verify.Rules("ECSA5004", "ECSA3001", "ECSA5001").Analyzer("""
        // top-level
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        IAmazonECS ecs = new AmazonECSClient();
        ContainerDefinition Worker(string name) => new ContainerDefinition { Name = name, Image = "worker", Memory = 512, MemoryReservation = 256 };
        foreach (var n in args)
        {
            await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = n, TaskRoleArn = "app", ContainerDefinitions = [Worker(n), Worker(n + "-2")] });
        }
        """);

    [Fact]
    public Task Shapes_a_cached_static_container_and_a_helper_returning_a_field() => Verify.Rules("ECSA5001", "ECSA5002", "ECSA3001").Analyzer(Usings + """
        class C
        {
            private static readonly ContainerDefinition s_envoy = new ContainerDefinition { Name = "envoy", Image = "envoy", Memory = 128, Essential = false };
            private static ContainerDefinition s_cache;

            private static ContainerDefinition Envoy() => s_envoy;

            private static ContainerDefinition Cached() => s_cache ??= new ContainerDefinition { Name = "log", Image = "fluent-bit", Memory = 64, Essential = false };

            Task Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "app", ContainerDefinitions = [Envoy(), Cached()],
            });
        }
        """);

    // ================================================================ second batch

    [Fact]
    public Task Pre_constant_roles_written_on_exclusive_branches_are_not_the_same_role() => Verify.Rules("ECSA3003").Analyzer(Usings + """
        class C
        {
            async Task Run(IAmazonECS ecs, bool asTaskRole)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
                if (asTaskRole) r.TaskRoleArn = "arn:aws:iam::123456789012:role/app";
                else r.ExecutionRoleArn = "arn:aws:iam::123456789012:role/app";
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Pre_a_role_set_with_coalescing_assignment_in_the_same_body_is_set() => Verify.Rules("ECSA3001").Analyzer(Usings + """
        class C
        {
            async Task Run(IAmazonECS ecs)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
                r.TaskRoleArn ??= "arn:aws:iam::123456789012:role/api";
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task Ctor_readonly_fields_written_between_reads_in_a_constructor_or_through_a_helper_it_calls() => Verify.Rules("ECSA3003").Analyzer(Usings + """
        class C
        {
            private readonly string _role;
            private readonly RegisterTaskDefinitionRequest _request;

            private string Role() => _role;

            C(string task, string execution)
            {
                _role = task;
                var r = new RegisterTaskDefinitionRequest { Family = "api", TaskRoleArn = Role(), ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }] };
                _role = execution;
                r.ExecutionRoleArn = _role;
                _request = r;
            }
        }
        """);

    [Fact]
    public Task Sent_twice_one_request_is_reported_once() => Verify.Rules("ECSA3001").Analyzer(Usings + """
        class C
        {
            private static RegisterTaskDefinitionRequest Build() => {|#1:new RegisterTaskDefinitionRequest|}
            {
                Family = "api", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            };

            async Task Run(IAmazonECS ecs)
            {
                var r = {|#0:Build()|};
                await ecs.RegisterTaskDefinitionAsync(r);
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """,
        Verify.Diagnostic("ECSA3001").WithLocation(0).WithLocation(1));

    [Fact]
    public Task Shapes_records_extension_wrappers_conditional_access_and_local_iterators() => Verify.Rules("ECSA3001", "ECSA3003", "ECSA5001", "ECSA5002").Analyzer(Usings + """
        record Settings(string Role, string Name);

        static class EcsExtensions
        {
            public static Task SendAsync(this IAmazonECS ecs, RegisterTaskDefinitionRequest request) => ecs.RegisterTaskDefinitionAsync(request);
        }

        sealed class Factory
        {
            public RegisterTaskDefinitionRequest Build(string role) => new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = role, ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", Memory = 512 }],
            };
        }

        class C
        {
            Task Run(IAmazonECS ecs, Settings s, Factory f) => ecs.SendAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = s.Role, ExecutionRoleArn = s.Name,
                ContainerDefinitions = [new ContainerDefinition { Name = s.Name, Image = "a", Memory = 256 }, new ContainerDefinition { Name = s.Role, Image = "b", Memory = 256 }],
            });

            Task Maybe(IAmazonECS ecs, Factory f, string role) => ecs.RegisterTaskDefinitionAsync(f?.Build(role));

            async Task Local(IAmazonECS ecs)
            {
                IEnumerable<ContainerDefinition> Containers() { yield return new ContainerDefinition { Name = "a", Image = "x", Memory = 64, Essential = false }; }
                async System.Threading.Tasks.Task<RegisterTaskDefinitionRequest> BuildAsync() { await Task.Yield(); return new RegisterTaskDefinitionRequest { Family = "x", TaskRoleArn = "app" }; }
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "x", TaskRoleArn = "app", ContainerDefinitions = Containers().ToList() });
                await ecs.RegisterTaskDefinitionAsync(await BuildAsync());
            }
        }
        """);

    [Fact]
    public Task Nested_objects_of_a_returned_object_may_be_completed_by_the_caller() => Verify.Rules("ECSA6003", "ECSA6007", "ECSA2003").Analyzer(Usings + """
        class C
        {
            static Volume Efs() => new Volume { Name = "media", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-1" } };

            static Volume EfsThroughLocal()
            {
                var volume = new Volume { Name = "media", EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-1", AuthorizationConfig = new EFSAuthorizationConfig { AccessPointId = "fsap-1" } } };
                return volume;
            }

            static RegisterTaskDefinitionRequest Api() => new RegisterTaskDefinitionRequest
            {
                Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api",
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Image = "nginx", Memory = 512 }],
            };

            static readonly LogConfiguration Logs = new LogConfiguration { LogDriver = LogDriver.Awslogs };

            void Complete()
            {
                var v = Efs();
                v.EfsVolumeConfiguration.TransitEncryption = EFSTransitEncryption.ENABLED;
                var w = EfsThroughLocal();
                w.EfsVolumeConfiguration.TransitEncryption = EFSTransitEncryption.ENABLED;
                var r = Api();
                foreach (var c in r.ContainerDefinitions) { c.LogConfiguration = Logs; }
            }
        }
        """);
}
