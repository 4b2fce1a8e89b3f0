using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

public class ProbeTests
{
    [Fact]
    public Task Probe() => Verify.Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                await ecs.RegisterTaskDefinitionAsync({|ECSA3001:new RegisterTaskDefinitionRequest|}
                {
                    Family = "web",
                    RequiresCompatibilities = new List<string> { "FARGATE" },
                    {|ECSA1001:NetworkMode = NetworkMode.Bridge|},
                });
            }
        }
        """);
}
