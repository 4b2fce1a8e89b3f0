using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Text;

namespace EcsAnalyzers.Tests.Integration;

/// <summary>
/// The packed nupkg, end to end: pack it, restore a throwaway project against it from a local folder feed, build it and
/// see the three IDs; run <c>dotnet format analyzers</c> and see the fixes applied; build again and see none.
/// Packages other than EcsAnalyzers come from the restore cache (a fallback folder): nothing is downloaded.
/// </summary>
public class PackageIntegrationTests
{
    private const string Program = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        public static class Deploy
        {
            public static async System.Threading.Tasks.Task RunAsync(IAmazonECS ecs)
            {
                await ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
                {
                    Family = "worker",
                    RequiresCompatibilities = ["FARGATE"],
                    NetworkMode = NetworkMode.Bridge,
                    Volumes = [new Volume { Name = "data", Host = new HostVolumeProperties { SourcePath = "s3://acme-data" } }],
                });
            }
        }
        """;

    private const string Agent = """
        using Amazon.ECS;
        using Amazon.ECS.Model;

        public static class Agent
        {
            public static System.Threading.Tasks.Task RegisterAsync(IAmazonECS ecs) => ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
            {
                Family = "agent",
                TaskRoleArn = "arn:aws:iam::123456789012:role/agent",
                ContainerDefinitions = [new ContainerDefinition { Name = "agent", Memory = 256, Environment = [new KeyValuePair { Name = "CARD_PIN", Value = "4321x" }] }],
            });
        }
        """;

    [Fact]
    public void Packed_analyzers_report_in_a_build_and_fix_with_dotnet_format()
    {
        var work = Directory.CreateTempSubdirectory("ecsa-it-");
        try
        {
            var feed = Directory.CreateDirectory(Path.Combine(work.FullName, "feed")).FullName;
            var project = Directory.CreateDirectory(Path.Combine(work.FullName, "app")).FullName;
            var packages = Path.Combine(work.FullName, "packages");
            var version = "0.0.0-it" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

            Run(SdkReferences.RepoRoot, "pack", "src/EcsAnalyzers.Package", "-c", "Release", "-o", feed, "-p:Version=" + version);
            var nupkg = Path.Combine(feed, $"EcsAnalyzers.{version}.nupkg");
            Assert.True(File.Exists(nupkg), nupkg);
            using (var zip = System.IO.Compression.ZipFile.OpenRead(nupkg))
            {
                var entries = zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll", StringComparison.Ordinal)).OrderBy(n => n).ToList();
                Assert.Equal(["analyzers/dotnet/cs/EcsAnalyzers.CodeFixes.dll", "analyzers/dotnet/cs/EcsAnalyzers.dll"], entries);
                var buildFiles = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("build/", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToList();
                Assert.Equal(["build/EcsAnalyzers.Minimal.globalconfig", "build/EcsAnalyzers.Strict.globalconfig", "build/EcsAnalyzers.props", "build/EcsAnalyzers.targets"], buildFiles);
                var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
                Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec, StringComparison.Ordinal);
                Assert.DoesNotContain("<dependency", nuspec, StringComparison.Ordinal);
            }

            File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="local" value="{feed}" />
                  </packageSources>
                  <packageSourceMapping>
                    <packageSource key="local"><package pattern="EcsAnalyzers" /></packageSource>
                  </packageSourceMapping>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(project, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <RestorePackagesPath>{packages}</RestorePackagesPath>
                    <RestoreFallbackFolders>{Metadata("NuGetPackageRoot")}</RestoreFallbackFolders>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="EcsAnalyzers" Version="{version}" PrivateAssets="all" />
                    <PackageReference Include="AWSSDK.Core" Version="{Metadata("AwsSdkCoreV4Version")}" />
                    <Reference Include="AWSSDK.ECS" HintPath="{Path.Combine(SdkReferences.ReplicaDirectory(SdkVersion.V4), "AWSSDK.ECS.dll")}" />
                  </ItemGroup>
                </Project>
                """);
            var source = Path.Combine(project, "Deploy.cs");
            File.WriteAllText(source, Program);

            var build = Run(project, "build", "-p:TreatWarningsAsErrors=false", "-nodeReuse:false", expectSuccess: false);
            Assert.Contains("error ECSA1001", build, StringComparison.Ordinal);
            Assert.Contains("error ECSA1002", build, StringComparison.Ordinal);
            Assert.Contains("warning ECSA2001", build, StringComparison.Ordinal);
            Assert.Contains("warning ECSA3001", build, StringComparison.Ordinal);

            // One ID per run: dotnet format (SDK 10.0.401) fixing several IDs in one run sometimes skips the later ones
            // ("didn't return a Fix All action") even though each fix applies alone; see the README.
            foreach (var id in new[] { "ECSA1001", "ECSA1002", "ECSA2001", "ECSA3001" })
            {
                var format = Run(project, "format", "analyzers", "App.csproj", "--diagnostics", id, "--severity", "warn", "-v", "diag");
                Assert.DoesNotContain("Unable to fix", format, StringComparison.Ordinal);
            }

            var fixedSource = File.ReadAllText(source);
            Assert.Contains("NetworkMode = NetworkMode.Awsvpc", fixedSource, StringComparison.Ordinal);
            Assert.Contains("Cpu = \"256\"", fixedSource, StringComparison.Ordinal);
            Assert.Contains("Memory = \"512\"", fixedSource, StringComparison.Ordinal);
            Assert.Contains("TaskRoleArn = \"arn:aws:iam::<account-id>:role/<task-role>\"", fixedSource, StringComparison.Ordinal);
            Assert.Contains("EfsVolumeConfiguration = new EFSVolumeConfiguration { FileSystemId = \"fs-<efs-file-system-id>\"", fixedSource, StringComparison.Ordinal);

            var rebuild = Run(project, "build", "-p:TreatWarningsAsErrors=false", "-nodeReuse:false");
            Assert.DoesNotContain("ECSA", rebuild, StringComparison.Ordinal);

            // EcsAnalyzersMode Strict (the package's build/ presets) and a rule option in .editorconfig.
            File.WriteAllText(Path.Combine(project, "App.csproj"), File.ReadAllText(Path.Combine(project, "App.csproj"))
                .Replace("<PropertyGroup>", "<PropertyGroup>\n    <EcsAnalyzersMode>Strict</EcsAnalyzersMode>", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(project, ".editorconfig"), "root = true\n\n[*.cs]\necs_analyzers.ECSA6002.additional_secret_names = PIN\n");
            File.WriteAllText(Path.Combine(project, "Agent.cs"), Agent);
            var strict = Run(project, "build", "-p:TreatWarningsAsErrors=false", "-nodeReuse:false", "--no-incremental");
            Assert.Contains("warning ECSA6004", strict, StringComparison.Ordinal); // off by default, on in Strict
            Assert.Contains("warning ECSA6007", strict, StringComparison.Ordinal); // Info, a warning in Strict
            Assert.Contains("warning ECSA6002: Environment variable 'CARD_PIN'", strict, StringComparison.Ordinal); // the option's extra name
            // Task-definition JSON files: one inside the project (a default glob), one at the repository root's .aws/
            // (outside the project, added through the property), and a JSON file that is no task definition.
            Directory.CreateDirectory(Path.Combine(work.FullName, ".aws"));
            File.WriteAllText(Path.Combine(work.FullName, ".aws", "task-definition.json"), """
                {
                  "family": "web",
                  "taskRoleArn": "arn:aws:iam::123456789012:role/web",
                  "containerDefinitions": [
                    { "name": "app", "image": "nginx", "memory": "512" }
                  ]
                }
                """);
            File.WriteAllText(Path.Combine(project, "taskdef.json"), """
                {
                  "family": "worker",
                  "taskRoleArn": "arn:aws:iam::123456789012:role/worker",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "4096",
                  "containerDefinitions": [{ "name": "worker", "image": "nginx" }]
                }
                """);
            File.WriteAllText(Path.Combine(project, "appsettings.json"), """{ "family": "not checked", "cpu": 1 }""");
            File.WriteAllText(Path.Combine(project, "App.csproj"), File.ReadAllText(Path.Combine(project, "App.csproj"))
                .Replace("</PropertyGroup>", "  <EcsTaskDefinitionFiles>../.aws/task-definition.json</EcsTaskDefinitionFiles>\n  </PropertyGroup>", StringComparison.Ordinal));
            var files = Run(project, "build", "-p:TreatWarningsAsErrors=false", "-nodeReuse:false", expectSuccess: false);
            var outside = Path.Combine(work.FullName, ".aws", "task-definition.json");
            Assert.Contains(outside + "(5,50): error ECSA8003", files, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(project, "taskdef.json") + "(7,3): error ECSA1003", files, StringComparison.Ordinal);
            Assert.Contains("warning ECSA6009: Container 'worker' has no memory hard limit (memory):", files, StringComparison.Ordinal); // in JSON words, not "(Memory)"
            Assert.DoesNotContain("appsettings.json", files, StringComparison.Ordinal);

            // The default globs turned off: only the file named by the property is checked.
            var only = Run(project, "build", "-p:TreatWarningsAsErrors=false", "-p:EcsTaskDefinitionDefaultFiles=false", "-nodeReuse:false", expectSuccess: false);
            Assert.Contains(outside + "(5,50): error ECSA8003", only, StringComparison.Ordinal);
            Assert.DoesNotContain("taskdef.json", only, StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string Metadata(string key) =>
        typeof(PackageIntegrationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static string Run(string directory, params string[] args) => Run(directory, true, args);

    private static string Run(string directory, string a0, string a1, string a2, bool expectSuccess) => Run(directory, expectSuccess, a0, a1, a2);

    private static string Run(string directory, string a0, string a1, string a2, string a3, bool expectSuccess) => Run(directory, expectSuccess, a0, a1, a2, a3);

    private static string Run(string directory, bool expectSuccess, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', args)} timed out\n{output}");
        }

        process.WaitForExit();
        var text = output.ToString();
        if (expectSuccess)
        {
            Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} exited {process.ExitCode}\n{text}");
        }

        return text;
    }
}
