using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using EcsAnalyzers;
using EcsAnalyzers.Benchmarks;
using EcsAnalyzers.CodeFixes;
using EcsAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;

// Measures what EcsAnalyzers costs on generated corpora, as ratios to compile time, next to Meziantou.Analyzer.
// Usage: dotnet run -c Release --project tests/EcsAnalyzers.Benchmarks [-- --write-docs] [--iterations N]
var writeDocs = args.Contains("--write-docs");
// Rounds per corpus: (a) and (b) are cheap and their analyzer time is a few hundred callbacks, which one garbage
// collection of the compiler's landing inside can double, so they get more rounds; (c) averages that out by itself.
var iterationsOption = args.SkipWhile(a => a != "--iterations").Skip(1).Select(int.Parse).FirstOrDefault(0);
var iterations = iterationsOption > 0 ? iterationsOption : 3;
var smallIterations = iterationsOption > 0 ? iterationsOption : 7;
const int Seed = 20261126;
var parse = new CSharpParseOptions(LanguageVersion.Latest);
var ordinary = Corpus.OrdinaryFiles(1000, Seed).Select(s => CSharpSyntaxTree.ParseText(s, parse)).ToImmutableArray();
var requestsB = Corpus.RequestFiles(1000, Seed + 1).Select(s => CSharpSyntaxTree.ParseText(s, parse)).ToImmutableArray();
var requestsC = Corpus.RequestFiles(10000, Seed + 1).Select(s => CSharpSyntaxTree.ParseText(s, parse)).ToImmutableArray();
var meziantou = LoadMeziantou();

if (args.Contains("--breakdown"))
{
    var bTrees = ordinary.AddRange(requestsB);
    for (var round = 0; round < 6; round++)
    {
        InstrumentedAnalyzer.Reset();
        var i1 = RunAnalyzers(CSharpCompilation.Create("I", bTrees, SdkReferences.For(SdkVersion.V4), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)), [new InstrumentedAnalyzer()]);
        var real = RunAnalyzers(CSharpCompilation.Create("I", bTrees, SdkReferences.For(SdkVersion.V4), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)), [new EcsRequestAnalyzer()]);
        Console.WriteLine($"corpus b: EcsRequestAnalyzer telemetry {real.Ms:F0} ms; instrumented copy: telemetry {i1.Ms:F0} ms, filter {InstrumentedAnalyzer.Filter.Elapsed.TotalMilliseconds:F0}, building operations {InstrumentedAnalyzer.Operations.Elapsed.TotalMilliseconds:F0}, read {InstrumentedAnalyzer.Read.Elapsed.TotalMilliseconds:F0}, rules {InstrumentedAnalyzer.Rules.Elapsed.TotalMilliseconds:F0} (of which reporting {InstrumentedAnalyzer.Reporting.Elapsed.TotalMilliseconds:F0}), bodies {InstrumentedAnalyzer.Bodies}, KB per body: materializing operations {InstrumentedAnalyzer.WalkBytes / 1024.0 / InstrumentedAnalyzer.Bodies:F1}, reading {InstrumentedAnalyzer.ReadBytes / 1024.0 / InstrumentedAnalyzer.Bodies:F1}");
    }

    return 0;
}

if (args.Contains("--rewrite-docs"))
{
    // Rewrites docs/performance.md's text around the last run's figures (after the text changed, without a new run).
    var doc = File.ReadAllLines(Path.Combine(SdkReferences.RepoRoot, "docs", "performance.md"));
    var lastRun = doc.First(l => l.StartsWith("Last run:", StringComparison.Ordinal));
    var figures = doc.SkipWhile(l => l != lastRun).SkipWhile(l => l != "```").Skip(1).TakeWhile(l => l != "```").ToList();
    WriteDocs(figures, lastRun);
    return 0;
}

if (args.Contains("--growth"))
{
    // (b) and (c) alone, EcsAnalyzers and the control in alternation: the spread of the (c)/(b) ratios.
    var rounds = Math.Max(iterations, 3);
    foreach (var (name, trees) in new[] { ("b", ordinary.AddRange(requestsB)), ("c", ordinary.AddRange(requestsC)) })
    {
        for (var round = 0; round < rounds; round++)
        {
            var ecs = new PauseAccountingAnalyzer(new EcsRequestAnalyzer());
            var e = RunAnalyzers(CSharpCompilation.Create("G", trees, SdkReferences.For(SdkVersion.V4), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)), [ecs]);
            var control = new PauseAccountingAnalyzer(new ConstantWorkAnalyzer());
            var k = RunAnalyzers(CSharpCompilation.Create("G", trees, SdkReferences.For(SdkVersion.V4), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)), [control]);
            Console.WriteLine($"corpus {name}: EcsAnalyzers telemetry {e.Ms:F0} ms, own work {e.Ms - ecs.Pauses.TotalMilliseconds:F0} ms | control telemetry {k.Ms:F0} ms, own work {k.Ms - control.Pauses.TotalMilliseconds:F0} ms");
        }
    }

    return 0;
}

