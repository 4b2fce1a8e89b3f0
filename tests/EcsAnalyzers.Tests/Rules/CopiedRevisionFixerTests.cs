using System.Threading.Tasks;
using EcsAnalyzers.CodeFixes;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>ECSA9002's fix: the settings left behind copied from the same value, in the layout the copy already has.</summary>
public class CopiedRevisionFixerTests
{
    private const string Copied = """
                    Family = td.Family,
                    ContainerDefinitions = td.ContainerDefinitions.Select(c => { c.Image = image; return c; }).ToList(),
                    Cpu = td.Cpu,
                    Memory = td.Memory,
                    NetworkMode = td.NetworkMode,
                    ExecutionRoleArn = td.ExecutionRoleArn,
                    TaskRoleArn = td.TaskRoleArn,
                    EnableFaultInjection = td.EnableFaultInjection,
                    EphemeralStorage = td.EphemeralStorage,
                    InferenceAccelerators = td.InferenceAccelerators,
                    IpcMode = td.IpcMode,
                    PidMode = td.PidMode,
                    ProxyConfiguration = td.ProxyConfiguration
        """;

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task ECSA9002_copies_the_missing_settings_one_per_line_with_the_trailing_comma(SdkVersion sdk) => Verify.CodeFix<CopiedRevisionFixer>("""
        using System.Linq;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class Deploy
        {
            async System.Threading.Tasks.Task NewRevision(IAmazonECS ecs, string image)
            {
                var described = await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "web" });
                var td = described.TaskDefinition;
                var request = {|ECSA9002:new RegisterTaskDefinitionRequest|}
                {
        COPIED,
                };
                await ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """.Replace("COPIED", Copied), """
        using System.Linq;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class Deploy
        {
            async System.Threading.Tasks.Task NewRevision(IAmazonECS ecs, string image)
            {
                var described = await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "web" });
                var td = described.TaskDefinition;
                var request = new RegisterTaskDefinitionRequest
                {
        COPIED,
                    PlacementConstraints = td.PlacementConstraints,
                    RequiresCompatibilities = td.RequiresCompatibilities,
                    RuntimePlatform = td.RuntimePlatform,
                    Volumes = td.Volumes,
                };
                await ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """.Replace("COPIED", Copied), sdk);

    [Fact]
    public Task ECSA9002_keeps_an_initializer_without_trailing_comma_without_one() => Verify.CodeFix<CopiedRevisionFixer>("""
        using System.Linq;
        using Amazon.ECS.Model;

        class Deploy
        {
            RegisterTaskDefinitionRequest NewRevision(DescribeTaskDefinitionResponse described, string image)
            {
                var request = {|ECSA9002:new RegisterTaskDefinitionRequest|}
                {
                    Family = described.TaskDefinition.Family,
                    ContainerDefinitions = described.TaskDefinition.ContainerDefinitions,
                    Cpu = described.TaskDefinition.Cpu,
                    Memory = described.TaskDefinition.Memory,
                    NetworkMode = described.TaskDefinition.NetworkMode,
                    ExecutionRoleArn = described.TaskDefinition.ExecutionRoleArn,
                    TaskRoleArn = described.TaskDefinition.TaskRoleArn,
                    EnableFaultInjection = described.TaskDefinition.EnableFaultInjection,
                    EphemeralStorage = described.TaskDefinition.EphemeralStorage,
                    InferenceAccelerators = described.TaskDefinition.InferenceAccelerators,
                    IpcMode = described.TaskDefinition.IpcMode,
                    PidMode = described.TaskDefinition.PidMode,
                    ProxyConfiguration = described.TaskDefinition.ProxyConfiguration,
                    RequiresCompatibilities = described.TaskDefinition.RequiresCompatibilities,
                    RuntimePlatform = described.TaskDefinition.RuntimePlatform,
                    PlacementConstraints = described.TaskDefinition.PlacementConstraints
                };
                System.Console.WriteLine(request.Family);
                return null;
            }
        }
        """, """
        using System.Linq;
        using Amazon.ECS.Model;

        class Deploy
        {
            RegisterTaskDefinitionRequest NewRevision(DescribeTaskDefinitionResponse described, string image)
            {
                var request = new RegisterTaskDefinitionRequest
                {
                    Family = described.TaskDefinition.Family,
                    ContainerDefinitions = described.TaskDefinition.ContainerDefinitions,
                    Cpu = described.TaskDefinition.Cpu,
                    Memory = described.TaskDefinition.Memory,
                    NetworkMode = described.TaskDefinition.NetworkMode,
                    ExecutionRoleArn = described.TaskDefinition.ExecutionRoleArn,
                    TaskRoleArn = described.TaskDefinition.TaskRoleArn,
                    EnableFaultInjection = described.TaskDefinition.EnableFaultInjection,
                    EphemeralStorage = described.TaskDefinition.EphemeralStorage,
                    InferenceAccelerators = described.TaskDefinition.InferenceAccelerators,
                    IpcMode = described.TaskDefinition.IpcMode,
                    PidMode = described.TaskDefinition.PidMode,
                    ProxyConfiguration = described.TaskDefinition.ProxyConfiguration,
                    RequiresCompatibilities = described.TaskDefinition.RequiresCompatibilities,
                    RuntimePlatform = described.TaskDefinition.RuntimePlatform,
                    PlacementConstraints = described.TaskDefinition.PlacementConstraints,
                    Volumes = described.TaskDefinition.Volumes
                };
                System.Console.WriteLine(request.Family);
                return null;
            }
        }
        """);

