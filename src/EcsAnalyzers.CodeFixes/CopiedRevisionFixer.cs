using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using EcsAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcsAnalyzers.CodeFixes;

/// <summary>
/// ECSA9002: copies the settings left behind from the same <c>TaskDefinition</c> value, where the copy already is: into
/// the initializer, in its own layout, when the last copied setting is written there; else as statements right after the
/// last copying statement (<c>request.Volumes = td.Volumes;</c>), where the value is in scope.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CopiedRevisionFixer)), Shared]
public sealed class CopiedRevisionFixer : EcsCodeFixProvider
{
    public const string EquivalenceKey = "ECSA9002_CopyMissingSettings";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.IncompleteRevisionCopy);

    protected override Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(CopiedRevisionRule.Copy, out var names) || string.IsNullOrEmpty(names)
            || !diagnostic.Properties.TryGetValue(CopiedRevisionRule.From, out var from) || string.IsNullOrEmpty(from)
            || diagnostic.AdditionalLocations.Count != 1
            || SyntaxEdits.CreationAt(root, diagnostic.Location.SourceSpan) is not { } creation
            || AssignmentAt(root, diagnostic.AdditionalLocations[0]) is not { } last
            || SyntaxFactory.ParseExpression(from!) is not { ContainsDiagnostics: false } source)
        {
            return None();
        }

        var settings = names!.Split(FixData.Separator);
        var title = "Copy " + (settings.Length == 1 ? settings[0] : "the " + settings.Length + " settings left behind") + " from '" + from + "'";
        if (last.Parent is InitializerExpressionSyntax initializer && initializer.Parent == creation)
        {
            var updated = creation;
            foreach (var setting in settings)
            {
                updated = SyntaxEdits.AddProperty(updated, setting, Read(source, setting));
            }

            return One(CodeAction.Create(title, _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(creation, updated))), EquivalenceKey));
        }

        if (last.Parent is ExpressionStatementSyntax statement && last.Left is MemberAccessExpressionSyntax { Expression: var receiver }
            && statement.Parent is BlockSyntax or GlobalStatementSyntax)
        {
            var indentation = Indentation(statement.GetLeadingTrivia());
            var lineEnd = LineEnd(statement.GetTrailingTrivia());
            var statements = new List<StatementSyntax>(settings.Length);
            foreach (var setting in settings)
            {
                statements.Add(SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(
                        SyntaxKind.SimpleAssignmentExpression,
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver.WithoutTrivia(), SyntaxFactory.IdentifierName(setting)),
                        Read(source, setting)))
                    .WithLeadingTrivia(indentation)
                    .WithTrailingTrivia(lineEnd));
            }

            SyntaxNode anchor = statement.Parent is GlobalStatementSyntax global ? global : statement;
            var added = anchor is GlobalStatementSyntax
                ? (IEnumerable<SyntaxNode>)statements.ConvertAll(s => (SyntaxNode)SyntaxFactory.GlobalStatement(s))
                : statements;
            return One(CodeAction.Create(title, _ => Task.FromResult(document.WithSyntaxRoot(root.InsertNodesAfter(anchor, added))), EquivalenceKey));
        }

        return None();
    }

    /// <summary><c>td.Volumes</c>.</summary>
    private static ExpressionSyntax Read(ExpressionSyntax source, string setting) =>
        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, source.WithoutTrivia(), SyntaxFactory.IdentifierName(setting));

    private static AssignmentExpressionSyntax? AssignmentAt(SyntaxNode root, Location location)
    {
        for (var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true); node is not null; node = node.Parent)
        {
            if (node is AssignmentExpressionSyntax assignment && assignment.Span == location.SourceSpan)
            {
                return assignment;
            }
        }

        return null;
    }

    /// <summary>The whitespace that starts the statement's own line (comments and blank lines above it stay where they are).</summary>
    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var start = leading.Count;
        while (start > 0 && leading[start - 1].IsKind(SyntaxKind.WhitespaceTrivia))
        {
            start--;
        }

        var indentation = SyntaxFactory.TriviaList();
        for (var i = start; i < leading.Count; i++)
        {
            indentation = indentation.Add(leading[i]);
        }

        return indentation;
    }

    /// <summary>The statement's own end of line (a trailing comment stays with it).</summary>
    private static SyntaxTriviaList LineEnd(SyntaxTriviaList trailing)
    {
        foreach (var trivia in trailing)
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return SyntaxFactory.TriviaList(trivia);
            }
        }

        return SyntaxFactory.TriviaList(SyntaxFactory.ElasticCarriageReturnLineFeed);
    }
}