if (args.Contains("--profile"))
{
    // EcsAnalyzers alone on corpus (b), round after round: a steady workload to attach a profiler to (dotnet-trace).
    for (var round = 0; round < Math.Max(iterations, 10); round++)
    {
        var pause = GC.GetTotalPauseDuration();
        var gcs = GC.CollectionCount(0);
        var accounting = new PauseAccountingAnalyzer(new EcsRequestAnalyzer());
        var run = RunAnalyzers(CSharpCompilation.Create("P", ordinary.AddRange(requestsB), SdkReferences.For(SdkVersion.V4), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)), [accounting]);
        Console.WriteLine($"corpus b: EcsRequestAnalyzer telemetry {run.Ms:F0} ms (pauses inside its callbacks {accounting.Pauses.TotalMilliseconds:F0} ms), wall {run.WallMs:F0} ms, {GC.CollectionCount(0) - gcs} collections pausing {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms");
    }

    return 0;
}

if (args.Contains("--ids"))
{
    // Which diagnostics corpus (b) produces, by ID (to check the corpus against the rules).
    var compilation = CSharpCompilation.Create("Ids", ordinary.AddRange(requestsB), SdkReferences.For(SdkVersion.V4), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    var found = compilation.WithAnalyzers([new EcsRequestAnalyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    foreach (var group in found.GroupBy(d => d.Id).OrderBy(g => g.Key))
    {
        Console.WriteLine($"{group.Key} {group.Count()}: {group.First().GetMessage(CultureInfo.InvariantCulture)}");
    }

    return 0;
}

if (args.Contains("--real-build"))
{
    // A real `dotnet build -p:ReportAnalyzer=true` of a generated project, as users measure it (RealBuild.cs).
    var configurations = args.SkipWhile(a => a != "--configurations").Skip(1).Select(int.Parse).FirstOrDefault(3);
    var realBuild = EcsAnalyzers.Benchmarks.RealBuild.Run(rounds: 3, configurations);
    if (writeDocs)
    {
        WriteRealBuild(realBuild);
    }

    return 0;
}

if (args.Contains("--ordinary"))
{
    // 1,000 ordinary files referencing AWSSDK.ECS, no request: EcsAnalyzers against an analyzer that registers the same
    // syntax-node actions and does nothing (what the driver charges for the callbacks themselves).
    var trees = ordinary;
    {
        var comp = CSharpCompilation.Create("O", trees, SdkReferences.For(SdkVersion.V4), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _ = comp.GetTypeByMetadataName("System.Object");
        var sw = Stopwatch.StartNew();
        var sdk = EcsAnalyzers.Sdk.EcsKnownTypes.TryCreate(comp)!;
        var t1 = sw.Elapsed.TotalMilliseconds;
        var filter = new EcsAnalyzers.CSharp.CreationFilter(sdk, comp, new EcsAnalyzers.CSharp.EcsFiles(comp));
        var t2 = sw.Elapsed.TotalMilliseconds;
        var n = 0;
        foreach (var tree in trees)
        {
            var model = comp.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().Where(EcsRequestAnalyzer.IsBody))
            {
                n += filter.MayCreateModelObject(node, model, default) ? 1 : 0;
            }
        }

        var t3 = sw.Elapsed.TotalMilliseconds;
        Console.WriteLine($"cold: TryCreate {t1:F0} ms, CreationFilter {t2 - t1:F0} ms, filter over every body {t3 - t2:F0} ms ({n} passed)");
    }

    for (var round = 0; round < 5; round++)
    {
        var e = RunAnalyzers(CSharpCompilation.Create("O", trees, SdkReferences.For(SdkVersion.V4), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)), [new EcsRequestAnalyzer()]);
        var n = RunAnalyzers(CSharpCompilation.Create("O", trees, SdkReferences.For(SdkVersion.V4), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)), [new BaselineAnalyzer()]);
        Console.WriteLine($"ordinary files with AWSSDK.ECS: EcsAnalyzers {e.Ms:F0} ms, a no-op analyzer with the same syntax-node actions {n.Ms:F0} ms");
    }

    return 0;
}

if (args.Contains("--pure"))
{
    // Pure work per request body in (b) and in (c), the machine-independent growth figure, without the rest of the run.
    var pb = PureCost(requestsB, 5, print: false);
    var pc = PureCost(requestsC, 3, print: false);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pure work per body: (b) {pb.Ms * 1000 / pb.Bodies:F1} us, (c) {pc.Ms * 1000 / pc.Bodies:F1} us, (c)/(b) {pc.Ms / pc.Bodies / (pb.Ms / pb.Bodies):F2}x (target <= 1.15)"));
    return 0;
}

if (args.Contains("--read-loop"))
{
    PureCost(requestsB, Math.Max(iterations, 10), print: true);
    return 0;
}

var lines = new List<string>();
var a = Measure("a", "1,000 ordinary files, no AWSSDK.ECS", ordinary, SdkReferences.NetOnly, requests: 0, smallIterations);
var b = Measure("b", "1,000 ordinary + 1,000 request files", ordinary.AddRange(requestsB), SdkReferences.For(SdkVersion.V4), requests: 1000, smallIterations);
var c = Measure("c", "1,000 ordinary + 10,000 request files", ordinary.AddRange(requestsC), SdkReferences.For(SdkVersion.V4), requests: 10000, iterations);

var noCallbacks = a.EcsActionsBeyondStart == 0;
lines.Add(Line(a) + $" | callbacks beyond compilation start: {a.EcsActionsBeyondStart} (target 0) {Verdict(noCallbacks)}");
lines.Add(Line(b) + $" | target <= 3%: telemetry {Verdict(b.Ratio <= 0.03)}, own work {Verdict(b.OwnRatio <= 0.03)}");
var pureB = PureCost(requestsB, 5, print: false);
var pureC = PureCost(requestsC, 3, print: false);
var pureGrowth = pureC.Ms / pureB.Ms;
var growth = c.EcsMs / b.EcsMs;
var ownGrowth = c.OwnMs / b.OwnMs;
var perBodyB = pureB.Ms * 1000 / pureB.Bodies;
var perBodyC = pureC.Ms * 1000 / pureC.Bodies;
var controlOwnGrowth = c.ControlOwnMs / b.ControlOwnMs;
// Growth judged as this machine allows (2 shared cores): pure work per body, and own work against the control's.
lines.Add(Line(c) + string.Create(CultureInfo.InvariantCulture, $" | pure work per body (reading and rules without the driver, fastest round): (b) {perBodyB:F1} us, (c) {perBodyC:F1} us, (c)/(b) {perBodyC / perBodyB:F2}x (target <= 1.15) {Verdict(perBodyC / perBodyB <= 1.15)}")
    + string.Create(CultureInfo.InvariantCulture, $" | (c)/(b) analyzer time: telemetry {growth:F1}x, own work {ownGrowth:F1}x; control analyzer (50 us per request body) own work {controlOwnGrowth:F1}x: EcsAnalyzers at most the control {Verdict(ownGrowth <= controlOwnGrowth)}")
    + string.Create(CultureInfo.InvariantCulture, $" (control: (b) {b.ControlMs:F0} ms, own work {b.ControlOwnMs:F0}; (c) {c.ControlMs:F0} ms, own work {c.ControlOwnMs:F0})"));
lines.Add(await MeasureFixesAsync());
foreach (var line in lines)
{
    Console.WriteLine(line);
}

if (writeDocs)
{
    WriteDocs(lines);
}

return 0;

// Reading and checking alone, on operation trees built beforehand, no collection inside a round: the fastest round's
// milliseconds and the number of bodies. The same work per body in (b) and (c) is what "linear in requests" means.
(double Ms, int Bodies) PureCost(ImmutableArray<SyntaxTree> requests, int rounds, bool print)
{
    // Reading alone, on operation trees built beforehand: the reader's own cost per body, for profiling.
    var compilation = CSharpCompilation.Create("R", ordinary.AddRange(requests), SdkReferences.For(SdkVersion.V4), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    var sdk = EcsAnalyzers.Sdk.EcsKnownTypes.TryCreate(compilation)!;
    var summaries = new EcsAnalyzers.CSharp.MethodSummaries(sdk, compilation);
    var roots = new List<IOperation>();
    foreach (var tree in requests)
    {
        var semantic = compilation.GetSemanticModel(tree);
        foreach (var body in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax>())
        {
            if (semantic.GetOperation(body) is { } root)
            {
                _ = Microsoft.CodeAnalysis.Operations.OperationExtensions.DescendantsAndSelf(root).Count();
                roots.Add(root);
            }
        }
    }

    var fastest = double.MaxValue;
    for (var round = 0; round < rounds; round++)
    {
        // Each model is checked and dropped at once, as in the analyzer; no collection runs inside a round, so the times
        // are the reader's and the rules' own work.
        CleanHeap();
        var noGc = GC.TryStartNoGCRegion(200L << 20);
        var read = new Stopwatch();
        var check = new Stopwatch();
        long readBytes = 0, ruleBytes = 0;
        var perRule = new Dictionary<string, long>();
        foreach (var root in roots)
        {
            var b0 = GC.GetAllocatedBytesForCurrentThread();
            read.Start();
            var model = EcsAnalyzers.CSharp.RequestReader.Read(summaries, root, null);
            read.Stop();
            var b1 = GC.GetAllocatedBytesForCurrentThread();
            readBytes += b1 - b0;
            check.Start();
            foreach (var rule in EcsAnalyzers.Rules.Rule.All)
            {
                if (round == 0)
                {
                    var r0 = GC.GetAllocatedBytesForCurrentThread();
                    rule.Check(model, static _ => { });
                    perRule[rule.Descriptor.Id] = perRule.GetValueOrDefault(rule.Descriptor.Id) + GC.GetAllocatedBytesForCurrentThread() - r0;
                }
                else
                {
                    rule.Check(model, static _ => { });
                }
            }

            check.Stop();
            ruleBytes += GC.GetAllocatedBytesForCurrentThread() - b1;
        }

        if (round == 0 && print)
        {
            Console.WriteLine("rules allocating most (bytes per body): " + string.Join(", ", perRule.OrderByDescending(p => p.Value).Take(8).Select(p => $"{p.Key} {p.Value / roots.Count}")));
        }

        if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }

        var total = read.Elapsed.TotalMilliseconds + check.Elapsed.TotalMilliseconds;
        fastest = Math.Min(fastest, total);
        if (print)
        {
            Console.WriteLine($"{roots.Count} bodies: read {read.Elapsed.TotalMilliseconds:F0} ms, {readBytes / 1024.0 / roots.Count:F1} KB per body; rules {check.Elapsed.TotalMilliseconds:F0} ms, {ruleBytes / 1024.0 / roots.Count:F1} KB per body");
        }
    }

    if (print)
    {
        Console.WriteLine($"fastest round: {fastest:F0} ms = {fastest * 1000 / roots.Count:F1} us per body");
    }

    return (fastest, roots.Count);
}

Result Measure(string id, string description, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, int requests, int rounds)
{
    CSharpCompilation Fresh() => CSharpCompilation.Create("Bench" + id, trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: true));

    var compile = new List<double>();
    var ecs = new List<double>();
    var own = new List<double>();
    var controlRaw = new List<double>();
    var controlOwn = new List<double>();
    var marginal = new List<double>();
    var mez = new List<double>();
    var alloc = new List<double>();
    var actions = 0;
    var diagnostics = 0;
    for (var i = 0; i < rounds + 1; i++) // the first round warms up and is dropped
    {
        var fresh = Fresh();
        CleanHeap();
        var sw = Stopwatch.StartNew();
        var emit = fresh.Emit(new MemoryStream());
        sw.Stop();
        if (!emit.Success)
        {
            throw new InvalidOperationException($"corpus {id} does not compile: {emit.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}");
        }

        var analyzer = new PauseAccountingAnalyzer(new EcsRequestAnalyzer());
        var (ecsTime, ecsTelemetry, ecsDiagnostics, ecsBytes, _) = RunAnalyzers(Fresh(), [analyzer]);
        var control = new PauseAccountingAnalyzer(new ConstantWorkAnalyzer());
        var (controlTime, _, _, _, _) = requests == 0 ? default : RunAnalyzers(Fresh(), [control]);
        var (_, _, _, baselineBytes, _) = RunAnalyzers(Fresh(), [new BaselineAnalyzer()]);
        var beside = new EcsRequestAnalyzer();
        var (_, besideTelemetry, _, _, _) = RunAnalyzers(Fresh(), [new OperationTreesAnalyzer(), beside]);
        var (mezTime, _, _, _, _) = RunAnalyzers(Fresh(), meziantou);
        if (i == 0)
        {
            continue;
        }

        compile.Add(sw.Elapsed.TotalMilliseconds);
        ecs.Add(ecsTime);
        own.Add(ecsTime - analyzer.Pauses.TotalMilliseconds);
        controlRaw.Add(controlTime);
        controlOwn.Add(controlTime - control.Pauses.TotalMilliseconds);
        marginal.Add(besideTelemetry[beside].ExecutionTime.TotalMilliseconds);
        mez.Add(mezTime);
        alloc.Add(requests == 0 ? 0 : Math.Max(0, ecsBytes - baselineBytes) / (double)requests);
        var t = ecsTelemetry[analyzer];
        actions = t.CodeBlockStartActionsCount + t.CodeBlockEndActionsCount + t.OperationBlockStartActionsCount + t.OperationActionsCount
            + t.OperationBlockEndActionsCount + t.SyntaxNodeActionsCount + t.SymbolActionsCount + t.SemanticModelActionsCount;
        diagnostics = ecsDiagnostics;
    }

    return new Result(id, description, Median(compile), Median(ecs), Median(own), Median(controlRaw), Median(controlOwn), Median(marginal), Median(mez), Median(alloc), actions, diagnostics);
}

