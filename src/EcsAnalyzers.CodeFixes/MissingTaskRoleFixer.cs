using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EcsAnalyzers.CodeFixes;

/// <summary>ECSA3001: adds <c>TaskRoleArn</c> with a placeholder that ECS rejects, so it cannot deploy unnoticed.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingTaskRoleFixer)), Shared]
public sealed class MissingTaskRoleFixer : EcsCodeFixProvider
{
    public const string EquivalenceKey = "ECSA3001_AddTaskRole";

    /// <summary>Not a valid ARN (ECS answers "Role is not valid"): replace it with the task's least-privilege role.</summary>
    public const string Placeholder = "arn:aws:iam::<account-id>:role/<task-role>";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.MissingTaskRole);

    protected override Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        SyntaxEdits.CreationAt(root, diagnostic.Location.SourceSpan) is not { } creation
            ? None()
            : One(CodeAction.Create(
                "Add a task role (TaskRoleArn placeholder)",
                _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(creation, SyntaxEdits.AddProperty(creation, "TaskRoleArn", SyntaxEdits.String(Placeholder))))),
                EquivalenceKey));
}
