using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

public class FargateNetworkConfigurationTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA1005");

    [Fact]
    public Task Run_task_on_fargate_without_network_configuration_is_reported_at_new() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs, string arn) => ecs.RunTaskAsync({|#0:new RunTaskRequest|} { Cluster = "main", TaskDefinition = arn, LaunchType = LaunchType.FARGATE });
        }
        """,
        Verify.Diagnostic("ECSA1005").WithLocation(0).WithArguments("RunTask on Fargate", "it has no awsvpc network configuration"));

    [Fact]
    public Task Service_on_a_fargate_spot_capacity_provider_is_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.CreateServiceAsync({|#0:new CreateServiceRequest|}
            {
                ServiceName = "api", TaskDefinition = "api:3", DesiredCount = 2,
                CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 1 }],
                NetworkConfiguration = new NetworkConfiguration(),
            });
        }
        """,
        Verify.Diagnostic("ECSA1005").WithLocation(0).WithArguments("CreateService on Fargate", "it has no awsvpc network configuration"));

    [Fact]
    public Task Missing_or_empty_subnets_are_reported() => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                await ecs.RunTaskAsync(new RunTaskRequest
                {
                    TaskDefinition = "job", LaunchType = "FARGATE",
                    NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = {|#0:new AwsVpcConfiguration|} { SecurityGroups = ["sg-1"] } },
                });
                var request = new RunTaskRequest { TaskDefinition = "job", LaunchType = LaunchType.FARGATE };
                request.NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { {|#1:Subnets = new List<string>()|} } };
                await ecs.RunTaskAsync(request);
            }
        }
        """,
        Verify.Diagnostic("ECSA1005").WithLocation(0).WithArguments("RunTask on Fargate", "its AwsvpcConfiguration has no subnets"),
        Verify.Diagnostic("ECSA1005").WithLocation(1).WithArguments("RunTask on Fargate", "its subnet list is empty"));

    [Fact]
    public Task Subnets_from_configuration_or_added_later_are_not_reported() => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, List<string> subnets, string subnet)
            {
                await ecs.RunTaskAsync(new RunTaskRequest
                {
                    TaskDefinition = "job", LaunchType = LaunchType.FARGATE,
                    NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets } },
                });
                var vpc = new AwsVpcConfiguration { Subnets = new List<string>() };
                vpc.Subnets.Add(subnet);
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", LaunchType = LaunchType.FARGATE, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = vpc } });
            }
        }
        """);

    [Fact]
    public Task Ec2_unknown_launch_and_external_controller_are_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, LaunchType launchType)
            {
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", LaunchType = LaunchType.EC2 });
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", LaunchType = launchType });
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "my-asg-provider" }] });
                await ecs.CreateServiceAsync(new CreateServiceRequest
                {
                    ServiceName = "api", LaunchType = LaunchType.FARGATE,
                    DeploymentController = new DeploymentController { Type = DeploymentControllerType.EXTERNAL },
                });
            }
        }
        """);

    [Fact]
    public Task A_request_completed_by_a_helper_is_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var request = new RunTaskRequest { TaskDefinition = "job", LaunchType = LaunchType.FARGATE };
                Network.Apply(request);
                await ecs.RunTaskAsync(request);
            }
        }

        static class Network
        {
            public static void Apply(RunTaskRequest r) => r.NetworkConfiguration = new NetworkConfiguration();
        }
        """);

    [Fact]
    public Task Code_deploy_services_on_fargate_are_reported_and_a_complete_one_is_not() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                await ecs.CreateServiceAsync({|#0:new CreateServiceRequest|}
                {
                    ServiceName = "api", LaunchType = LaunchType.FARGATE,
                    DeploymentController = new DeploymentController { Type = DeploymentControllerType.CODE_DEPLOY },
                });
                await ecs.CreateServiceAsync(new CreateServiceRequest
                {
                    ServiceName = "api", LaunchType = LaunchType.FARGATE,
                    NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-1", "subnet-2"], AssignPublicIp = AssignPublicIp.DISABLED } },
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA1005").WithLocation(0).WithArguments("CreateService on Fargate", "it has no awsvpc network configuration"));
}

public class PublicIpWithEc2Tests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA1006");

    [Fact]
    public Task Enabled_with_ec2_is_reported_and_fargate_or_disabled_is_not() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                await ecs.RunTaskAsync(new RunTaskRequest
                {
                    TaskDefinition = "job", LaunchType = LaunchType.EC2,
                    NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["s"], {|#0:AssignPublicIp = AssignPublicIp.ENABLED|} } },
                });
                await ecs.CreateServiceAsync(new CreateServiceRequest
                {
                    ServiceName = "api", LaunchType = "ec2",
                    NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["s"], {|#1:AssignPublicIp = "ENABLED"|} } },
                });
                await ecs.RunTaskAsync(new RunTaskRequest
                {
                    TaskDefinition = "job", LaunchType = LaunchType.FARGATE,
                    NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["s"], AssignPublicIp = AssignPublicIp.ENABLED } },
                });
                await ecs.RunTaskAsync(new RunTaskRequest
                {
                    TaskDefinition = "job", LaunchType = LaunchType.EC2,
                    NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["s"], AssignPublicIp = AssignPublicIp.DISABLED } },
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA1006").WithLocation(0),
        Verify.Diagnostic("ECSA1006").WithLocation(1));

    [Fact]
    public Task Statement_writes_and_unknown_launch_types() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, LaunchType launchType, AssignPublicIp publicIp)
            {
                var vpc = new AwsVpcConfiguration { Subnets = ["s"] };
                {|#0:vpc.AssignPublicIp = AssignPublicIp.ENABLED|};
                var request = new RunTaskRequest { TaskDefinition = "job", LaunchType = LaunchType.EC2, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = vpc } };
                await ecs.RunTaskAsync(request);
                await ecs.RunTaskAsync(new RunTaskRequest { LaunchType = launchType, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { AssignPublicIp = AssignPublicIp.ENABLED } } });
                await ecs.RunTaskAsync(new RunTaskRequest { LaunchType = LaunchType.EC2, NetworkConfiguration = new NetworkConfiguration { AwsvpcConfiguration = new AwsVpcConfiguration { AssignPublicIp = publicIp } } });
            }
        }
        """,
        Verify.Diagnostic("ECSA1006").WithLocation(0));
}

public class DaemonNotSupportedTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA1007");

    [Fact]
    public Task Daemon_on_fargate_or_with_code_deploy_or_external_is_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "a", LaunchType = LaunchType.FARGATE, {|#0:SchedulingStrategy = SchedulingStrategy.DAEMON|} });
                await ecs.CreateServiceAsync(new CreateServiceRequest
                {
                    ServiceName = "b", LaunchType = LaunchType.EC2, {|#1:SchedulingStrategy = "DAEMON"|},
                    DeploymentController = new DeploymentController { Type = DeploymentControllerType.CODE_DEPLOY },
                });
                await ecs.CreateServiceAsync(new CreateServiceRequest
                {
                    ServiceName = "c", {|#2:SchedulingStrategy = SchedulingStrategy.DAEMON|},
                    DeploymentController = new DeploymentController { Type = "EXTERNAL" },
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA1007").WithLocation(0).WithArguments("on Fargate"),
        Verify.Diagnostic("ECSA1007").WithLocation(1).WithArguments("with the CODE_DEPLOY deployment controller"),
        Verify.Diagnostic("ECSA1007").WithLocation(2).WithArguments("with the EXTERNAL deployment controller"));

    [Fact]
    public Task Daemon_on_ec2_with_the_ecs_controller_and_replica_on_fargate_are_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, DeploymentControllerType controller)
            {
                await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "a", LaunchType = LaunchType.EC2, SchedulingStrategy = SchedulingStrategy.DAEMON });
                await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "b", LaunchType = LaunchType.FARGATE, SchedulingStrategy = SchedulingStrategy.REPLICA });
                await ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "c", SchedulingStrategy = SchedulingStrategy.DAEMON, DeploymentController = new DeploymentController { Type = controller } });
                await ecs.CreateServiceAsync(new CreateServiceRequest
                {
                    ServiceName = "d", SchedulingStrategy = SchedulingStrategy.DAEMON,
                    DeploymentController = new DeploymentController { Type = DeploymentControllerType.ECS },
                });
            }
        }
        """);
}