// Each measured run starts from a collected heap, so that the garbage of the previous run (a whole compilation) is not
// collected, at the cost of whichever callback happens to run then, during the next one.
static void CleanHeap()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}

static (double Ms, ImmutableDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> Telemetry, int Diagnostics, long Bytes, double WallMs) RunAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
{
    // Sequential analysis: each callback's time is then its own work, not time spent waiting for a core.
    var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);

    // The compilation as analyzers receive it in a build: the .NET SDK's source generators (System.Text.Json, Regex,
    // LibraryImport, ... run by every SDK build before the analyzer driver starts) look types up by metadata name, which
    // binds the references and merges the declarations of every file. Without this, whichever analyzer asks first
    // (any compilation-start lookup) is charged for that compiler work.
    _ = compilation.GetTypeByMetadataName("System.Object");
    var with = compilation.WithAnalyzers(analyzers, options);
    CleanHeap();
    var before = GC.GetTotalAllocatedBytes(precise: true);
    var wall = Stopwatch.StartNew();
    var diagnostics = with.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
    wall.Stop();
    var bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
    var telemetry = ImmutableDictionary.CreateBuilder<DiagnosticAnalyzer, AnalyzerTelemetryInfo>();
    var total = 0.0;
    foreach (var analyzer in analyzers)
    {
        var info = with.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
        telemetry[analyzer] = info;
        total += info.ExecutionTime.TotalMilliseconds;
    }

    return (total, telemetry.ToImmutable(), diagnostics.Length, bytes, wall.Elapsed.TotalMilliseconds);
}

