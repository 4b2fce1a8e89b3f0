using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcsAnalyzers.CodeFixes;

/// <summary>ECSA3001: adds <c>TaskRoleArn</c> with a placeholder that ECS rejects, so it cannot deploy unnoticed.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingTaskRoleFixer)), Shared]
public sealed class MissingTaskRoleFixer : EcsCodeFixProvider
{
    public const string EquivalenceKey = "ECSA3001_AddTaskRole";

    /// <summary>Not a valid ARN (ECS answers "Role is not valid"): replace it with the task's least-privilege role.</summary>
    public const string Placeholder = Rules.MissingTaskRoleRule.Placeholder;

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.MissingTaskRole);

    protected override Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var placeholder = SyntaxEdits.String(Placeholder);

        // The request sets the role to null somewhere: set the placeholder there instead.
        var nullAssignments = diagnostic.AdditionalLocations
            .Select(l => root.FindNode(l.SourceSpan, getInnermostNodeForTie: true) as AssignmentExpressionSyntax)
            .ToList();
        if (nullAssignments.Count > 0)
        {
            return nullAssignments.Any(a => a is null)
                ? None()
                : One(CodeAction.Create(
                    Title,
                    _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNodes(nullAssignments.Select(a => a!.Right), (old, _) => placeholder.WithTriviaFrom(old)))),
                    EquivalenceKey));
        }

        return SyntaxEdits.CreationAt(root, diagnostic.Location.SourceSpan) is not { } creation
            ? None()
            : One(CodeAction.Create(
                Title,
                _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(creation, SyntaxEdits.AddProperty(creation, "TaskRoleArn", placeholder)))),
                EquivalenceKey));
    }

    private const string Title = "Add a task role (TaskRoleArn placeholder)";
}
