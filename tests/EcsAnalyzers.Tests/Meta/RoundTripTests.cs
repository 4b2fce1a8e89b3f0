using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace EcsAnalyzers.Tests.Meta;

/// <summary>
/// For the sample and every rule-test input: Fix All (solution scope) for every ECSA diagnostic with a fix, recompile, and
/// check that no compiler error or warning appeared, that the fixed diagnostics are gone, and that a second Fix All has
/// nothing left to do.
/// </summary>
public class RoundTripTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in EcsSources.Sources)
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void There_are_sources_to_round_trip() => Assert.True(EcsSources.Sources.Count > 40, EcsSources.Sources.Count.ToString());

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Fix_all_leaves_compiling_code_without_the_fixed_diagnostics(string name)
    {
        var text = EcsSources.Sources.Single(s => s.Name == name).Text;
        var document = CreateDocument(text);
        var before = await CompilerDiagnosticsAsync(document.Project);
        foreach (var fixer in EcsSources.Fixers)
        {
            foreach (var id in fixer.FixableDiagnosticIds)
            {
                // One Fix All per equivalence key (a rule may offer different fixes for different findings), until no
                // diagnostic of the rule is offered a fix; findings the rule deliberately leaves without one may remain.
                var current = document;
                for (var pass = 0; pass < 4; pass++)
                {
                    var fixedDocument = await FixAllAsync(current, fixer, id);
                    if (fixedDocument is null)
                    {
                        break;
                    }

                    var after = await CompilerDiagnosticsAsync(fixedDocument.Project);
                    foreach (var group in after.GroupBy(d => d.Id))
                    {
                        Assert.True(group.Count() <= before.Count(d => d.Id == group.Key), $"{name}: Fix All of {id} added {group.Key}: {group.First()}\n{await fixedDocument.GetTextAsync()}");
                    }

                    current = fixedDocument;
                }

                var stillFixable = await FixableAsync(current, fixer, id);
                Assert.True(stillFixable.Count == 0, $"{name}: {id} remains fixable after Fix All: {string.Join("; ", stillFixable)}\n{await current.GetTextAsync()}");
            }
        }
    }

    private static Document CreateDocument(string text)
    {
        var workspace = new AdhocWorkspace();
        var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest));
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "RoundTrip", "RoundTrip", LanguageNames.CSharp,
            // Rules off by default are turned on: their fixes round-trip too.
            compilationOptions: new CSharpCompilationOptions(EcsSources.OutputKindOf(tree)).WithSpecificDiagnosticOptions(
                Descriptors.All.Where(d => !d.IsEnabledByDefault).Select(d => new KeyValuePair<string, ReportDiagnostic>(d.Id, ReportDiagnostic.Warn))),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: SdkReferences.For(SdkVersion.V4)));
        return workspace.AddDocument(project.Id, "Test.cs", SourceText.From(text));
    }

    private static async Task<List<Diagnostic>> CompilerDiagnosticsAsync(Project project) =>
        (await project.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        var (diagnostics, exceptions) = await EcsSources.AnalyzeAsync((await project.GetCompilationAsync())!);
        Assert.Empty(exceptions);
        return diagnostics;
    }

    /// <summary>The diagnostics of <paramref name="id"/> for which the fixer offers a fix, each with the first fix's equivalence key.</summary>
    private static async Task<List<(Diagnostic Diagnostic, string? Key)>> FixableAsync(Document document, CodeFixProvider fixer, string id)
    {
        var result = new List<(Diagnostic, string?)>();
        foreach (var diagnostic in (await AnalyzeAsync(document.Project)).Where(d => d.Id == id))
        {
            var actions = new List<CodeAction>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
            if (actions.Count > 0)
            {
                result.Add((diagnostic, actions[0].EquivalenceKey));
            }
        }

        return result;
    }

    /// <summary>Fix All in solution scope, as the IDE does it, for the first fixable diagnostic's fix; null when nothing is fixable.</summary>
    private static async Task<Document?> FixAllAsync(Document document, CodeFixProvider fixer, string id)
    {
        var fixable = await FixableAsync(document, fixer, id);
        if (fixable.Count == 0)
        {
            return null;
        }

        var diagnostics = (await AnalyzeAsync(document.Project)).Where(d => d.Id == id).ToImmutableArray();
        var context = new FixAllContext(document, fixer, FixAllScope.Solution, fixable[0].Key, [id], new Provider(diagnostics), CancellationToken.None);
        var fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(fixAll);
        var operations = await fixAll!.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return solution.GetDocument(document.Id);
    }

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