public class RetiredPlatformVersionTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA1009");

    [Theory]
    [InlineData("1.1.0")]
    [InlineData("1.2.0")]
    [InlineData("1.3.0")]
    public Task Retired_linux_versions_are_reported(string version) => Rule.Analyzer(
        """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", LaunchType = LaunchType.FARGATE, {|#0:PlatformVersion = "1.3.0"|} });
        }
        """.Replace("1.3.0", version),
        Verify.Diagnostic("ECSA1009").WithLocation(0).WithArguments(version));

    [Theory]
    [InlineData("LATEST")]
    [InlineData("1.4.0")]
    [InlineData("1.0.0")]
    public Task Current_versions_and_the_windows_version_are_not_reported(string version) => Rule.Analyzer(
        """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.CreateServiceAsync(new CreateServiceRequest { ServiceName = "api", LaunchType = LaunchType.FARGATE, PlatformVersion = "LATEST" });
        }
        """.Replace("LATEST", version));

    [Fact]
    public Task Services_capacity_providers_and_non_fargate_launch_types() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            const string Pinned = "1.1.0";

            async System.Threading.Tasks.Task Run(IAmazonECS ecs, string version)
            {
                await ecs.CreateServiceAsync(new CreateServiceRequest
                {
                    ServiceName = "api", CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE" }], {|#0:PlatformVersion = Pinned|},
                });
                await ecs.RunTaskAsync(new RunTaskRequest { LaunchType = LaunchType.EC2, PlatformVersion = "1.3.0" });
                await ecs.RunTaskAsync(new RunTaskRequest { LaunchType = LaunchType.FARGATE, PlatformVersion = version });
            }
        }
        """,
        Verify.Diagnostic("ECSA1009").WithLocation(0).WithArguments("1.1.0"));
}

public class LaunchTypeWithCapacityProvidersTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA1010");

    [Fact]
    public Task Both_on_one_request_is_reported_at_the_launch_type() => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                await ecs.RunTaskAsync(new RunTaskRequest
                {
                    TaskDefinition = "job", {|#0:LaunchType = LaunchType.FARGATE|},
                    CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 1 }],
                });
                var service = new CreateServiceRequest { ServiceName = "api" };
                service.CapacityProviderStrategy = new List<CapacityProviderStrategyItem> { new CapacityProviderStrategyItem { CapacityProvider = "asg" } };
                {|#1:service.LaunchType = "EC2"|};
                await ecs.CreateServiceAsync(service);
            }
        }
        """,
        Verify.Diagnostic("ECSA1010").WithLocation(0),
        Verify.Diagnostic("ECSA1010").WithLocation(1));

    [Fact]
    public Task One_of_them_or_an_empty_or_unknown_strategy_is_not_reported() => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, List<CapacityProviderStrategyItem> strategy)
            {
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", LaunchType = LaunchType.FARGATE });
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE" }] });
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", LaunchType = LaunchType.FARGATE, CapacityProviderStrategy = [] });
                await ecs.RunTaskAsync(new RunTaskRequest { TaskDefinition = "job", LaunchType = LaunchType.FARGATE, CapacityProviderStrategy = strategy });
            }
        }
        """);

    [Fact]
    public Task A_strategy_added_on_one_path_conflicts_on_that_path() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, bool spot)
            {
                var r = new RunTaskRequest { TaskDefinition = "job", {|#0:LaunchType = LaunchType.FARGATE|} };
                if (spot) r.CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT" }];
                await ecs.RunTaskAsync(r);
            }
        }
        """,
        Verify.Diagnostic("ECSA1010").WithLocation(0));
}
