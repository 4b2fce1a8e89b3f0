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
/// ECSA9001: initializes the collection where the object is created (<c>PortMappings = new List&lt;PortMapping&gt;()</c>
/// added to its initializer, the type named as it binds there), so every later use finds it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NullCollectionFixer)), Shared]
public sealed class NullCollectionFixer : EcsCodeFixProvider
{
    public const string EquivalenceKey = "ECSA9001_Initialize";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.NullCollection);

    protected override async Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (diagnostic.AdditionalLocations.Count != 1
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not MemberAccessExpressionSyntax access
            || SyntaxEdits.CreationAt(root, diagnostic.AdditionalLocations[0].SourceSpan) is not { } creation
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model
            || model.GetSymbolInfo(access, cancellationToken).Symbol is not IPropertySymbol { Type: INamedTypeSymbol type } property
            || Mentions(creation, property.Name))
        {
            return System.Array.Empty<CodeAction>();
        }

        var typeName = type.ToMinimalDisplayString(model, creation.SpanStart);
        return new[]
        {
            CodeAction.Create(
                "Initialize " + property.Name + " where the object is created",
                _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(
                    creation,
                    SyntaxEdits.AddProperty(creation, property.Name, SyntaxFactory.ParseExpression("new " + typeName + "()"))))),
                EquivalenceKey),
        };
    }

    /// <summary>The initializer already names the property (<c>PortMappings = { ... }</c>, AWSSDK2000's case): adding it again would not compile.</summary>
    private static bool Mentions(BaseObjectCreationExpressionSyntax creation, string property)
    {
        foreach (var e in creation.Initializer?.Expressions ?? default)
        {
            if (e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && name.Identifier.ValueText == property)
            {
                return true;
            }
        }

        return false;
    }
}