async Task<string> MeasureFixesAsync()
{
    // One 2,000-line file of request-building methods; time computing the fix (its changed document) for one diagnostic.
    var body = new StringBuilder("using System.Collections.Generic;\nusing Amazon.ECS;\nusing Amazon.ECS.Model;\n\npublic class Big\n{\n");
    var method = 0;
    while (body.ToString().Count(ch => ch == '\n') < 1990)
    {
        body.Append($$"""
                public async System.Threading.Tasks.Task Deploy{{method++}}(IAmazonECS ecs)
                {
                    var request = new RegisterTaskDefinitionRequest
                    {
                        Family = "svc",
                        RequiresCompatibilities = ["FARGATE"],
                        NetworkMode = NetworkMode.Bridge,
                        Volumes = [new Volume { Name = "data", Host = new HostVolumeProperties { SourcePath = "s3://bucket/data" } }],
                        ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "nginx", PortMappings = [new PortMapping { ContainerPort = 80, HostPort = 8080 }] }],
                    };
                    await ecs.RegisterTaskDefinitionAsync(request);
                }

            """);
    }

    body.Append("}\n");
    var workspace = new AdhocWorkspace();
    var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Fix", "Fix", LanguageNames.CSharp,
        compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary), parseOptions: parse, metadataReferences: SdkReferences.For(SdkVersion.V4)));
    var document = workspace.AddDocument(project.Id, "Big.cs", SourceText.From(body.ToString()));
    var lineCount = body.ToString().Count(ch => ch == '\n');
    var compilation = (await document.Project.GetCompilationAsync())!;
    var diagnostics = await compilation.WithAnalyzers([new EcsRequestAnalyzer()]).GetAnalyzerDiagnosticsAsync();
    var parts = new List<string>();
    var allFast = true;
    foreach (CodeFixProvider fixer in new CodeFixProvider[] { new FargateRequiresAwsvpcFixer(), new S3BucketAsVolumeFixer(), new MissingTaskRoleFixer() })
    {
        var id = fixer.FixableDiagnosticIds[0];
        var diagnostic = diagnostics.Where(d => d.Id == id).OrderBy(d => d.Location.SourceSpan.Start).ElementAt(diagnostics.Count(d => d.Id == id) / 2);
        var times = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var fresh = document.WithText(SourceText.From(body.ToString())); // no cached syntax or semantics between rounds
            var sw = Stopwatch.StartNew();
            var actions = new List<CodeAction>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(fresh, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(fresh.Id)!;
            _ = await changed.GetTextAsync();
            sw.Stop();
            if (i > 0)
            {
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        var median = Median(times);
        allFast &= median < 50;
        parts.Add($"{id} {median:F1} ms");
    }

    return $"fixes: one diagnostic in a {lineCount}-line file, median of 20: {string.Join(", ", parts)} | target < 50 ms {Verdict(allFast)}";
}

static ImmutableArray<DiagnosticAnalyzer> LoadMeziantou()
{
    var meta = typeof(Result).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(m => m.Key, m => m.Value);
    var roslyn = Version.Parse(meta["RoslynTestVersion"]!);
    var root = Path.Combine(meta["NuGetPackageRoot"]!, "meziantou.analyzer", meta["MeziantouAnalyzerVersion"]!, "analyzers", "dotnet");
    var folder = Directory.GetDirectories(root, "roslyn*")
        .Select(d => (Dir: d, Version: Version.Parse(Path.GetFileName(d).Substring("roslyn".Length))))
        .Where(x => x.Version <= roslyn).OrderByDescending(x => x.Version).First().Dir;
    var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
    foreach (var dll in Directory.GetFiles(Path.Combine(folder, "cs"), "*.dll"))
    {
        var assembly = Assembly.LoadFrom(dll);
        foreach (var type in assembly.GetTypes().Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp))))
        {
            analyzers.Add((DiagnosticAnalyzer)Activator.CreateInstance(type)!);
        }
    }

    return analyzers.ToImmutable();
}

