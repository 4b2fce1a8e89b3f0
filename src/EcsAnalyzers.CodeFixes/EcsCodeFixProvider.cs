using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EcsAnalyzers.CodeFixes;

/// <summary>
/// Base of every fixer: validates the diagnostic's code, then registers the fixes it can make. Fix All uses the batch
/// fixer, so each fix must be local to its document and must not overlap another diagnostic's fix.
/// </summary>
public abstract class EcsCodeFixProvider : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.ContainsKey(EcsAnalyzers.Rules.FixData.NotFixable))
            {
                continue; // the location is a call to a helper or one branch of a conditional, not the setting
            }

            foreach (var action in await CreateFixesAsync(context.Document, root, diagnostic, context.CancellationToken).ConfigureAwait(false))
            {
                context.RegisterCodeFix(action, diagnostic);
            }
        }
    }

    /// <summary>The fixes for one diagnostic, each with its own equivalence key; none when the code has a shape the fix does not handle.</summary>
    protected abstract Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken);

    protected static Task<IReadOnlyList<CodeAction>> None() => Task.FromResult<IReadOnlyList<CodeAction>>(System.Array.Empty<CodeAction>());

    protected static Task<IReadOnlyList<CodeAction>> One(CodeAction action) => Task.FromResult<IReadOnlyList<CodeAction>>(new[] { action });
}
