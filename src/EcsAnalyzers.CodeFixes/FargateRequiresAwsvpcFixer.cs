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
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace EcsAnalyzers.CodeFixes;

/// <summary>ECSA1001: sets <c>NetworkMode = NetworkMode.Awsvpc</c> and removes the host ports and links that awsvpc rejects.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FargateRequiresAwsvpcFixer)), Shared]
public sealed class FargateRequiresAwsvpcFixer : EcsCodeFixProvider
{
    public const string EquivalenceKey = "ECSA1001_UseAwsvpc";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.FargateRequiresAwsvpc);

    protected override Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        // A wrong value: the NetworkMode assignment. A missing value: the object creation.
        var target = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as AssignmentExpressionSyntax
            ?? (SyntaxNode?)SyntaxEdits.CreationAt(root, diagnostic.Location.SourceSpan);
        return target is null
            ? None()
            : One(CodeAction.Create("Use the awsvpc network mode", ct => FixAsync(document, target, diagnostic, ct), EquivalenceKey));
    }

    private static async Task<Document> FixAsync(Document document, SyntaxNode target, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var removed = new HashSet<SyntaxNode>();
        foreach (var location in diagnostic.AdditionalLocations)
        {
            if (SyntaxEdits.RemovableSetting(editor.OriginalRoot, location.SourceSpan) is { } setting && removed.Add(setting))
            {
                editor.RemoveNode(setting);
            }
        }

        var awsvpc = SyntaxFactory.ParseExpression(SyntaxEdits.TypeName(editor.SemanticModel, target.SpanStart, "Amazon.ECS.NetworkMode") + ".Awsvpc");
        if (target is AssignmentExpressionSyntax assignment)
        {
            editor.ReplaceNode(assignment.Right, awsvpc.WithTriviaFrom(assignment.Right));
        }
        else
        {
            editor.ReplaceNode(target, (current, _) => SyntaxEdits.AddProperty((BaseObjectCreationExpressionSyntax)current, "NetworkMode", awsvpc)
                .WithAdditionalAnnotations(Formatter.Annotation));
        }

        return editor.GetChangedDocument();
    }
}