static double Median(List<double> values)
{
    values.Sort();
    return values.Count == 0 ? 0 : values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
}

static string Verdict(bool ok) => ok ? "PASS" : "FAIL";

string Line(Result r) => string.Create(CultureInfo.InvariantCulture,
    $"corpus {r.Id} ({r.Description}): compile {r.CompileMs:F0} ms | EcsAnalyzers {r.EcsMs:F1} ms = {r.Ratio:P2} of compile, own work {r.OwnMs:F1} ms = {r.OwnRatio:P2} (the rest: the compiler's garbage collections pausing its callbacks) (beside an analyzer that walks every operation tree, as the SDK's CA analyzers do: {r.MarginalMs:F1} ms = {r.MarginalMs / r.CompileMs:P2}), {r.Diagnostics} diagnostics, {r.AllocPerRequest / 1024:F1} KB allocated per request | Meziantou.Analyzer {r.MeziantouMs:F0} ms = {r.MeziantouMs / r.CompileMs:P1}");

// The real-build section of docs/performance.md, between its markers (kept when the main run rewrites the file).
string RealBuildSection(List<string>? lines)
{
    var path = Path.Combine(SdkReferences.RepoRoot, "docs", "performance.md");
    if (lines is null)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : "";
        var start = text.IndexOf(EcsAnalyzers.Benchmarks.RealBuild.DocsStart, StringComparison.Ordinal);
        var end = text.IndexOf(EcsAnalyzers.Benchmarks.RealBuild.DocsEnd, StringComparison.Ordinal);
        return start >= 0 && end > start ? text.Substring(start, end - start + EcsAnalyzers.Benchmarks.RealBuild.DocsEnd.Length) : EcsAnalyzers.Benchmarks.RealBuild.DocsStart + "\n(not run yet)\n" + EcsAnalyzers.Benchmarks.RealBuild.DocsEnd;
    }

    var sb = new StringBuilder();
    sb.AppendLine(EcsAnalyzers.Benchmarks.RealBuild.DocsStart);
    sb.AppendLine("## In a real build");
    sb.AppendLine();
    sb.AppendLine("What users see: the time the compiler reports for EcsAnalyzers in a real build, against the Csc task's time, on a");
    sb.AppendLine("generated project of 600 ordinary files (a record, an interface and a service class each) referencing AWSSDK.ECS,");
    sb.AppendLine("alone, with one request file, and with the real task definitions of `../shared/taskdefs-corpus` written as C#");
    sb.AppendLine("initializers (`RealBuild.cs`). Each figure is the median of 3 builds after a warm-up build of");
    sb.AppendLine();
    sb.AppendLine("```");
    sb.AppendLine("dotnet build --no-incremental -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary");
    sb.AppendLine("```");
    sb.AppendLine();
    sb.AppendLine("Reproduce: `dotnet run -c Release --project tests/EcsAnalyzers.Benchmarks -- --real-build --write-docs`.");
    var load = File.Exists("/proc/loadavg") ? $", load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end" : "";
    sb.AppendLine($"Last run: {DateTime.UtcNow:yyyy-MM-dd}{load} on {Environment.ProcessorCount} cores.");
    sb.AppendLine();
    sb.AppendLine("```");
    foreach (var line in lines)
    {
        sb.AppendLine(line);
    }

    sb.AppendLine("```");
    sb.Append(EcsAnalyzers.Benchmarks.RealBuild.DocsEnd);
    return sb.ToString();
}

