using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

public class FargateRequiresAwsvpcTests
{
    [Fact]
    public Task Bridge_in_initializer_is_reported_with_the_value() => Verify.Rules("ECSA1001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "web",
                    TaskRoleArn = "arn:aws:iam::123456789012:role/web",
                    RequiresCompatibilities = new List<string> { "FARGATE" },
                    {|#0:NetworkMode = NetworkMode.Bridge|},
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA1001").WithLocation(0).WithArguments("network mode 'bridge'"));

    [Fact]
    public Task Awsvpc_is_not_reported() => Verify.Rules("ECSA1001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            RegisterTaskDefinitionRequest Build() => new RegisterTaskDefinitionRequest
            {
                RequiresCompatibilities = new List<string> { Compatibility.FARGATE },
                NetworkMode = NetworkMode.Awsvpc,
            };
        }
        """);

    [Fact]
    public Task Never_set_is_reported_at_the_creation() => Verify.Rules("ECSA1001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                await ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|}
                {
                    Family = "worker",
                    TaskRoleArn = "arn:aws:iam::123456789012:role/worker",
                    RequiresCompatibilities = new List<string> { "FARGATE" },
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA1001").WithLocation(0).WithArguments("no network mode (it defaults to 'bridge')"));

    [Fact]
    public Task Ec2_only_task_definition_with_bridge_is_not_reported() => Verify.Rules("ECSA1001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            RegisterTaskDefinitionRequest Build() => new RegisterTaskDefinitionRequest
            {
                RequiresCompatibilities = new List<string> { "EC2" },
                NetworkMode = NetworkMode.Bridge,
            };
        }
        """);

    [Fact]
    public Task Statements_after_the_declaration_are_read() => Verify.Rules("ECSA1001").Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "web", TaskRoleArn = "arn:aws:iam::123456789012:role/web" };
                r.RequiresCompatibilities = new System.Collections.Generic.List<string>();
                r.RequiresCompatibilities.Add("FARGATE");
                {|#0:r.NetworkMode = "host"|};
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """,
        Verify.Diagnostic("ECSA1001").WithLocation(0).WithArguments("network mode 'host'"));

    [Fact]
    public Task A_later_unconditional_write_replaces_the_initializer_value() => Verify.Rules("ECSA1001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var r = new RegisterTaskDefinitionRequest
                {
                    TaskRoleArn = "arn:aws:iam::123456789012:role/web",
                    RequiresCompatibilities = ["FARGATE"],
                    NetworkMode = NetworkMode.Bridge,
                };
                r.NetworkMode = NetworkMode.Awsvpc;
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task A_wrong_value_under_if_is_reported_and_missing_stays_silent() => Verify.Rules("ECSA1001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, bool legacy)
            {
                var r = new RegisterTaskDefinitionRequest
                {
                    TaskRoleArn = "arn:aws:iam::123456789012:role/web",
                    RequiresCompatibilities = new List<string> { "FARGATE" },
                    NetworkMode = NetworkMode.Awsvpc,
                };
                if (legacy)
                {
                    {|ECSA1001:r.NetworkMode = NetworkMode.None|};
                }

                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """);

