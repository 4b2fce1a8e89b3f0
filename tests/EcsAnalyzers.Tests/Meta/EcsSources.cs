using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcsAnalyzers.Tests.Meta;

/// <summary>Every C# source with ECS code the project has: the sample's files and the inputs of the rule tests (markup removed).</summary>
public static class EcsSources
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> All = new(Load);

    public static IReadOnlyList<(string Name, string Text)> Sources => All.Value;

    public static ImmutableArray<CodeFixProvider> Fixers { get; } =
        [.. typeof(EcsAnalyzers.CodeFixes.EcsCodeFixProvider).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(CodeFixProvider)) && !t.IsAbstract)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)];

    /// <summary>Removes Microsoft.CodeAnalysis.Testing markup: <c>{|ID:…|}</c>, <c>{|#0:…|}</c>, <c>[|…|]</c>.</summary>
    public static string StripMarkup(string text) =>
        Regex.Replace(text, @"\{\|[^:|{}]*:|\|\}|\[\||\|\]", "");

    public static OutputKind OutputKindOf(SyntaxTree tree) =>
        tree.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any() ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;

    public static CSharpCompilation Compile(string text, SdkVersion sdk = SdkVersion.V4, string path = "Test.cs")
    {
        var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path);
        return CSharpCompilation.Create("Ecs", [tree], SdkReferences.For(sdk), new CSharpCompilationOptions(OutputKindOf(tree)));
    }

    /// <summary>Runs the analyzer; returns its diagnostics and every exception it threw.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, List<Exception> Exceptions)> AnalyzeAsync(Compilation compilation)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (e, _, _) => { lock (exceptions) { exceptions.Add(e); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([new EcsRequestAnalyzer()], options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (diagnostics, exceptions);
    }

    private static IReadOnlyList<(string Name, string Text)> Load()
    {
        var list = new List<(string, string)>();
        foreach (var file in Directory.GetFiles(Path.Combine(SdkReferences.RepoRoot, "samples"), "*.cs", SearchOption.AllDirectories))
        {
            if (!file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                list.Add((Path.GetFileName(file), File.ReadAllText(file)));
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(SdkReferences.RepoRoot, "tests", "EcsAnalyzers.Tests", "Rules"), "*Tests.cs"))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            var index = 0;
            foreach (var token in root.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && token.ValueText.Contains("Amazon.ECS", StringComparison.Ordinal))
                {
                    list.Add(($"{Path.GetFileNameWithoutExtension(file)}#{index++}", StripMarkup(token.ValueText)));
                }
            }
        }

        return list;
    }
}
