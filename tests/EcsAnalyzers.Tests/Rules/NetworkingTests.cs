using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

public class HostPortMismatchTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA4001");

    private const string Template = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Memory = 512, PortMappings = [new PortMapping { ContainerPort = 8080, HostPort = 8080 }] }],
            });
        }
        """;

    [Theory]
    [InlineData("NetworkMode.Awsvpc", "awsvpc", 80)]
    [InlineData("\"awsvpc\"", "awsvpc", 8081)]
    [InlineData("NetworkMode.Host", "host", 80)]
    [InlineData("NetworkMode.FindValue(\"HOST\")", "host", 443)]
    public Task A_different_host_port_is_reported(string mode, string shown, int hostPort) => Rule.Analyzer(
        Template.Replace("NetworkMode.Awsvpc", mode).Replace("HostPort = 8080", "{|#0:HostPort = " + hostPort + "|}"),
        Verify.Diagnostic("ECSA4001").WithLocation(0).WithArguments(shown, hostPort, 8080));

    [Theory]
    [InlineData("NetworkMode.Awsvpc", "HostPort = 8080")]
    [InlineData("NetworkMode.Awsvpc", "HostPort = 0")]
    [InlineData("NetworkMode.Awsvpc", "Protocol = TransportProtocol.Tcp")]
    [InlineData("NetworkMode.Bridge", "HostPort = 0")]
    [InlineData("NetworkMode.Bridge", "HostPort = 80")]
    [InlineData("NetworkMode.Host", "HostPort = 8080")]
    public Task Equal_omitted_zero_or_bridge_host_ports_are_not_reported(string mode, string hostPort) => Rule.Analyzer(
        Template.Replace("NetworkMode.Awsvpc", mode).Replace("HostPort = 8080", hostPort));

    [Fact]
    public Task Mappings_built_by_statements_and_unknown_modes() => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, NetworkMode mode, int port)
            {
                var web = new ContainerDefinition { Name = "web", PortMappings = new List<PortMapping>() };
                web.PortMappings.Add(new PortMapping { ContainerPort = 80, {|#0:HostPort = 8000|} });
                web.PortMappings.Add(new PortMapping { ContainerPort = 81, HostPort = port });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "a", NetworkMode = NetworkMode.Awsvpc, ContainerDefinitions = [web] });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "b", NetworkMode = mode,
                    ContainerDefinitions = [new ContainerDefinition { Name = "b", PortMappings = [new PortMapping { ContainerPort = 80, HostPort = 8000 }] }],
                });
            }
        }
        """,
        Verify.Diagnostic("ECSA4001").WithLocation(0).WithArguments("awsvpc", 8000, 80));
}

public class AwsvpcUnsupportedSettingTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA4002");

    [Fact]
    public Task Links_hostname_dns_servers_and_extra_hosts_are_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions =
                [
                    new ContainerDefinition
                    {
                        Name = "api", Memory = 256,
                        {|#0:Links = ["db"]|},
                        {|#1:Hostname = "api"|},
                        {|#2:DnsServers = ["10.0.0.2"]|},
                        {|#3:ExtraHosts = [new HostEntry { Hostname = "db", IpAddress = "10.0.0.5" }]|},
                    },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA4002").WithLocation(0).WithArguments("Links"),
        Verify.Diagnostic("ECSA4002").WithLocation(1).WithArguments("Hostname"),
        Verify.Diagnostic("ECSA4002").WithLocation(2).WithArguments("DnsServers"),
        Verify.Diagnostic("ECSA4002").WithLocation(3).WithArguments("ExtraHosts"));

    [Fact]
    public Task Bridge_mode_empty_lists_and_unknown_values_are_not_reported() => Rule.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, string hostname, List<string> links)
            {
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "a", NetworkMode = NetworkMode.Bridge,
                    ContainerDefinitions = [new ContainerDefinition { Name = "a", Memory = 256, Links = ["db"], Hostname = "a" }],
                });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "b", NetworkMode = NetworkMode.Awsvpc,
                    ContainerDefinitions = [new ContainerDefinition { Name = "b", Memory = 256, Links = [], Hostname = hostname, DnsServers = links, ExtraHosts = null }],
                });
            }
        }
        """);

    [Fact]
    public Task Settings_written_by_statements_in_a_container_local() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var app = new ContainerDefinition { Name = "app", Memory = 256 };
                {|#0:app.Hostname = "app.local"|};
                var r = new RegisterTaskDefinitionRequest { Family = "f", NetworkMode = "AWSVPC" };
                r.ContainerDefinitions = [app];
                await ecs.RegisterTaskDefinitionAsync(r);
            }
        }
        """,
        Verify.Diagnostic("ECSA4002").WithLocation(0).WithArguments("Hostname"));
}

public class PortMappingsWithNoneModeTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA4003");

    [Fact]
    public Task Port_mappings_with_none_are_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "batch", NetworkMode = NetworkMode.None,
                    ContainerDefinitions = [new ContainerDefinition { Name = "job", Memory = 256, {|#0:PortMappings = [new PortMapping { ContainerPort = 80 }]|} }],
                });
                var c = new ContainerDefinition { Memory = 256 };
                {|#1:c.PortMappings = [new PortMapping { ContainerPort = 9090 }]|};
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "x", NetworkMode = "none", ContainerDefinitions = [c] });
            }
        }
        """,
        Verify.Diagnostic("ECSA4003").WithLocation(0).WithArguments("'job'"),
        Verify.Diagnostic("ECSA4003").WithLocation(1).WithArguments("(name not known at compile time)"));

    [Fact]
    public Task None_without_mappings_and_other_modes_with_mappings_are_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, NetworkMode mode)
            {
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "a", NetworkMode = NetworkMode.None, ContainerDefinitions = [new ContainerDefinition { Name = "a", Memory = 256, PortMappings = [] }] });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "b", NetworkMode = NetworkMode.Bridge, ContainerDefinitions = [new ContainerDefinition { Name = "b", Memory = 256, PortMappings = [new PortMapping { ContainerPort = 80 }] }] });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = "c", NetworkMode = mode, ContainerDefinitions = [new ContainerDefinition { Name = "c", Memory = 256, PortMappings = [new PortMapping { ContainerPort = 80 }] }] });
            }
        }
        """);
}

public class InvalidPortMappingTests
{
    private static readonly Verify.RuleScope Rule = Verify.Rules("ECSA4004");

    [Theory]
    [InlineData("ContainerPort = 0", "container port 0 is outside 1-65535")]
    [InlineData("ContainerPort = 70000", "container port 70000 is outside 1-65535")]
    [InlineData("ContainerPort = -1", "container port -1 is outside 1-65535")]
    [InlineData("HostPort = 65536", "host port 65536 is outside 1-65535 (0 asks for a dynamic port)")]
    [InlineData("HostPort = -80", "host port -80 is outside 1-65535 (0 asks for a dynamic port)")]
    public Task Ports_out_of_range_are_reported(string setting, string problem) => Rule.Analyzer(
        """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", NetworkMode = NetworkMode.Bridge,
                ContainerDefinitions = [new ContainerDefinition { Name = "api", Memory = 256, PortMappings = [new PortMapping { ContainerPort = 8080, SETTING }] }],
            });
        }
        """.Replace("ContainerPort = 8080, SETTING", setting.StartsWith("Host") ? "ContainerPort = 8080, {|#0:" + setting + "|}" : "{|#0:" + setting + "|}"),
        Verify.Diagnostic("ECSA4004").WithLocation(0).WithArguments(problem));

    [Fact]
    public Task The_same_port_and_protocol_twice_in_awsvpc_is_reported_at_the_second() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "api", NetworkMode = NetworkMode.Awsvpc,
                ContainerDefinitions =
                [
                    new ContainerDefinition { Name = "web", PortMappings = [new PortMapping { ContainerPort = 80 }, new PortMapping { ContainerPort = 53, Protocol = TransportProtocol.Udp }] },
                    new ContainerDefinition { Name = "proxy", PortMappings = [new PortMapping { {|#0:ContainerPort = 80|}, Protocol = "tcp" }, new PortMapping { ContainerPort = 53 }] },
                ],
            });
        }
        """,
        Verify.Diagnostic("ECSA4004").WithLocation(0).WithArguments("port 80/tcp is already mapped by container 'web' (in awsvpc and host mode each port and protocol is mapped once per task)"));

    [Fact]
    public Task Valid_ports_bridge_duplicates_and_unknown_values_are_not_reported() => Rule.Analyzer("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, int port, TransportProtocol protocol)
            {
                var shared = new PortMapping { ContainerPort = 80 };
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "a", NetworkMode = NetworkMode.Bridge,
                    ContainerDefinitions =
                    [
                        new ContainerDefinition { Name = "a", Memory = 256, PortMappings = [new PortMapping { ContainerPort = 1, HostPort = 0 }, new PortMapping { ContainerPort = 65535, HostPort = 65535 }] },
                        new ContainerDefinition { Name = "b", Memory = 256, PortMappings = [new PortMapping { ContainerPort = 1 }, new PortMapping { ContainerPort = port }] },
                    ],
                });
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "b", NetworkMode = NetworkMode.Awsvpc,
                    ContainerDefinitions =
                    [
                        new ContainerDefinition { Name = "c", PortMappings = [shared, shared, new PortMapping { ContainerPort = 80, Protocol = protocol }] },
                        new ContainerDefinition { Name = "d", PortMappings = [new PortMapping { ContainerPort = port }] },
                    ],
                });
            }
        }
        """);
}
