using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using EcsAnalyzers.Model;
using EcsAnalyzers.Rules;
using EcsAnalyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EcsAnalyzers.CSharp;

/// <summary>
/// One compilation's analysis of C# bodies: the syntax gate, the reader, the rules, and the one filter on what they
/// find: a finding about a value from a helper that the helper's own body already reports (at its own line, with its
/// fix) is not repeated at the call. Thread-safe: the driver calls it concurrently.
/// </summary>
internal sealed class BodyAnalysis
{
    private readonly ConcurrentDictionary<SyntaxNode, HashSet<(string Id, TextSpan Span)>> _helperFindings = new();
    private int _helperFindingsCount;

    private readonly Options.EcsOptionsCache _options;

    public BodyAnalysis(EcsKnownTypes sdk, Compilation compilation, EcsFiles files, Options.EcsOptionsCache? options = null)
    {
        _options = options ?? new Options.EcsOptionsCache(null);
        Summaries = new MethodSummaries(sdk, compilation);
        Filter = new CreationFilter(sdk, compilation, files);
    }

    public MethodSummaries Summaries { get; }

    public CreationFilter Filter { get; }

    /// <summary>Reads one body (when its syntax may create or obtain an SDK object), checks it, and reports what is new.</summary>
    public void Analyze(SyntaxNode body, SemanticModel model, ISymbol? owner, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        if (Find(body, model, owner, cancellationToken) is not var (root, found))
        {
            return;
        }

        foreach (var diagnostic in found)
        {
            if (!IsReportedByHelper(diagnostic, root, found, cancellationToken))
            {
                report(diagnostic);
            }
        }
    }

    /// <summary>What the rules find in one body, before the filter; null when its syntax shows no SDK object.</summary>
    private (IOperation Root, List<Diagnostic> Found)? Find(SyntaxNode body, SemanticModel model, ISymbol? owner, CancellationToken cancellationToken)
    {
        // Syntax first: the operations of ordinary bodies are never built.
        if (!Filter.MayCreateModelObject(body, model, cancellationToken) || model.GetOperation(body, cancellationToken) is not { } root)
        {
            return null;
        }

        var read = RequestReader.Read(Summaries, root, owner, cancellationToken);
        read.Options = _options.For(body.SyntaxTree);
        var found = new List<Diagnostic>();
        foreach (var rule in Rule.All)
        {
            rule.Check(read, found.Add);
        }

        return (root, found);
    }

    /// <summary>
    /// The diagnostic came from a helper's line (an additional location: the write, or the value an intermediate helper
    /// wrote), and the body holding that line reports the same rule there on its own: the helper's finding stands, the
    /// call's would repeat it.
    /// </summary>
    private bool IsReportedByHelper(Diagnostic diagnostic, IOperation root, List<Diagnostic> found, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.ContainsKey(FixData.NotFixable))
        {
            return false;
        }

        foreach (var helper in diagnostic.AdditionalLocations)
        {
            if (helper.SourceTree is { } tree && IsReportedAt(diagnostic.Id, tree, helper.SourceSpan, root, found, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsReportedAt(string id, SyntaxTree tree, TextSpan span, IOperation root, List<Diagnostic> found, CancellationToken cancellationToken)
    {
        if (tree == root.Syntax.SyntaxTree && root.Syntax.FullSpan.Contains(span))
        {
            // A local function or lambda of this body: its own creations were read with the body.
            foreach (var other in found)
            {
                if (other.Id == id && other.Location.SourceTree == tree && other.Location.SourceSpan == span)
                {
                    return true;
                }
            }

            return false;
        }

        var node = tree.GetRoot(cancellationToken).FindNode(span, getInnermostNodeForTie: true);
        return BodyOwner(node) is { } body && FindingsOf(body, cancellationToken).Contains((id, span));
    }

    /// <summary>What the body that declares <paramref name="body"/> reports on its own, computed once per compilation (at most <see cref="MethodSummaries.BodyCapacity"/> bodies kept).</summary>
    private HashSet<(string Id, TextSpan Span)> FindingsOf(SyntaxNode body, CancellationToken cancellationToken)
    {
        if (_helperFindings.TryGetValue(body, out var known))
        {
            return known;
        }

        var findings = new HashSet<(string Id, TextSpan Span)>();
#pragma warning disable RS1030 // The helper's own body, as the driver reads it: the driver's semantic model provider caches the model.
        var model = Summaries.Compilation.GetSemanticModel(body.SyntaxTree);
#pragma warning restore RS1030
        if (Find(body, model, model.GetDeclaredSymbol(body, cancellationToken), cancellationToken) is var (_, found))
        {
            foreach (var diagnostic in found)
            {
                findings.Add((diagnostic.Id, diagnostic.Location.SourceSpan));
            }
        }

        if (Interlocked.Increment(ref _helperFindingsCount) <= MethodSummaries.BodyCapacity)
        {
            _helperFindings.TryAdd(body, findings);
        }

        return findings;
    }

    /// <summary>The member declaration whose body holds <paramref name="node"/> (local functions and lambdas belong to their member).</summary>
    private static SyntaxNode? BodyOwner(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax:
                    return current;
                case ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax }:
                    return current;
            }
        }

        return null;
    }
}
