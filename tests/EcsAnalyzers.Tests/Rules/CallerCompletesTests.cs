using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>
/// A request a helper builds and returns may be completed by its callers: they add containers, volumes or settings
/// before sending it. Analyzed on its own, the helper's body proves nothing about what the request lacks; the caller's
/// body, which reads the helper and sees the additions, is where a request sent as the helper left it is reported.
/// </summary>
public class CallerCompletesTests
{
    private static string Code(string helper, string caller) => """
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            static RegisterTaskDefinitionRequest Build() => new RegisterTaskDefinitionRequest
            {
                Family = "web",
                TaskRoleArn = "app",
        HELPER
            };

            async System.Threading.Tasks.Task Run(IAmazonECS ecs)
            {
                var request = {|#0:Build()|};
        CALLER
                await ecs.RegisterTaskDefinitionAsync(request);
            }
        }
        """.Replace("HELPER", helper).Replace("CALLER", caller);

    private const string DependsOnLog = """
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "app", Memory = 512, DependsOn = [new ContainerDependency { ContainerName = "log", Condition = ContainerCondition.START }] }],
        """;

    private const string AddLog = """
                request.ContainerDefinitions.Add(new ContainerDefinition { Name = "log", Image = "log", Memory = 128 });
        """;

    private const string NotEssential = """
                ContainerDefinitions = [new ContainerDefinition { Name = "migrate", Image = "app", Memory = 512, Essential = false }],
        """;

    private const string AddEssential = """
                request.ContainerDefinitions.Add(new ContainerDefinition { Name = "app", Image = "app", Memory = 512 });
        """;

    private const string MountsData = """
                Volumes = [new Volume { Name = "cache" }],
                ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "app", Memory = 512, MountPoints = [new MountPoint { SourceVolume = "data", ContainerPath = "/data" }] }],
        """;

    private const string AddData = """
                request.Volumes.Add(new Volume { Name = "data" });
        """;

    [Fact]
    public Task ECSA5013_a_dependency_the_caller_adds_is_not_reported() => Verify.Rules("ECSA5013").Analyzer(Code(DependsOnLog, AddLog));

    [Fact]
    public Task ECSA5002_an_essential_container_the_caller_adds_is_not_reported() => Verify.Rules("ECSA5002").Analyzer(Code(NotEssential, AddEssential));

    [Fact]
    public Task ECSA2002_a_volume_the_caller_adds_is_not_reported() => Verify.Rules("ECSA2002").Analyzer(Code(MountsData, AddData));

    // Sent as the helper left it: the caller's body reports it, at the call.
    [Fact]
    public Task ECSA5013_a_request_sent_as_the_helper_left_it_is_reported_at_the_call() => Verify.Rules("ECSA5013").Analyzer(
        Code(DependsOnLog.Replace("new ContainerDependency", "{|#1:new ContainerDependency|}"), ""),
        Verify.Diagnostic("ECSA5013").WithLocation(0).WithLocation(1).WithArguments("log", "app"));

    [Fact]
    public Task ECSA5002_a_request_sent_as_the_helper_left_it_is_reported_at_the_call() => Verify.Rules("ECSA5002").Analyzer(
        Code(NotEssential, "").Replace("static RegisterTaskDefinitionRequest Build() => new RegisterTaskDefinitionRequest", "static RegisterTaskDefinitionRequest Build() => {|#1:new RegisterTaskDefinitionRequest|}"),
        Verify.Diagnostic("ECSA5002").WithLocation(0).WithLocation(1).WithArguments("'web'"));
}
