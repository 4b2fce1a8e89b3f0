using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EcsAnalyzers.Tests.Verifiers;

namespace EcsAnalyzers.Benchmarks;

/// <summary>
/// What users see: a real <c>dotnet build --no-incremental -p:ReportAnalyzer=true</c> of a generated project (600
/// ordinary files, each a record, an interface and a service class, referencing AWSSDK.ECS) with no request file, one,
/// and the real task definitions of <c>../shared/taskdefs-corpus</c> written as C# initializers; EcsAnalyzers' reported
/// time against the Csc task's, median of 5 builds each (<c>--real-build</c>).
/// </summary>
internal static class RealBuild
{
    /// <summary>The markers of the real-build section in docs/performance.md.</summary>
    public const string DocsStart = "<!-- real-build -->";

    public const string DocsEnd = "<!-- /real-build -->";

    private const int OrdinaryFiles = 600;

    /// <summary>Builds before the compiler server's figures count: its code (and the analyzers') is fully optimized by then.</summary>
    public const int ServerWarmUps = 4;

    public static List<string> Run(int rounds, int maxConfigurations = 3)
    {
        var root = Path.Combine(Path.GetTempPath(), "ecsanalyzers-realbuild");
        var analyzer = typeof(EcsRequestAnalyzer).Assembly.Location;
        var replica = Path.Combine(AppContext.BaseDirectory, "replica", "v4", "AWSSDK.ECS.dll");
        var corpus = Path.Combine(SdkReferences.RepoRoot, "..", "shared", "taskdefs-corpus");
        var api = JsonDocument.Parse(File.ReadAllText(Path.Combine(SdkReferences.RepoRoot, "tests", "AwsSdkEcs.Replica", "api.json"))).RootElement;
        var taskDefinitions = Directory.Exists(corpus) ? Directory.GetFiles(corpus, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList() : [];

        var lines = new List<string>();
        foreach (var (name, requests) in new[] { ("no request file", 0), ("1 request file", 1), ($"{taskDefinitions.Count} task definitions as C#", taskDefinitions.Count) }.Take(maxConfigurations))
        {
            if (requests > 0 && taskDefinitions.Count == 0)
            {
                continue;
            }

            var dir = Path.Combine(root, requests.ToString(CultureInfo.InvariantCulture));
            Generate(dir, analyzer, replica, api, taskDefinitions.Take(requests).ToList());

            // Two ways the compiler runs: a new csc process per build (this machine sets UseSharedCompilation=false in
            // its environment: every build loads and JIT-compiles the compiler and the analyzers anew; one warm-up build
            // fills the disk caches), and the compiler server the .NET SDK uses by default, which lives across a
            // developer's builds: the warm-up builds start it and let its tiered JIT replace the first, quickly compiled
            // code of the compiler and the analyzers (it takes a few builds), then more builds are measured.
            foreach (var server in new[] { false, true })
            {
                var ecs = new List<double>();
                var csc = new List<double>();
                var warmUps = server ? ServerWarmUps : 1;
                var measured = rounds;
                for (var i = 0; i < warmUps + measured; i++)
                {
                    var (ecsMs, cscMs) = Build(dir, server);
                    if (i >= warmUps)
                    {
                        ecs.Add(ecsMs);
                        csc.Add(cscMs);
                    }
                }

                if (server)
                {
                    ShutDownCompilerServer();
                }

                var e = Median(ecs);
                var c = Median(csc);
                var target = requests == 0 ? 0.003 : requests == 1 ? double.NaN : 0.03;
                var verdict = double.IsNaN(target) ? "" : $" | target <= {target:P1}: {(e / c <= target ? "PASS" : "FAIL")}";
                var mode = server ? $"compiler server (the SDK's default) after {warmUps} warm-up builds" : "csc per build (UseSharedCompilation=false)";
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"real build, {mode}, {OrdinaryFiles} ordinary files + {name}: EcsAnalyzers {e:F0} ms = {e / c:P2} of Csc {c:F0} ms (median of {measured}; each build: {string.Join(", ", ecs.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))} ms){verdict}"));
                Console.WriteLine(lines[^1]);
            }
        }

