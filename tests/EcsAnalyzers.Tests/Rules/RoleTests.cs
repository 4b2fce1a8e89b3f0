using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

public class MissingExecutionRoleTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA3002");

    [Fact]
    public Task Fargate_with_awslogs_is_reported_at_new() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|}
            {
                Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "api", Image = "nginx",
                        LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awslogs, Options = new() { ["awslogs-group"] = "/ecs/api" } },
                    },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA3002").WithLocation(0).WithArguments("'api'", "on Fargate, container 'api' sends logs with the awslogs driver, which uses the execution role"));

    [Theory]
    [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1")]
    [InlineData("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/api")]
    [InlineData("123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/api@sha256:abc")]
    public Task Fargate_with_a_private_ecr_image_is_reported(string image) => Rule.Analyzer(
        """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|}
            {
                Family = "api", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Image = "IMAGE" }],
            });
        }
        """.Replace("IMAGE", image),
        Verify.Diagnostic("ECSA3002").WithLocation(0).WithArguments("'api'", "on Fargate, container 'api' pulls a private Amazon ECR image, which uses the execution role"));

    [Fact]
    public Task Secrets_need_it_on_any_launch_type() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var api = new ContainerDefinition { Name = "api", Image = "nginx", Memory = 512 };
                api.Secrets = [new Secret { Name = "DB_PASSWORD", ValueFrom = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db" }];
                var r = {|#0:new RegisterTaskDefinitionRequest|} { Family = "api", RequiresCompatibilities = ["EC2"], ContainerDefinitions = [api] };
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """,
        Verify.Diagnostic("ECSA3002").WithLocation(0).WithArguments("'api'", "container 'api' reads secrets (Secrets), which ECS fetches with the execution role"));

    [Fact]
    public Task Registry_credentials_and_log_secret_options_need_it() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                await ecs.RegisterTaskDefinitionAsync({|#0:new RegisterTaskDefinitionRequest|}
                {
                    Family = "a",
                    ContainerDefinitions = [new ContainerDefinition { Name = "a", Image = "ghcr.io/acme/a", Memory = 256, RepositoryCredentials = new RepositoryCredentials { CredentialsParameter = "ghcr" } }],
                });
                await ecs.RegisterTaskDefinitionAsync({|#1:new RegisterTaskDefinitionRequest|}
                {
                    Family = "b",
                    ContainerDefinitions =
                    [
                        new ContainerDefinition
                        {
                            Name = "b", Memory = 256,
                            LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Splunk, SecretOptions = [new Secret { Name = "splunk-token", ValueFrom = "token" }] },
                        },
                    ],
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA3002").WithLocation(0).WithArguments("'a'", "container 'a' pulls with private registry credentials (RepositoryCredentials), which ECS reads with the execution role"),
        Verify.Diagnostic("ECSA3002").WithLocation(1).WithArguments("'b'", "container 'b' passes log secret options (SecretOptions), which ECS reads with the execution role"));

    [Fact]
    public Task Public_images_ec2_awslogs_and_a_present_role_are_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, string role)
            {
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "a", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512",
                    ContainerDefinitions = [new ContainerDefinition { Name = "a", Image = "public.ecr.aws/nginx/nginx:latest" }],
                });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "b", RequiresCompatibilities = ["EC2"],
                    ContainerDefinitions = [new ContainerDefinition { Name = "b", Memory = 256, Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/b", LogConfiguration = new LogConfiguration { LogDriver = LogDriver.Awslogs } }],
                });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "c", RequiresCompatibilities = ["FARGATE"], NetworkMode = NetworkMode.Awsvpc, Cpu = "256", Memory = "512", ExecutionRoleArn = role,
                    ContainerDefinitions = [new ContainerDefinition { Name = "c", Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/c", Secrets = [new Secret { Name = "S", ValueFrom = "s" }] }],
                });
            }
        }
        """);

    [Fact]
    public Task Unknown_containers_and_escaping_requests_are_not_reported() => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, List<ContainerDefinition> containers, string image)
            {
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "a", RequiresCompatibilities = ["FARGATE"], ContainerDefinitions = containers });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "b", RequiresCompatibilities = ["FARGATE"], ContainerDefinitions = [new ContainerDefinition { Name = "b", Image = image }] });
                var r = new RegisterTaskDefinitionRequest { Family = "c", ContainerDefinitions = [new ContainerDefinition { Name = "c", Secrets = [new Secret { Name = "S", ValueFrom = "s" }] }] };
                Roles.Apply(r);
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }

        static class Roles
        {
            public static void Apply(RegisterTaskDefinitionRequest r) => r.ExecutionRoleArn = "ecsTaskExecutionRole";
        }
        """);
}

public class SameTaskAndExecutionRoleTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA3003");

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/app", "arn:aws:iam::123456789012:role/app")]
    [InlineData("arn:aws:iam::123456789012:role/App", "arn:aws:iam::123456789012:role/app")]
    [InlineData("app", "arn:aws:iam::123456789012:role/app")]
    [InlineData("ecsTaskExecutionRole", "ecsTaskExecutionRole")]
    public Task The_same_role_is_reported_at_the_execution_role(string task, string execution) => Rule.Analyzer(
        """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "f", TaskRoleArn = "TASK", {|#0:ExecutionRoleArn = "EXEC"|} });
        }
        """.Replace("TASK", task).Replace("EXEC", execution),
        Verify.Diagnostic("ECSA3003").WithLocation(0).WithArguments("'" + execution.Substring(execution.LastIndexOf('/') + 1) + "'"));

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/app", "arn:aws:iam::123456789012:role/ecsTaskExecutionRole")]
    [InlineData("arn:aws:iam::123456789012:role/app", "arn:aws:iam::210987654321:role/app")]
    [InlineData("app", "arn:aws:iam::123456789012:role/service-role/app")]
    [InlineData("", "")]
    public Task Different_roles_are_not_reported(string task, string execution) => Rule.Analyzer(
        """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "f", TaskRoleArn = "TASK", ExecutionRoleArn = "EXEC" });
        }
        """.Replace("TASK", task).Replace("EXEC", execution));

    [Fact]
    public Task Statement_writes_constants_and_unknown_values() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            const string Role = "arn:aws:iam::123456789012:role/app";

            async System.Threading.Tasks.Task Run(IAmazonECS ecs, string role)
            {
                var r = new RegisterTaskDefinitionRequest { Family = "f", TaskRoleArn = Role };
                {|#0:r.ExecutionRoleArn = Role|};
                await ecs.RegisterTaskDefinitionAsync(r);
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "g", TaskRoleArn = role, {|#1:ExecutionRoleArn = role|} });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "h", TaskRoleArn = role, ExecutionRoleArn = Role });
            }
        }
        """,
        Verify.Diagnostic("ECSA3003").WithLocation(0).WithArguments("'app'"),
        Verify.Diagnostic("ECSA3003").WithLocation(1).WithArguments("both are the value of 'role'"));
}