void WriteRealBuild(List<string> lines)
{
    var path = Path.Combine(SdkReferences.RepoRoot, "docs", "performance.md");
    var text = File.ReadAllText(path);
    var old = RealBuildSection(null);
    text = text.Contains(old, StringComparison.Ordinal) && text.Contains(EcsAnalyzers.Benchmarks.RealBuild.DocsStart, StringComparison.Ordinal)
        ? text.Replace(old, RealBuildSection(lines), StringComparison.Ordinal)
        : text.TrimEnd() + "\n\n" + RealBuildSection(lines) + "\n";
    File.WriteAllText(path, text);
    Console.WriteLine($"wrote {path}");
}

void WriteDocs(List<string> summary, string? lastRun = null)
{
    var path = Path.Combine(SdkReferences.RepoRoot, "docs", "performance.md");
    var realBuild = RealBuildSection(null);
    var sb = new StringBuilder();
    sb.AppendLine("# Performance");
    sb.AppendLine();
    sb.AppendLine("What EcsAnalyzers costs, measured in one process by `CompilationWithAnalyzers` with `logAnalyzerExecutionTime: true`");
    sb.AppendLine("(`GetAnalyzerTelemetryInfoAsync`), on generated corpora (fixed seed): (a) 1,000 ordinary C# files in a project without");
    sb.AppendLine("AWSSDK.ECS; (b) the same plus 1,000 files that each build a `RegisterTaskDefinitionRequest` (2-4 containers, volumes, port");
    sb.AppendLine("mappings, every reading shape, constant and unknown values; one file in three builds its containers with a factory");
    sb.AppendLine("and a health-check helper and sends through a wrapper, as real code does) and a `RunTaskRequest`; (c) as (b) with");
    sb.AppendLine("10,000 request files.");
    sb.AppendLine("As in a real code base, most requests are correct: about one request file in eleven mounts an S3 \"volume\" and one in");
    sb.AppendLine("seven forgets the task role, so every rule runs over every request and some report.");
    sb.AppendLine();
    sb.AppendLine($"- Compile time: `Compilation.Emit` of a fresh compilation (what the compiler does in a build). Every measured run");
    sb.AppendLine("  starts from a collected heap, so no run pays for collecting the previous run's garbage.");
    sb.AppendLine("- EcsAnalyzers time: its telemetry execution time, analyzing alone and sequentially (so a callback's time is its own");
    sb.AppendLine("  work, not time spent waiting for a core), on a compilation in the state analyzers receive it in an SDK build:");
    sb.AppendLine("  references bound and declarations merged (the SDK's source generators, which run before the analyzer driver, look");
    sb.AppendLine("  types up by metadata name; without that, the first analyzer to look a type up is charged for this compiler work).");
    sb.AppendLine("  The telemetry is wall time: garbage collections that the compiler's binding threads trigger while a callback runs");
    sb.AppendLine("  are charged to it. *Own work* is the telemetry less the collection pauses that fell inside EcsAnalyzers' callbacks");
    sb.AppendLine("  (a wrapper around the unchanged analyzer sums `GC.GetTotalPauseDuration()` across each callback; `PauseAccounting.cs`).");
    sb.AppendLine("  Alone, it also pays for materializing the operation trees of the bodies it");
    sb.AppendLine("  reads; *beside* an analyzer that walks every operation tree (as the .NET SDK's CA analyzers do in every default");
    sb.AppendLine("  build, and the IDE's analyzers in the editor) that work is shared, and the second figure is what EcsAnalyzers adds.");
    sb.AppendLine("- Allocations per request: bytes allocated while EcsAnalyzers runs alone, less those of a baseline analyzer that");
    sb.AppendLine("  registers the same callbacks and does nothing, divided by the number of request files.");
    sb.AppendLine("- Meziantou.Analyzer (all its C# analyzers, same settings) as a reference of what users already accept.");
    sb.AppendLine("- Pure work: reading and checking alone (`--read-loop`: operation trees built beforehand, no collection inside a");
    sb.AppendLine("  round, fastest round) on the request bodies of (b) and of (c). Equal cost per body means linear in requests,");
    sb.AppendLine("  whatever the machine does around the analyzer.");
    sb.AppendLine("- A control analyzer that does a fixed 50 us of work per request body and allocates nothing (linear by construction),");
    sb.AppendLine("  measured the same way: its (c)/(b) ratio shows what the telemetry makes of perfectly linear work on this machine.");
    sb.AppendLine($"- Medians of {smallIterations} rounds for (a) and (b), {iterations} for (c), after a warm-up round; tiered JIT off, so every round runs steady-state code as the");
    sb.AppendLine("  long-lived compiler server does; server GC, as `csc` and `VBCSCompiler` run (their runtimeconfig.json in the .NET SDK).");
    sb.AppendLine("- `--breakdown` prints where EcsAnalyzers' time goes on corpus (b); `--read-loop` its pure reading and rule cost per");
    sb.AppendLine("  body, without the driver; `--profile` analyzes corpus (b) round after round, to attach `dotnet-trace` to.");
    sb.AppendLine();
    sb.AppendLine("Reproduce:");
    sb.AppendLine();
    sb.AppendLine("```");
    sb.AppendLine("dotnet run -c Release --project tests/EcsAnalyzers.Benchmarks -- --write-docs");
    sb.AppendLine("```");
    sb.AppendLine();
    var load = File.Exists("/proc/loadavg") ? $", load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end" : "";
    sb.AppendLine(lastRun ?? $"Last run: {DateTime.UtcNow:yyyy-MM-dd}{load} on {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}.");
    sb.AppendLine();
    sb.AppendLine("```");
    foreach (var line in summary)
    {
        sb.AppendLine(line);
    }

    sb.AppendLine("```");
    sb.AppendLine();
    sb.AppendLine("Targets: (a) no callbacks at all without AWSSDK.ECS; (b) analyzer time at most 3% of compile time; growth from (b)");
    sb.AppendLine("to (c) judged the way this machine allows: pure work per request body in (c) at most 1.15x that in (b), and");
    sb.AppendLine("EcsAnalyzers' own-work (c)/(b) at most the control analyzer's in the same run; computing one fix in a 2,000-line");
    sb.AppendLine("file, median under 50 ms. (b) is judged on the figures measured alone. The compiler's collections are few");
    sb.AppendLine("and long here (8-10 per (b) run, about 100 ms each on 2 cores, longer with (c)'s larger heap): one landing inside");
    sb.AppendLine("EcsAnalyzers' callbacks can double a (b) round, and (c), with five times the heap, gets proportionally more and");
    sb.AppendLine("longer ones, so the telemetry's (c)/(b) overstates growth even for the control. Own work still includes the time");
    sb.AppendLine("a callback waits for a core while the compiler's and the collector's threads run, which also grows with (c): the");
    sb.AppendLine("control's own-work ratio shows that floor. `--growth` repeats (b) and (c) alone for EcsAnalyzers and the control.");
    sb.AppendLine("Compare medians, and use");
    sb.AppendLine("`--breakdown` for where the time goes and how much EcsAnalyzers allocates per body.");
    sb.AppendLine();
    sb.AppendLine(realBuild);
    File.WriteAllText(path, sb.ToString());
    Console.WriteLine($"wrote {path}");
}

