using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcsAnalyzers.CodeFixes;

/// <summary>
/// ECSA6002: moves the variable from the container's <c>Environment</c> to its <c>Secrets</c>, keeping its name, with a
/// placeholder Secrets Manager ARN in <c>ValueFrom</c> (the task cannot start until it names the real secret). Only for
/// the shape it can edit safely: a <c>new KeyValuePair { Name = ..., Value = ... }</c> listed in <c>Environment = [...]</c>
/// (or a collection initializer) of the container's own initializer, whose <c>Secrets</c>, if set there, is a list written the same way.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretInEnvironmentFixer)), Shared]
public sealed class SecretInEnvironmentFixer : EcsCodeFixProvider
{
    public const string EquivalenceKey = "ECSA6002_MoveToSecrets";

    public const string Placeholder = Rules.SecretInEnvironmentRule.Placeholder;

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.SecretInEnvironment);

    protected override Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax variableInitializer } valueAssignment
            || variableInitializer.Parent is not BaseObjectCreationExpressionSyntax variable
            || NameOf(variableInitializer) is not { } name
            || ListOf(variable) is not { } environment
            || environment.Parent is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Environment" }, Parent: InitializerExpressionSyntax containerInitializer }
            || containerInitializer.Parent is not BaseObjectCreationExpressionSyntax container
            || !IsValue(valueAssignment))
        {
            return None();
        }

        ExpressionSyntax? secrets = null;
        foreach (var setting in containerInitializer.Expressions)
        {
            if (setting is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Secrets" } } s)
            {
                secrets = s.Right;
                if (secrets is not (CollectionExpressionSyntax or BaseObjectCreationExpressionSyntax { Initializer.RawKind: (int)SyntaxKind.CollectionInitializerExpression }))
                {
                    return None();
                }
            }
        }

        return One(CodeAction.Create(
            "Move '" + name.ToString().Trim('"') + "' to Secrets (placeholder ARN)",
            async ct =>
            {
                var model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
                var secretType = model is null ? "Amazon.ECS.Model.Secret" : SyntaxEdits.TypeName(model, container.SpanStart, "Amazon.ECS.Model.Secret");
                var secret = SyntaxFactory.ParseExpression("new " + secretType + " { Name = " + name.WithoutTrivia().ToFullString() + ", ValueFrom = \"" + Placeholder + "\" }");
                var withoutVariable = container.ReplaceNodes(
                    secrets is null ? new SyntaxNode[] { environment } : new SyntaxNode[] { environment, secrets },
                    (original, rewritten) => original == environment ? Remove((ExpressionSyntax)rewritten, variable) : Append((ExpressionSyntax)rewritten, secret));
                var result = secrets is not null ? withoutVariable : SyntaxEdits.AddProperty(withoutVariable, "Secrets", NewList(document, secret, secretType));
                return document.WithSyntaxRoot(root.ReplaceNode(container, result));
            },
            EquivalenceKey));
    }

    /// <summary>The <c>Name = ...</c> value of the variable's initializer.</summary>
    private static ExpressionSyntax? NameOf(InitializerExpressionSyntax initializer)
    {
        foreach (var e in initializer.Expressions)
        {
            if (e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Name" } } a)
            {
                return a.Right;
            }
        }

        return null;
    }

    private static bool IsValue(AssignmentExpressionSyntax a) => a.Left is IdentifierNameSyntax { Identifier.ValueText: "Value" };

    /// <summary>The list expression that holds <paramref name="item"/> directly: <c>[a, b]</c> or <c>new List&lt;T&gt; { a, b }</c>.</summary>
    private static ExpressionSyntax? ListOf(ExpressionSyntax item) => item.Parent switch
    {
        ExpressionElementSyntax { Parent: CollectionExpressionSyntax list } => list,
        InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression, Parent: BaseObjectCreationExpressionSyntax list } => list,
        _ => null,
    };

    private static ExpressionSyntax Remove(ExpressionSyntax list, BaseObjectCreationExpressionSyntax variable)
    {
        switch (list)
        {
            case CollectionExpressionSyntax c:
                foreach (var element in c.Elements)
                {
                    if (element is ExpressionElementSyntax e && e.Expression.IsEquivalentTo(variable))
                    {
                        return c.WithElements(c.Elements.Remove(element));
                    }
                }

                return c;
            case BaseObjectCreationExpressionSyntax { Initializer: { } init } o:
                foreach (var expression in init.Expressions)
                {
                    if (expression.IsEquivalentTo(variable))
                    {
                        var rest = init.Expressions.Remove(expression);

                        // `new List<KeyValuePair> { }`: written (and parsed) as an empty object initializer.
                        return o.WithInitializer(rest.Count > 0 ? init.WithExpressions(rest)
                            : SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, init.OpenBraceToken, rest, init.CloseBraceToken));
                    }
                }

                return o;
            default:
                return list;
        }
    }

    private static ExpressionSyntax Append(ExpressionSyntax list, ExpressionSyntax secret) => list switch
    {
        CollectionExpressionSyntax c => c.WithElements(AppendTo(c.Elements, SyntaxFactory.ExpressionElement(secret))),
        BaseObjectCreationExpressionSyntax { Initializer: { } init } o => o.WithInitializer(init.WithExpressions(AppendTo(init.Expressions, secret))),
        _ => list,
    };

    private static SeparatedSyntaxList<T> AppendTo<T>(SeparatedSyntaxList<T> items, T item)
        where T : SyntaxNode
    {
        if (items.Count == 0)
        {
            return items.Add(item);
        }

        // After the last item, on the same line: `[a, b]` becomes `[a, b, new Secret { ... }]`.
        var last = items[items.Count - 1];
        var trailing = last.GetTrailingTrivia();
        var nodes = new List<SyntaxNodeOrToken>();
        for (var i = 0; i < items.Count; i++)
        {
            nodes.Add(i == items.Count - 1 ? items[i].WithoutTrailingTrivia() : items[i]);
            if (i < items.Count - 1)
            {
                nodes.Add(items.GetSeparator(i));
            }
        }

        nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        nodes.Add(item.WithTrailingTrivia(trailing));
        if (items.SeparatorCount == items.Count)
        {
            nodes.Add(items.GetSeparator(items.Count - 1));
        }

        return SyntaxFactory.SeparatedList<T>(nodes);
    }

    /// <summary><c>[secret]</c> from C# 12, else <c>new List&lt;Secret&gt; { secret }</c>.</summary>
    private static ExpressionSyntax NewList(Document document, ExpressionSyntax secret, string secretType) =>
        document.Project.ParseOptions is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp12 }
            ? SyntaxFactory.CollectionExpression(SyntaxFactory.SingletonSeparatedList<CollectionElementSyntax>(SyntaxFactory.ExpressionElement(secret)))
            : SyntaxFactory.ParseExpression("new System.Collections.Generic.List<" + secretType + "> { " + secret.ToFullString() + " }");
}
