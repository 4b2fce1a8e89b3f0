using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using EcsAnalyzers.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EcsAnalyzers.Tests.Json;

/// <summary>The JSON front-end's table, its robustness, and the analyzer driver reading marked additional files.</summary>
public class TaskDefinitionFileReadingTests
{
    [Fact]
    public void The_shape_table_equals_api_json()
    {
        using var api = JsonDocument.Parse(File.ReadAllText(Path.Combine(SdkReferences.RepoRoot, "tests", "AwsSdkEcs.Replica", "api.json")));
        var types = api.RootElement.GetProperty("types");
        var expected = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        var pending = new Queue<string>(["RegisterTaskDefinitionRequest", "TaskDefinition"]);
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            if (expected.ContainsKey(name) || !types.TryGetProperty(name, out var type))
            {
                continue;
            }

            var properties = type.GetProperty("properties").EnumerateArray()
                .Select(p => p.GetProperty("name").GetString() + ":" + p.GetProperty("type").GetString()).ToArray();
            expected[name] = properties;
            foreach (var p in properties)
            {
                foreach (var word in p.Substring(p.IndexOf(':', StringComparison.Ordinal) + 1).Split('<', '>', ',', ' ', '.', '?'))
                {
                    pending.Enqueue(word);
                }
            }
        }

        Assert.Equal(expected.Keys, ServiceShapes.PropertiesByType.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (name, properties) in expected)
        {
            Assert.Equal(properties, ServiceShapes.PropertiesByType[name]);
        }
    }

    [Fact]
    public void Large_deep_and_garbage_files_give_a_finding_or_nothing_quickly()
    {
        var big = new StringBuilder("{ \"family\": \"big\", \"containerDefinitions\": [");
        for (var i = 0; i < 20_000; i++)
        {
            big.Append(i == 0 ? "" : ",").Append("{ \"name\": \"c").Append(i).Append("\", \"image\": \"nginx\", \"memory\": 128, \"environment\": [{ \"name\": \"A\", \"value\": \"").Append('x', 250).Append("\" }] }");
        }

        big.Append("] }");
        Assert.True(big.Length > 5_000_000);
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var deepTask = "{ \"family\": \"x\", \"containerDefinitions\": " + new string('[', 5_000) + new string(']', 5_000) + " }";
        var random = new Random(13);
        var garbage = new char[200_000];
        for (var i = 0; i < garbage.Length; i++)
        {
            garbage[i] = (char)random.Next(0, 0xD7FF);
        }

        var watch = Stopwatch.StartNew();
        Assert.Contains(VerifyJson.Diagnostics(big.ToString()), d => d.Id == "ECSA3001"); // read (its first 1,000 containers)
        Assert.Empty(VerifyJson.Diagnostics(deep));
        Assert.Empty(VerifyJson.Diagnostics(deepTask));
        Assert.Empty(VerifyJson.Diagnostics(new string(garbage)));
        Assert.Single(VerifyJson.Diagnostics("{ \"family\": \"x\", " + new string(garbage)), d => d.Id == "ECSA8001");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString());
    }

    [Fact]
    public void Every_prefix_of_a_task_definition_reads_without_an_exception()
    {
        var text = File.ReadAllText(Path.Combine(SdkReferences.RepoRoot, "samples", "EcsAnalyzers.Sample", "task-definition.json"));
        for (var i = 0; i <= text.Length; i++)
        {
            var found = VerifyJson.Diagnostics(text.Substring(0, i));
            Assert.True(i == text.Length || found.Count <= 1, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Through the analyzer driver: a marked additional file is read in a compilation without AWSSDK.ECS; an unmarked one is not.</summary>
    [Fact]
    public async Task The_driver_reads_marked_additional_files_without_the_sdk()
    {
        var compilation = CSharpCompilation.Create("App", [CSharpSyntaxTree.ParseText("class C { }")], SdkReferences.NetOnly, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        const string Json = "{ \"family\": \"web\", \"containerDefinitions\": [{ \"name\": \"app\", \"image\": \"nginx\", \"memory\": \"512\" }] }";
        var marked = new JsonFile("/repo/.aws/task-definition.json", Json);
        var unmarked = new JsonFile("/repo/appsettings.json", Json);
        var options = new AnalyzerOptions([marked, unmarked], new Options(marked.Path));
        var diagnostics = await compilation.WithAnalyzers([new EcsRequestAnalyzer()], options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var ids = diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Character + 1})").OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(["ECSA3001 /repo/.aws/task-definition.json(1)", "ECSA6007 /repo/.aws/task-definition.json(45)", "ECSA8003 /repo/.aws/task-definition.json(90)"], ids); // ECSA6004 and ECSA6009 are off by default: the driver drops them

        // The driver takes a diagnostic whose descriptor is the JSON variant (another instance, same ID) and keeps its JSON message.
        var missingRole = diagnostics.Single(d => d.Id == "ECSA3001");
        Assert.NotSame(Descriptors.ECSA3001_MissingTaskRole, missingRole.Descriptor);
        Assert.StartsWith("Task definition 'web' has no task role (taskRoleArn):", missingRole.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private sealed class JsonFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(string marked) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile.Path == marked ? new Values(TaskDefinitionFiles.MetadataKey, "true") : Values.Empty;
    }

    private sealed class Values(string? key = null, string? value = null) : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new();

        public override bool TryGetValue(string name, out string value)
        {
            value = name == key ? valueOf : null!;
            return name == key;
        }

        private readonly string valueOf = value!;
    }
}