        return lines;
    }

    private static void ShutDownCompilerServer()
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", "build-server shutdown --vbcscompiler") { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }

    private static (double EcsMs, double CscMs) Build(string dir, bool server)
    {
        var start = new ProcessStartInfo("dotnet", "build --no-incremental -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary -nodeReuse:false -p:UseSharedCompilation=" + (server ? "true" : "false"))
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = server ? "true" : "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("build failed:\n" + output[^Math.Min(output.Length, 4000)..]);
        }

        // "   0.123    5   EcsAnalyzers, Version=..." in the analyzer report; "  1234 ms  Csc   1 calls" in the task summary.
        var ecs = Regex.Match(output, @"^\s*(?:(?<s>[0-9.]+)|<0\.001)\s+\S+\s+EcsAnalyzers, Version=", RegexOptions.Multiline);
        var csc = Regex.Match(output, @"^\s*(?<ms>[0-9]+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline);
        if (!csc.Success)
        {
            throw new InvalidOperationException("no Csc time in the build output");
        }

        var ecsMs = ecs.Success && ecs.Groups["s"].Success ? double.Parse(ecs.Groups["s"].Value, CultureInfo.InvariantCulture) * 1000 : 0;
        return (ecsMs, double.Parse(csc.Groups["ms"].Value, CultureInfo.InvariantCulture));
    }

    private static void Generate(string dir, string analyzer, string replica, JsonElement api, List<string> taskDefinitions)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "RealBuild.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <NoWarn>$(NoWarn);CS1998;CS8618;CS0105</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="AWSSDK.ECS" HintPath="{replica}" />
                <PackageReference Include="AWSSDK.Core" Version="{CoreVersion()}" />
                <Analyzer Include="{analyzer}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
        // The real task definitions have mistakes: errors must not stop the build (as in the sample, lowered to warnings).
        File.WriteAllText(Path.Combine(dir, ".globalconfig"), string.Join("\n", new[] { "is_global = true" }
            .Concat(new[] { "EcsFargate", "EcsStorage", "EcsIam", "EcsNetworking", "EcsContainers", "EcsSecurity", "EcsManagedInstances", "EcsSdkUsage" }
                .Select(c => $"dotnet_analyzer_diagnostic.category-{c}.severity = warning"))) + "\n");
        File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");
        for (var i = 0; i < OrdinaryFiles; i++)
        {
            File.WriteAllText(Path.Combine(dir, $"Ordinary{i}.cs"), Ordinary(i));
        }

        for (var i = 0; i < taskDefinitions.Count; i++)
        {
            var json = JsonDocument.Parse(File.ReadAllText(taskDefinitions[i]), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement;
            if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("taskDefinition", out var wrapped))
            {
                json = wrapped;
            }

            var body = Initializer(api, "RegisterTaskDefinitionRequest", json, "            ");
            File.WriteAllText(Path.Combine(dir, $"TaskDefinition{i}.cs"), $$"""
                using System.Collections.Generic;
                using Amazon.ECS;
                using Amazon.ECS.Model;

                namespace RealBuild.Deploy;

                public sealed class TaskDefinition{{i}}(IAmazonECS ecs)
                {
                    public System.Threading.Tasks.Task RegisterAsync() => ecs.RegisterTaskDefinitionAsync({{body}});
                }
                """);
        }

        var restore = Process.Start(new ProcessStartInfo("dotnet", "restore") { WorkingDirectory = dir, RedirectStandardOutput = true })!;
        restore.StandardOutput.ReadToEnd();
        restore.WaitForExit();
    }

    private static string CoreVersion() =>
        Regex.Match(File.ReadAllText(Path.Combine(SdkReferences.RepoRoot, "Directory.Packages.props")), "<AwsSdkCoreV4Version>([^<]+)<").Groups[1].Value;

    private static string Ordinary(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace RealBuild.Domain{{i % 20}};

        public sealed record Customer{{i}}(int Id, string Name, string Email, DateTime Since);

        public interface ICustomerStore{{i}}
        {
            Customer{{i}}? Find(int id);
            IReadOnlyList<Customer{{i}}> Recent(int take);
            void Save(Customer{{i}} customer);
        }

        public sealed class CustomerService{{i}}(ICustomerStore{{i}} store)
        {
            private readonly Dictionary<int, int> _visits = new();

            public string Describe(int id)
            {
                var customer = store.Find(id) ?? throw new ArgumentException($"no customer {id}", nameof(id));
                _visits[id] = _visits.TryGetValue(id, out var n) ? n + 1 : 1;
                return $"{customer.Name} <{customer.Email}> since {customer.Since:yyyy-MM-dd}, {_visits[id]} visits";
            }

            public IEnumerable<string> Newsletter(int take) =>
                store.Recent(take).Where(c => c.Email.Contains('@')).OrderBy(c => c.Since).Select(c => c.Email.ToLowerInvariant());

            public void Rename(int id, string name)
            {
                if (store.Find(id) is { } customer)
                {
                    store.Save(customer with { Name = name.Trim() });
                }
            }
        }
        """;

    /// <summary>A JSON value written as a C# expression of the SDK type <paramref name="type"/> (api.json's type names).</summary>
    private static string? Expression(JsonElement api, string type, JsonElement value, string indent)
    {
        type = type.TrimEnd('?');
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (type.StartsWith("List<", StringComparison.Ordinal))
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var item = type[5..^1];
            var items = value.EnumerateArray().Select(v => Expression(api, item, v, indent + "    ")).Where(e => e is not null).ToList();
            return items.Count == 0 ? "[]" : "[" + string.Join(", ", items) + "]";
        }

        if (type.StartsWith("Dictionary<", StringComparison.Ordinal))
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var entries = value.EnumerateObject().Select(p => $"[{Literal(p.Name)}] = {Literal(Text(p.Value))}");
            return "new Dictionary<string, string> { " + string.Join(", ", entries) + " }";
        }

        switch (type)
        {
            case "string":
                return Literal(Text(value));
            case "int":
                return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i) ? i.ToString(CultureInfo.InvariantCulture)
                    : value.ValueKind == JsonValueKind.String && int.TryParse(Text(value), out var n) ? n.ToString(CultureInfo.InvariantCulture) : null;
            case "long":
                return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var l) ? l.ToString(CultureInfo.InvariantCulture) + "L" : null;
            case "double":
                return value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;
            case "bool":
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? (value.GetBoolean() ? "true" : "false") : null;
            case "DateTime":
                return null;
        }

        if (api.GetProperty("types").TryGetProperty(type, out _))
        {
            return value.ValueKind == JsonValueKind.Object ? Initializer(api, type, value, indent) : null;
        }

        return Literal(Text(value)); // a ConstantClass: the implicit string conversion
    }

    private static string Initializer(JsonElement api, string type, JsonElement value, string indent)
    {
        var properties = api.GetProperty("types").GetProperty(type).GetProperty("properties").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("type").GetString()!, StringComparer.OrdinalIgnoreCase);
        var sb = new StringBuilder("new ").Append(type == "KeyValuePair" ? "Amazon.ECS.Model.KeyValuePair" : type).Append('\n').Append(indent).Append("{\n");
        var settings = new List<(string Name, string Expression)>();
        foreach (var member in value.EnumerateObject())
        {
            var name = properties.Keys.FirstOrDefault(k => string.Equals(k, member.Name, StringComparison.OrdinalIgnoreCase));
            if (name is null || Expression(api, properties[name], member.Value, indent + "    ") is not { } expression)
            {
                continue; // read-only keys of a described task definition, and what the SDK does not have
            }

            settings.RemoveAll(s => s.Name == name); // a key given twice: the last one counts, as in the AWS CLI
            settings.Add((name, expression));
        }

        foreach (var (name, expression) in settings)
        {
            sb.Append(indent).Append("    ").Append(name).Append(" = ").Append(expression).Append(",\n");
        }

        return sb.Append(indent).Append('}').ToString();
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static string Literal(string text) => "@\"" + text.Replace("\"", "\"\"") + "\"";

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
