using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace EcsAnalyzers.Tests.Meta;

/// <summary>
/// Code being typed and code being edited, at scale: every sample and rule-test source cut at token boundaries, and
/// thousands of deterministic random token edits. The analyzer and every fixer that offers a fix must never throw and
/// must never report outside the file. Bounded: a few thousand small compilations.
/// </summary>
public class TypingAndMutationTests
{
    private const int Prefixes = 2400;
    private const int Mutations = 5000;

    [Fact]
    public async Task Every_prefix_sample_analyzes_without_exceptions()
    {
        var cuts = new List<(string Text, int Cut)>();
        foreach (var (_, text) in EcsSources.Sources)
        {
            foreach (var token in CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens())
            {
                cuts.Add((text, token.Span.End));
            }
        }

        var step = Math.Max(1, cuts.Count / Prefixes);
        var sample = cuts.Where((_, i) => i % step == 0).ToList();
        Assert.True(sample.Count >= 2000, $"only {sample.Count} prefixes");
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(sample, async (c, _) =>
        {
            var failure = await CheckAsync(c.Text.Substring(0, c.Cut), runFixers: false);
            if (failure is not null)
            {
                failures.Add(failure);
            }
        });
        Assert.True(failures.IsEmpty, failures.FirstOrDefault());
    }

    [Fact]
    public async Task Random_token_edits_break_neither_the_analyzer_nor_the_fixers()
    {
        var random = new Random(20261126);
        var sources = EcsSources.Sources.Select(s => (s.Text, Tokens: CSharpSyntaxTree.ParseText(s.Text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList())).ToList();
        var edits = new List<string>(Mutations);
        for (var i = 0; i < Mutations; i++)
        {
            var (text, tokens) = sources[random.Next(sources.Count)];
            edits.Add(Mutate(text, tokens, random));
        }

        var failures = new ConcurrentBag<string>();
        var fixed_ = 0;
        await Parallel.ForEachAsync(edits, async (edit, _) =>
        {
            var failure = await CheckAsync(edit, runFixers: true, onFix: () => Interlocked.Increment(ref fixed_));
            if (failure is not null)
            {
                failures.Add(failure);
            }
        });
        Assert.True(failures.IsEmpty, failures.FirstOrDefault());
        Assert.True(fixed_ > 500, $"fixers ran only {fixed_} times");
    }

    private static string Mutate(string text, List<SyntaxToken> tokens, Random random)
    {
        var a = tokens[random.Next(tokens.Count)];
        switch (random.Next(4))
        {
            case 0: // delete a token
                return text.Remove(a.SpanStart, a.Span.Length);
            case 1: // duplicate a token
                return text.Insert(a.Span.End, " " + a.Text);
            case 2: // swap two tokens
                var b = tokens[random.Next(tokens.Count)];
                if (a.SpanStart > b.SpanStart)
                {
                    (a, b) = (b, a);
                }

                if (a.Span.End > b.SpanStart)
                {
                    return text;
                }

                return text.Substring(0, a.SpanStart) + b.Text + text.Substring(a.Span.End, b.SpanStart - a.Span.End) + a.Text + text.Substring(b.Span.End);
            default: // replace a literal with a literal of another type
                var literals = tokens.Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.NumericLiteralToken) || t.IsKind(SyntaxKind.TrueKeyword) || t.IsKind(SyntaxKind.FalseKeyword) || t.IsKind(SyntaxKind.NullKeyword)).ToList();
                if (literals.Count == 0)
                {
                    return text;
                }

                var literal = literals[random.Next(literals.Count)];
                string[] replacements = ["42", "\"s3://bucket\"", "true", "null", "0", "-1", "3.5", "'c'", "\"FARGATE\"", "\"awsvpc\""];
                return text.Substring(0, literal.SpanStart) + replacements[random.Next(replacements.Length)] + text.Substring(literal.Span.End);
        }
    }

    /// <summary>Analyzes, checks locations, and (optionally) computes every offered fix of up to three diagnostics. Returns a failure or null.</summary>
    internal static async Task<string?> CheckAsync(string text, bool runFixers, Action? onFix = null, SdkVersion sdk = SdkVersion.V4)
    {
        try
        {
            var compilation = EcsSources.Compile(text, sdk);
            var tree = compilation.SyntaxTrees.Single();
            var (diagnostics, exceptions) = await EcsSources.AnalyzeAsync(compilation);
            if (exceptions.Count > 0)
            {
                return $"analyzer threw {exceptions[0]}\n--- source ---\n{text}";
            }

            foreach (var d in diagnostics)
            {
                if (d.Id == "AD0001" || !d.Location.IsInSource || d.Location.SourceTree != tree || d.Location.SourceSpan.IsEmpty || d.Location.SourceSpan.End > text.Length)
                {
                    return $"bad diagnostic {d}\n--- source ---\n{text}";
                }
            }

            if (!runFixers || diagnostics.IsEmpty)
            {
                return null;
            }

            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "M", "M", LanguageNames.CSharp,
                compilationOptions: compilation.Options, parseOptions: tree.Options, metadataReferences: compilation.References));
            var document = workspace.AddDocument(project.Id, "Test.cs", SourceText.From(text));
            var documentTree = await document.GetSyntaxTreeAsync();
            foreach (var d in diagnostics.Take(3))
            {
                var located = Diagnostic.Create(d.Descriptor, Location.Create(documentTree!, d.Location.SourceSpan),
                    d.AdditionalLocations.Select(l => Location.Create(documentTree!, l.SourceSpan)), d.Properties);
                foreach (var fixer in EcsSources.Fixers.Where(f => f.FixableDiagnosticIds.Contains(d.Id)))
                {
                    var actions = new List<CodeAction>();
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, located, (a, _) => actions.Add(a), CancellationToken.None));
                    foreach (var action in actions)
                    {
                        var operations = await action.GetOperationsAsync(CancellationToken.None);
                        _ = await operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!.GetTextAsync();
                        onFix?.Invoke();
                    }
                }
            }

            return null;
        }
        catch (Exception e)
        {
            return $"threw {e}\n--- source ---\n{text}";
        }
    }
}