    [Fact]
    public Task ECSA9002_extends_a_one_line_initializer_on_its_line() => Verify.CodeFix<CopiedRevisionFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class Deploy
        {
            System.Threading.Tasks.Task NewRevision(IAmazonECS ecs, TaskDefinition td) =>
                ecs.RegisterTaskDefinitionAsync({|ECSA9002:new RegisterTaskDefinitionRequest|} { Family = td.Family, ContainerDefinitions = td.ContainerDefinitions, Cpu = td.Cpu, Memory = td.Memory, NetworkMode = td.NetworkMode, ExecutionRoleArn = td.ExecutionRoleArn, TaskRoleArn = td.TaskRoleArn, EnableFaultInjection = td.EnableFaultInjection, EphemeralStorage = td.EphemeralStorage, InferenceAccelerators = td.InferenceAccelerators, IpcMode = td.IpcMode, PidMode = td.PidMode, PlacementConstraints = td.PlacementConstraints, ProxyConfiguration = td.ProxyConfiguration, RequiresCompatibilities = td.RequiresCompatibilities, Volumes = td.Volumes });
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class Deploy
        {
            System.Threading.Tasks.Task NewRevision(IAmazonECS ecs, TaskDefinition td) =>
                ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest { Family = td.Family, ContainerDefinitions = td.ContainerDefinitions, Cpu = td.Cpu, Memory = td.Memory, NetworkMode = td.NetworkMode, ExecutionRoleArn = td.ExecutionRoleArn, TaskRoleArn = td.TaskRoleArn, EnableFaultInjection = td.EnableFaultInjection, EphemeralStorage = td.EphemeralStorage, InferenceAccelerators = td.InferenceAccelerators, IpcMode = td.IpcMode, PidMode = td.PidMode, PlacementConstraints = td.PlacementConstraints, ProxyConfiguration = td.ProxyConfiguration, RequiresCompatibilities = td.RequiresCompatibilities, Volumes = td.Volumes, RuntimePlatform = td.RuntimePlatform });
        }
        """);

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public Task ECSA9002_adds_statements_after_the_last_copied_setting(SdkVersion sdk) => Verify.CodeFix<CopiedRevisionFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class Deploy
        {
            async System.Threading.Tasks.Task NewRevision(IAmazonECS ecs, string image)
            {
                var td = (await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "web" })).TaskDefinition;
                td.ContainerDefinitions[0].Image = image;

                var request = {|ECSA9002:new RegisterTaskDefinitionRequest|}();
                request.Family = td.Family;
                request.ContainerDefinitions = td.ContainerDefinitions;
                request.Cpu = td.Cpu;
                request.Memory = td.Memory;
                request.NetworkMode = td.NetworkMode;
                request.ExecutionRoleArn = td.ExecutionRoleArn;
                request.TaskRoleArn = td.TaskRoleArn;
                request.EnableFaultInjection = td.EnableFaultInjection;
                request.EphemeralStorage = td.EphemeralStorage;
                request.InferenceAccelerators = td.InferenceAccelerators;
                request.IpcMode = td.IpcMode;
                request.PidMode = td.PidMode;
                request.ProxyConfiguration = td.ProxyConfiguration;
                // compatibilities as before
                request.RequiresCompatibilities = td.RequiresCompatibilities; // copied

                await ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class Deploy
        {
            async System.Threading.Tasks.Task NewRevision(IAmazonECS ecs, string image)
            {
                var td = (await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "web" })).TaskDefinition;
                td.ContainerDefinitions[0].Image = image;

                var request = new RegisterTaskDefinitionRequest();
                request.Family = td.Family;
                request.ContainerDefinitions = td.ContainerDefinitions;
                request.Cpu = td.Cpu;
                request.Memory = td.Memory;
                request.NetworkMode = td.NetworkMode;
                request.ExecutionRoleArn = td.ExecutionRoleArn;
                request.TaskRoleArn = td.TaskRoleArn;
                request.EnableFaultInjection = td.EnableFaultInjection;
                request.EphemeralStorage = td.EphemeralStorage;
                request.InferenceAccelerators = td.InferenceAccelerators;
                request.IpcMode = td.IpcMode;
                request.PidMode = td.PidMode;
                request.ProxyConfiguration = td.ProxyConfiguration;
                // compatibilities as before
                request.RequiresCompatibilities = td.RequiresCompatibilities; // copied
                request.PlacementConstraints = td.PlacementConstraints;
                request.RuntimePlatform = td.RuntimePlatform;
                request.Volumes = td.Volumes;

                await ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """, sdk);

    [Fact]
    public Task ECSA9002_copies_beside_the_last_setting_read_in_place_in_top_level_statements() => Verify.CodeFix<CopiedRevisionFixer>("""
        // top-level
        using System.Linq;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        IAmazonECS ecs = new AmazonECSClient();
        var td = (await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "web" })).TaskDefinition;
        var containers = td.ContainerDefinitions.Select(c => { c.Image = args[0]; return c; }).ToList();
        var request = {|ECSA9002:new RegisterTaskDefinitionRequest|}();
        request.Family = td.Family;
        request.Cpu = td.Cpu;
        request.Memory = td.Memory;
        request.ContainerDefinitions = containers;
        await ecs.RegisterTaskDefinitionAsync(request);
        """, """
        // top-level
        using System.Linq;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        IAmazonECS ecs = new AmazonECSClient();
        var td = (await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "web" })).TaskDefinition;
        var containers = td.ContainerDefinitions.Select(c => { c.Image = args[0]; return c; }).ToList();
        var request = new RegisterTaskDefinitionRequest();
        request.Family = td.Family;
        request.Cpu = td.Cpu;
        request.Memory = td.Memory;
        request.EnableFaultInjection = td.EnableFaultInjection;
        request.EphemeralStorage = td.EphemeralStorage;
        request.ExecutionRoleArn = td.ExecutionRoleArn;
        request.InferenceAccelerators = td.InferenceAccelerators;
        request.IpcMode = td.IpcMode;
        request.NetworkMode = td.NetworkMode;
        request.PidMode = td.PidMode;
        request.PlacementConstraints = td.PlacementConstraints;
        request.ProxyConfiguration = td.ProxyConfiguration;
        request.RequiresCompatibilities = td.RequiresCompatibilities;
        request.RuntimePlatform = td.RuntimePlatform;
        request.TaskRoleArn = td.TaskRoleArn;
        request.Volumes = td.Volumes;
        request.ContainerDefinitions = containers;
        await ecs.RegisterTaskDefinitionAsync(request);
        """);

    [Fact]
    public Task ECSA9002_fix_all_completes_every_copy_in_the_document() => Verify.CodeFix<CopiedRevisionFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class Deploy
        {
            async System.Threading.Tasks.Task NewRevisions(IAmazonECS ecs, TaskDefinition a, TaskDefinition b)
            {
                var web = {|ECSA9002:new RegisterTaskDefinitionRequest|}
                {
                    Family = a.Family,
                    ContainerDefinitions = a.ContainerDefinitions,
                    Cpu = a.Cpu,
                    Memory = a.Memory,
                    NetworkMode = a.NetworkMode,
                    ExecutionRoleArn = a.ExecutionRoleArn,
                    TaskRoleArn = a.TaskRoleArn,
                    EnableFaultInjection = a.EnableFaultInjection,
                    EphemeralStorage = a.EphemeralStorage,
                    InferenceAccelerators = a.InferenceAccelerators,
                    IpcMode = a.IpcMode,
                    PidMode = a.PidMode,
                    PlacementConstraints = a.PlacementConstraints,
                    ProxyConfiguration = a.ProxyConfiguration,
                    RuntimePlatform = a.RuntimePlatform,
                };
                var request = {|ECSA9002:new RegisterTaskDefinitionRequest|}();
                request.Family = b.Family;
                request.ContainerDefinitions = b.ContainerDefinitions;
                request.Cpu = b.Cpu;
                request.Memory = b.Memory;
                request.NetworkMode = b.NetworkMode;
                request.ExecutionRoleArn = b.ExecutionRoleArn;
                request.TaskRoleArn = b.TaskRoleArn;
                request.EnableFaultInjection = b.EnableFaultInjection;
                request.EphemeralStorage = b.EphemeralStorage;
                request.InferenceAccelerators = b.InferenceAccelerators;
                request.IpcMode = b.IpcMode;
                request.PidMode = b.PidMode;
                request.ProxyConfiguration = b.ProxyConfiguration;
                request.RequiresCompatibilities = b.RequiresCompatibilities;
                request.RuntimePlatform = b.RuntimePlatform;
                await ecs.RegisterTaskDefinitionAsync(web);
                await ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class Deploy
        {
            async System.Threading.Tasks.Task NewRevisions(IAmazonECS ecs, TaskDefinition a, TaskDefinition b)
            {
                var web = new RegisterTaskDefinitionRequest
                {
                    Family = a.Family,
                    ContainerDefinitions = a.ContainerDefinitions,
                    Cpu = a.Cpu,
                    Memory = a.Memory,
                    NetworkMode = a.NetworkMode,
                    ExecutionRoleArn = a.ExecutionRoleArn,
                    TaskRoleArn = a.TaskRoleArn,
                    EnableFaultInjection = a.EnableFaultInjection,
                    EphemeralStorage = a.EphemeralStorage,
                    InferenceAccelerators = a.InferenceAccelerators,
                    IpcMode = a.IpcMode,
                    PidMode = a.PidMode,
                    PlacementConstraints = a.PlacementConstraints,
                    ProxyConfiguration = a.ProxyConfiguration,
                    RuntimePlatform = a.RuntimePlatform,
                    RequiresCompatibilities = a.RequiresCompatibilities,
                    Volumes = a.Volumes,
                };
                var request = new RegisterTaskDefinitionRequest();
                request.Family = b.Family;
                request.ContainerDefinitions = b.ContainerDefinitions;
                request.Cpu = b.Cpu;
                request.Memory = b.Memory;
                request.NetworkMode = b.NetworkMode;
                request.ExecutionRoleArn = b.ExecutionRoleArn;
                request.TaskRoleArn = b.TaskRoleArn;
                request.EnableFaultInjection = b.EnableFaultInjection;
                request.EphemeralStorage = b.EphemeralStorage;
                request.InferenceAccelerators = b.InferenceAccelerators;
                request.IpcMode = b.IpcMode;
                request.PidMode = b.PidMode;
                request.ProxyConfiguration = b.ProxyConfiguration;
                request.RequiresCompatibilities = b.RequiresCompatibilities;
                request.RuntimePlatform = b.RuntimePlatform;
                request.PlacementConstraints = b.PlacementConstraints;
                request.Volumes = b.Volumes;
                await ecs.RegisterTaskDefinitionAsync(web);
                await ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """);
}
