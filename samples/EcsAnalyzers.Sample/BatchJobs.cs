using System.Collections.Generic;
using Task = System.Threading.Tasks.Task;
using Amazon.ECS;
using Amazon.ECS.Model;

namespace EcsAnalyzers.Sample;

/// <summary>
/// Batch jobs on EC2, built the way deployment code usually is: containers from a factory, a health check from a helper,
/// the request from a factory, and every request sent through one wrapper that logs it. The analyzers read across these
/// methods; the mistakes below come from helpers and are reported where the helpers are called.
/// </summary>
public sealed class BatchJobs(IAmazonECS ecs, string taskRole, string executionRole)
{
    /// <summary>The correct deployment: separate roles, a well-formed health check.</summary>
    public Task DeployAsync() => RegisterAsync(JobDefinition("ingest", taskRole, executionRole, Job("ingest", HealthCommand())));

    /// <summary>
    /// The first draft: one role for both (ECSA3003, at the second argument), a health check helper that put the command
    /// and its arguments in one element (ECSA5008, at the helper's call), and a request factory without a task role
    /// (ECSA3001, at the factory's call).
    /// </summary>
    public async Task DeployFirstDraftAsync()
    {
        await RegisterAsync(JobDefinition("ingest", executionRole, executionRole, Job("ingest", HealthCommand())));
        await RegisterAsync(JobDefinition("export", taskRole, executionRole, Job("export", LegacyHealthCommand())));
        await RegisterAsync(ExportDefinition());
    }

    private async Task RegisterAsync(RegisterTaskDefinitionRequest request)
    {
        System.Console.WriteLine($"registering {request.Family} ({request.ContainerDefinitions.Count} containers)");
        await ecs.RegisterTaskDefinitionAsync(request);
    }

    private static RegisterTaskDefinitionRequest JobDefinition(string family, string task, string execution, ContainerDefinition job) => new()
    {
        Family = family,
        TaskRoleArn = task,
        ExecutionRoleArn = execution,
        RequiresCompatibilities = ["EC2"],
        NetworkMode = NetworkMode.Bridge,
        ContainerDefinitions = [job],
    };

    private static RegisterTaskDefinitionRequest ExportDefinition() => new()
    {
        Family = "export-nightly",
        RequiresCompatibilities = ["EC2"],
        ContainerDefinitions = [Job("export", HealthCommand())],
    };

    private static ContainerDefinition Job(string name, List<string> check) => new()
    {
        Name = name,
        Image = "public.ecr.aws/acme/" + name + ":3.1.0",
        Memory = 1024,
        Essential = true,
        HealthCheck = new HealthCheck { Command = check, Interval = 30, Retries = 3 },
    };

    private static List<string> HealthCommand() => ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"];

    private static List<string> LegacyHealthCommand() => ["CMD-SHELL, curl -f http://localhost:8080/health"];
}