public class InvalidRoleTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA3004");

    private const string Template = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "f", {|#0:TaskRoleArn = "ROLE"|} });
        }
        """;

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/app")]
    [InlineData("arn:aws:iam::123456789012:role/service-role/ecs/app")]
    [InlineData("arn:aws-cn:iam::123456789012:role/app")]
    [InlineData("arn:aws-us-gov:iam::123456789012:role/app")]
    [InlineData("arn:aws-iso-b:iam::123456789012:role/app")]
    [InlineData("arn:aws-eusc:iam::123456789012:role/app")]
    [InlineData("ecsTaskExecutionRole")]
    [InlineData("app+worker=1,a.b@c-d_e")]
    [InlineData("arn:aws:iam::<account-id>:role/<task-role>")]
    public Task Role_arns_in_every_partition_names_and_fix_placeholders_are_accepted(string role) =>
        Rule.Analyzer(Template.Replace("{|#0:", "").Replace("|}", "").Replace("ROLE", role));

    [Theory]
    [InlineData("", "it is empty (leave the property unset instead)")]
    [InlineData("   ", "it is empty (leave the property unset instead)")]
    [InlineData("arn:aws:iam::123456789012:user/deploy", "it is an IAM user ARN, not a role")]
    [InlineData("arn:aws:iam::123456789012:policy/app", "it is an IAM policy ARN, not a role")]
    [InlineData("arn:aws:sts::123456789012:assumed-role/app/session", "it is an STS assumed-role session, not the role (use arn:aws:iam::<account-id>:role/<name>)")]
    [InlineData("arn:aws:cloudformation:us-east-1:123456789012:stack/app/1", "it is a cloudformation ARN, not an IAM role")]
    [InlineData("arn:aws:ecs:us-east-1:123456789012:cluster/main", "it is an ecs ARN, not an IAM role")]
    [InlineData("arn:aws:iam::12345:role/app", "it is not a well-formed IAM ARN (no region, a 12-digit account ID)")]
    [InlineData("arn:aws:iam:us-east-1:123456789012:role/app", "it is not a well-formed IAM ARN (no region, a 12-digit account ID)")]
    [InlineData("arn:aws:iam::123456789012", "it is not a well-formed ARN (arn:<partition>:iam::<account-id>:role/<name>)")]
    [InlineData("my role", "a role name is 1-64 letters, digits and +=,.@_- (or use the role's ARN)")]
    [InlineData("arn:aws:iam::123456789012:role/", "its role name is not 1-64 letters, digits and +=,.@_-")]
    public Task Values_that_are_not_roles_are_reported(string role, string problem) => Rule.Analyzer(
        Template.Replace("ROLE", role),
        Verify.Diagnostic("ECSA3004").WithLocation(0).WithArguments(role, problem));

    [Fact]
    public Task Execution_roles_and_service_roles_are_checked() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, string role)
            {
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "f", TaskRoleArn = role, {|#0:ExecutionRoleArn = "arn:aws:iam::123456789012:user/ci"|} });
                await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "s", {|#1:Role = ""|} });
            }
        }
        """,
        Verify.Diagnostic("ECSA3004").WithLocation(0).WithArguments("arn:aws:iam::123456789012:user/ci", "it is an IAM user ARN, not a role"),
        Verify.Diagnostic("ECSA3004").WithLocation(1).WithArguments("", "it is empty (leave the property unset instead)"));
}