    [Fact]
    public Task String_forms_constants_and_FindValue_are_read() => Verify.Rules("ECSA1001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        static class Settings
        {
            public const string Fargate = "fargate";
            public static readonly string Mode = "bridge";
        }

        class C
        {
            static readonly NetworkMode Host = NetworkMode.Host;

            void Run(IAmazonECS ecs)
            {
                _ = ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { TaskRoleArn = "r", RequiresCompatibilities = { Settings.Fargate }, {|ECSA1001:NetworkMode = Settings.Mode|} });
                _ = ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { TaskRoleArn = "r", RequiresCompatibilities = [Compatibility.FARGATE.Value], {|ECSA1001:NetworkMode = new NetworkMode("none")|} });
                _ = ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { TaskRoleArn = "r", RequiresCompatibilities = [$"{Settings.Fargate}"], {|ECSA1001:NetworkMode = NetworkMode.FindValue("host")|} });
                _ = ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { TaskRoleArn = "r", RequiresCompatibilities = ["FARGATE"], {|ECSA1001:NetworkMode = Host|} });
                _ = ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { TaskRoleArn = "r", RequiresCompatibilities = ["FARGATE"], NetworkMode = "AWSVPC" });
            }
        }
        """);

    [Fact]
    public Task Unknown_values_are_not_reported() => Verify.Rules("ECSA1001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, string mode, List<string> compatibilities, NetworkMode configured)
            {
                _ = ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { TaskRoleArn = "r", RequiresCompatibilities = ["FARGATE"], NetworkMode = mode });
                _ = ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { TaskRoleArn = "r", RequiresCompatibilities = ["FARGATE"], NetworkMode = configured });
                _ = ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { TaskRoleArn = "r", RequiresCompatibilities = compatibilities, NetworkMode = NetworkMode.Bridge });
                _ = ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { TaskRoleArn = "r", RequiresCompatibilities = ["FARGATE"], NetworkMode = System.Environment.GetEnvironmentVariable("MODE") });
            }
        }
        """);

    [Fact]
    public Task Missing_mode_is_silent_when_the_request_escapes() => Verify.Rules("ECSA1001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            RegisterTaskDefinitionRequest _field;

            RegisterTaskDefinitionRequest Returned() => new RegisterTaskDefinitionRequest { RequiresCompatibilities = ["FARGATE"] };

            void Helper(RegisterTaskDefinitionRequest r) => r.NetworkMode = NetworkMode.Awsvpc;

            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var passed = new RegisterTaskDefinitionRequest { RequiresCompatibilities = ["FARGATE"] };
                Helper(passed);
                await ecs.RegisterTaskDefinitionAsync(passed);

                var stored = new RegisterTaskDefinitionRequest { RequiresCompatibilities = ["FARGATE"], {|ECSA1001:NetworkMode = "bridge"|} };
                _field = stored;
            }
        }
        """,
        SdkReferences.Both,
        // The first two lack a task role too, but they escape: nothing about missing settings is reported.
        []);

    [Fact]
    public Task Top_level_statements_collection_expressions_and_target_typed_new() => Verify.Rules("ECSA1001").Analyzer("""
        // top-level
        using Amazon.ECS;
        using Amazon.ECS.Model;
        using Td = Amazon.ECS.Model.RegisterTaskDefinitionRequest;

        IAmazonECS ecs = new AmazonECSClient();
        string[] compat = ["FARGATE"];
        Td request = {|ECSA1001:new()|}
        {
            TaskRoleArn = "arn:aws:iam::123456789012:role/app",
            RequiresCompatibilities = [.. compat],
        };
        await ecs.RegisterTaskDefinitionAsync(request);
        """);

    [Fact]
    public Task Lambdas_and_local_functions_are_read() => Verify.Rules("ECSA1001").Analyzer("""
        using System;
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs)
            {
                Func<System.Threading.Tasks.Task> register = async () =>
                {
                    var r = new RegisterTaskDefinitionRequest { TaskRoleArn = "r" };
                    r.RequiresCompatibilities.Add("FARGATE");
                    {|ECSA1001:r.NetworkMode = NetworkMode.Bridge|};
                    await ecs.RegisterTaskDefinitionAsync(r);
                };

                RegisterTaskDefinitionRequest Local() => new RegisterTaskDefinitionRequest
                {
                    RequiresCompatibilities = new List<string> { "FARGATE" },
                    {|ECSA1001:NetworkMode = "none"|},
                };
            }
        }
        """);

    [Fact]
    public Task Own_class_named_like_the_sdk_is_ignored() => Verify.Rules("ECSA1001").Analyzer("""
        using System.Collections.Generic;

        namespace MyCompany.Deploy
        {
            class NetworkMode { public static readonly NetworkMode Bridge = new NetworkMode(); }
            class RegisterTaskDefinitionRequest
            {
                public List<string> RequiresCompatibilities { get; set; }
                public NetworkMode NetworkMode { get; set; }
            }

            class C
            {
                object Build() => new RegisterTaskDefinitionRequest
                {
                    RequiresCompatibilities = new List<string> { "FARGATE" },
                    NetworkMode = NetworkMode.Bridge,
                };
            }
        }
        """);

    [Fact]
    public Task Generated_code_is_ignored() => Verify.Rules("ECSA1001").Analyzer("""
        // <auto-generated/>
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) =>
                _ = ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Bridge });
        }
        """);
}
