using System.Threading.Tasks;
using EcsAnalyzers.CodeFixes;

namespace EcsAnalyzers.Tests.Rules;

public class NullCollectionFixerTests
{
    [Fact]
    public Task ECSA9001_initializes_the_collection_where_the_object_is_created() => Verify.CodeFix<NullCollectionFixer>("""
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, int[] ports)
            {
                var container = new ContainerDefinition { Name = "app", Image = "nginx" };
                foreach (var port in ports)
                {
                    {|ECSA9001:container.PortMappings|}.Add(new PortMapping { ContainerPort = port });
                }

                var request = new RegisterTaskDefinitionRequest();
                {|ECSA9001:request.ContainerDefinitions|}.Add(container);
                await ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """, """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs, int[] ports)
            {
                var container = new ContainerDefinition { Name = "app", Image = "nginx", PortMappings = new System.Collections.Generic.List<PortMapping>() };
                foreach (var port in ports)
                {
                    container.PortMappings.Add(new PortMapping { ContainerPort = port });
                }

                var request = new RegisterTaskDefinitionRequest() { ContainerDefinitions = new System.Collections.Generic.List<ContainerDefinition>() };
                request.ContainerDefinitions.Add(container);
                await ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """);

    [Fact]
    public Task ECSA9001_fix_all_initializes_two_collections_of_one_object() => Verify.CodeFix<NullCollectionFixer>("""
        using System.Collections.Generic;
        using Amazon.ECS.Model;

        class C
        {
            void Run()
            {
                var container = new ContainerDefinition
                {
                    Name = "app",
                };
                {|ECSA9001:container.MountPoints|}.Add(new MountPoint { SourceVolume = "data", ContainerPath = "/data" });
                {|ECSA9001:container.PortMappings|}.Add(new PortMapping { ContainerPort = 80 });
            }
        }
        """, """
        using System.Collections.Generic;
        using Amazon.ECS.Model;

        class C
        {
            void Run()
            {
                var container = new ContainerDefinition
                {
                    Name = "app",
                    MountPoints = new List<MountPoint>(),
                    PortMappings = new List<PortMapping>(),
                };
                container.MountPoints.Add(new MountPoint { SourceVolume = "data", ContainerPath = "/data" });
                container.PortMappings.Add(new PortMapping { ContainerPort = 80 });
            }
        }
        """, fixAllIterations: 2);
}
