using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcsAnalyzers.CodeFixes;

/// <summary>Small syntax edits shared by the fixers: add a property to an initializer, remove a setting, build SDK references.</summary>
internal static class SyntaxEdits
{
    /// <summary>
    /// The shortest name for an SDK type at <paramref name="position"/>: <c>NetworkMode</c> when the file's usings bring it in,
    /// else <c>Amazon.ECS.NetworkMode</c>. Computed here rather than left to the simplifier, so a fix changes as little text
    /// as possible (tools such as dotnet format apply several fixes to one document in a row).
    /// </summary>
    public static string TypeName(SemanticModel model, int position, string qualifiedName)
    {
        var simple = qualifiedName.Substring(qualifiedName.LastIndexOf('.') + 1);
        var found = model.LookupNamespacesAndTypes(position, name: simple);
        return found.Length == 1 && found[0].ToDisplayString() == qualifiedName ? simple : qualifiedName;
    }

    public static ExpressionSyntax String(string value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    /// <summary>
    /// Adds <c>name = value</c> to the object creation's initializer (creating one if needed), in the layout the
    /// initializer already uses: one member per line when it is multi-line, with or without a trailing comma.
    /// </summary>
    public static BaseObjectCreationExpressionSyntax AddProperty(BaseObjectCreationExpressionSyntax creation, string name, ExpressionSyntax value)
    {
        var assignment = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(name), value);
        var initializer = creation.Initializer;
        if (initializer is null)
        {
            var created = SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(assignment.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)));
            var trailing = creation.GetTrailingTrivia();
            var bare = creation.WithoutTrailingTrivia();
            var withSpace = bare is ObjectCreationExpressionSyntax { ArgumentList: null } oc ? oc.WithType(oc.Type.WithTrailingTrivia(SyntaxFactory.Space)) : bare.WithTrailingTrivia(SyntaxFactory.Space);
            return withSpace.WithInitializer(created).WithTrailingTrivia(trailing);
        }

        var expressions = initializer.Expressions;
        if (expressions.Count == 0)
        {
            return creation.WithInitializer(initializer.WithExpressions(
                SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(assignment.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space))));
        }

        var text = initializer.SyntaxTree.GetText();
        var multiLine = text.Lines.GetLineFromPosition(initializer.OpenBraceToken.SpanStart).LineNumber
            != text.Lines.GetLineFromPosition(initializer.CloseBraceToken.SpanStart).LineNumber;
        var last = expressions[expressions.Count - 1];
        var trailingComma = expressions.SeparatorCount == expressions.Count;
        var nodes = new System.Collections.Generic.List<SyntaxNodeOrToken>();
        for (var i = 0; i < expressions.Count; i++)
        {
            nodes.Add(i == expressions.Count - 1 && !trailingComma ? expressions[i].WithoutTrailingTrivia() : expressions[i]);
            if (i < expressions.SeparatorCount)
            {
                nodes.Add(expressions.GetSeparator(i));
            }
            else
            {
                nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiLine ? LineEnd(last.GetTrailingTrivia()) : SyntaxFactory.TriviaList(SyntaxFactory.Space)));
            }
        }

        var added = assignment.WithLeadingTrivia(multiLine ? last.GetLeadingTrivia() : default);
        if (trailingComma)
        {
            nodes.Add(added);
            nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(expressions.GetSeparator(expressions.SeparatorCount - 1).TrailingTrivia));
        }
        else
        {
            nodes.Add(added.WithTrailingTrivia(multiLine ? last.GetTrailingTrivia() : SyntaxFactory.TriviaList(SyntaxFactory.Space)));
        }

        return creation.WithInitializer(initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodes)));
    }

    private static SyntaxTriviaList LineEnd(SyntaxTriviaList trailing) =>
        trailing.Any(SyntaxKind.EndOfLineTrivia) ? trailing : trailing.Add(SyntaxFactory.ElasticCarriageReturnLineFeed);

    /// <summary>The object creation a diagnostic about something missing points at (<c>new T</c> / <c>new()</c>).</summary>
    public static BaseObjectCreationExpressionSyntax? CreationAt(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var token = root.FindToken(span.Start);
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            if (node is BaseObjectCreationExpressionSyntax creation && creation.SpanStart == span.Start)
            {
                return creation;
            }
        }

        return null;
    }

    /// <summary>
    /// The node to remove so that a setting disappears: an assignment inside an initializer, or the whole statement
    /// (<c>c.Links = ...;</c>, <c>c.Links.Add(...);</c>) when it sits in a block. Null when the setting is part of a larger
    /// expression or the only statement of an <c>if</c> or loop.
    /// </summary>
    public static SyntaxNode? RemovableSetting(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        while (node is not null && node is not (AssignmentExpressionSyntax or InvocationExpressionSyntax))
        {
            node = node.Parent;
        }

        return node?.Parent switch
        {
            InitializerExpressionSyntax => node,
            ExpressionStatementSyntax { Parent: BlockSyntax } statement => statement,
            ExpressionStatementSyntax { Parent: GlobalStatementSyntax global } => global,
            _ => null, // the body of an if or a loop without braces: removing it would change the code around it
        };
    }
}