internal sealed record Result(string Id, string Description, double CompileMs, double EcsMs, double OwnMs, double ControlMs, double ControlOwnMs, double MarginalMs, double MeziantouMs, double AllocPerRequest, int EcsActionsBeyondStart, int Diagnostics)
{
    public double Ratio => EcsMs / CompileMs;

    public double OwnRatio => OwnMs / CompileMs;
}

/// <summary>Walks the operation tree of every body and does nothing, as the SDK's own CA analyzers make every default build do.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class OperationTreesAnalyzer : DiagnosticAnalyzer
{
    // A descriptor is needed: the driver skips analyzers that can report nothing.
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [BaselineDescriptor.Instance];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
    }
}

/// <summary>Registers the same code-block and syntax callbacks as EcsAnalyzers and does nothing: the allocation baseline.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class BaselineAnalyzer : DiagnosticAnalyzer
{
    // A descriptor is needed: the driver skips analyzers that can report nothing.
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [BaselineDescriptor.Instance];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(static _ => { }, EcsRequestAnalyzer.BodyKinds);
    }
}

internal static class BaselineDescriptor
{
    public static readonly DiagnosticDescriptor Instance = new("BENCH0001", "Baseline", "Baseline", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);
}

/// <summary>EcsRequestAnalyzer's steps with a stopwatch each: where the time goes (--breakdown).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class InstrumentedAnalyzer : DiagnosticAnalyzer
{
    public static Stopwatch Filter = new(), Operations = new(), Read = new(), Rules = new(), Reporting = new();
    public static int Bodies;
    public static long WalkBytes, ReadBytes;

    public static void Reset()
    {
        Filter = new(); Operations = new(); Read = new(); Rules = new(); Reporting = new(); Bodies = 0; WalkBytes = 0; ReadBytes = 0;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => EcsAnalyzers.Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var sdk = EcsAnalyzers.Sdk.EcsKnownTypes.TryCreate(start.Compilation)!;
            var filter = new EcsAnalyzers.CSharp.CreationFilter(sdk, start.Compilation, new EcsAnalyzers.CSharp.EcsFiles(start.Compilation));
            var summaries = new EcsAnalyzers.CSharp.MethodSummaries(sdk, start.Compilation);
            start.RegisterSyntaxNodeAction(node =>
            {
                if (!EcsRequestAnalyzer.IsBody(node.Node))
                {
                    return;
                }

                Filter.Start();
                var ok = filter.MayCreateModelObject(node.Node, node.SemanticModel, node.CancellationToken);
                Filter.Stop();
                if (!ok) return;
                Operations.Start();
                var root = node.SemanticModel.GetOperation(node.Node, node.CancellationToken);
                Operations.Stop();
                if (root is null) return;
                Bodies++;
                var b0 = GC.GetAllocatedBytesForCurrentThread();
                foreach (var _ in Microsoft.CodeAnalysis.Operations.OperationExtensions.DescendantsAndSelf(root))
                {
                }

                var b1 = GC.GetAllocatedBytesForCurrentThread();
                Read.Start();
                var model = EcsAnalyzers.CSharp.RequestReader.Read(summaries, root, node.ContainingSymbol);
                Read.Stop();
                WalkBytes += b1 - b0;
                ReadBytes += GC.GetAllocatedBytesForCurrentThread() - b1;
                Rules.Start();
                foreach (var rule in EcsAnalyzers.Rules.Rule.All) rule.Check(model, d => { Reporting.Start(); node.ReportDiagnostic(d); Reporting.Stop(); });
                Rules.Stop();
            }, EcsRequestAnalyzer.BodyKinds);
        });
    }
}
