using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using EcsAnalyzers.Tests.Meta;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Tests.Json;

/// <summary>
/// The two front-ends agree: task definitions written both as a JSON file and as the equivalent C# initializer produce
/// the same rule IDs on the same properties (a property named by its JSON key or C# property, ignoring case; a finding
/// about the object itself, at <c>new T</c> or at <c>{</c>, counts as "object").
/// </summary>
public class FrontEndDifferentialTests
{
    public static TheoryData<string, string> Pairs() => new()
    {
        {
            """{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "bridge", "cpu": "1024", "memory": "1024", "containerDefinitions": [{ "name": "app", "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1", "memory": 512, "privileged": true, "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web" } } }] }""",
            """Family = "web", RequiresCompatibilities = ["FARGATE"], NetworkMode = "bridge", Cpu = "1024", Memory = "1024", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1", Memory = 512, Privileged = true, LogConfiguration = new LogConfiguration { LogDriver = "awslogs", Options = new Dictionary<string, string> { ["awslogs-group"] = "/ecs/web" } } }]"""
        },
        {
            """{ "family": "api", "taskRoleArn": "arn:aws:iam::123456789012:role/api", "executionRoleArn": "arn:aws:iam::123456789012:role/api", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "api", "image": "nginx", "memoryReservation": 1024, "memory": 512, "portMappings": [{ "containerPort": 80, "hostPort": 8080 }], "links": ["db"], "healthCheck": { "command": ["CMD-SHELL, curl localhost"], "interval": 1 } }, { "name": "api", "image": "x", "essential": false, "memory": 256, "dependsOn": [{ "containerName": "db", "condition": "START" }] }] }""",
            """Family = "api", TaskRoleArn = "arn:aws:iam::123456789012:role/api", ExecutionRoleArn = "arn:aws:iam::123456789012:role/api", NetworkMode = "awsvpc", ContainerDefinitions = [new ContainerDefinition { Name = "api", Image = "nginx", MemoryReservation = 1024, Memory = 512, PortMappings = [new PortMapping { ContainerPort = 80, HostPort = 8080 }], Links = ["db"], HealthCheck = new HealthCheck { Command = ["CMD-SHELL, curl localhost"], Interval = 1 } }, new ContainerDefinition { Name = "api", Image = "x", Essential = false, Memory = 256, DependsOn = [new ContainerDependency { ContainerName = "db", Condition = "START" }] }]"""
        },
        {
            """{ "family": "files", "taskRoleArn": "files", "volumes": [{ "name": "data", "host": { "sourcePath": "s3://bucket" }, "efsVolumeConfiguration": { "fileSystemId": "fs-1", "rootDirectory": "/x", "authorizationConfig": { "iam": "ENABLED", "accessPointId": "fsap-1" } } }], "containerDefinitions": [{ "name": "c", "image": "x", "memory": 128, "mountPoints": [{ "sourceVolume": "date", "containerPath": "/d" }], "environment": [{ "name": "A", "value": "1" }, { "name": "A", "value": "2" }] }] }""",
            """Family = "files", TaskRoleArn = "files", Volumes = [new Volume { Name = "data", Host = new HostVolumeProperties { SourcePath = "s3://bucket" }, EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = "fs-1", RootDirectory = "/x", AuthorizationConfig = new EFSAuthorizationConfig { Iam = "ENABLED", AccessPointId = "fsap-1" } } }], ContainerDefinitions = [new ContainerDefinition { Name = "c", Image = "x", Memory = 128, MountPoints = [new MountPoint { SourceVolume = "date", ContainerPath = "/d" }], Environment = [new Amazon.ECS.Model.KeyValuePair { Name = "A", Value = "1" }, new Amazon.ECS.Model.KeyValuePair { Name = "A", Value = "2" }] }]"""
        },
        {
            """{ "family": "bad name", "taskRoleArn": "arn:aws:iam::123456789012:user/x", "requiresCompatibilities": ["FARGTE"], "containerDefinitions": [{ "name": "c", "image": "x", "essential": false }] }""",
            """Family = "bad name", TaskRoleArn = "arn:aws:iam::123456789012:user/x", RequiresCompatibilities = ["FARGTE"], ContainerDefinitions = [new ContainerDefinition { Name = "c", Image = "x", Essential = false }]"""
        },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Json_and_csharp_give_the_same_rules_on_the_same_properties(string json, string initializer)
    {
        var source = "using System.Collections.Generic;\nusing Amazon.ECS;\nusing Amazon.ECS.Model;\nclass C\n{\n    void Run(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest\n    {\n        "
            + initializer + "\n    });\n}\n";
        var compilation = EcsSources.Compile(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var (diagnostics, exceptions) = await EcsSources.AnalyzeAsync(compilation);
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("ECSA", StringComparison.Ordinal));
        var csharp = Keys(diagnostics.Where(d => d.Id.StartsWith("ECSA", StringComparison.Ordinal)), source);
        var fromJson = Keys(VerifyJson.Diagnostics(json), json);
        Assert.NotEmpty(csharp);
        Assert.Equal(csharp, fromJson);
    }

    private static List<string> Keys(IEnumerable<Diagnostic> diagnostics, string text) =>
        diagnostics.Select(d => d.Id + " " + Key(text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)))
            .OrderBy(k => k, StringComparer.Ordinal).ToList();

    /// <summary>The property a finding is on (<c>NetworkMode = ...</c>, <c>"networkMode": ...</c>), "object" for <c>new T</c> and <c>{</c>, else the value.</summary>
    private static string Key(string located)
    {
        if (located.StartsWith("new ", StringComparison.Ordinal) || located == "{")
        {
            return "object";
        }

        var match = Regex.Match(located, @"^""?([A-Za-z]+)""?\s*[:=]");
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : located.Trim('"').ToLowerInvariant();
    }
}
