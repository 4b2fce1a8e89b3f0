using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using EcsAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace EcsAnalyzers.CodeFixes;

/// <summary>
/// The data-driven fixes: the rule decides what the fix does and says so in the diagnostic's <see cref="FixData"/>
/// properties (remove the setting at the location, replace its value with one of the offered values, or add settings to
/// the object created at the location). Diagnostics without fix data get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SettingFixer)), Shared]
public sealed class SettingFixer : EcsCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(
        DiagnosticIds.FargateTaskSizeMissing,
        DiagnosticIds.FargateTaskSizeInvalid,
        DiagnosticIds.FargateUnsupportedSetting,
        DiagnosticIds.PublicIpWithEc2,
        DiagnosticIds.DaemonNotSupported,
        DiagnosticIds.RetiredPlatformVersion,
        DiagnosticIds.LaunchTypeWithCapacityProviders,
        DiagnosticIds.MissingExecutionRole,
        DiagnosticIds.HostPortMismatch,
        DiagnosticIds.AwsvpcUnsupportedSetting);

    /// <summary>The equivalence key of a fix: one per rule and kind (and per offered value's rank), so Fix All applies the same choice everywhere.</summary>
    public static string KeyOf(string id, string kind, int choice = 0) => id + "_" + kind + (choice == 0 ? "" : choice.ToString(System.Globalization.CultureInfo.InvariantCulture));

    protected override Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var properties = diagnostic.Properties;
        var span = diagnostic.Location.SourceSpan;
        var id = diagnostic.Id;
        if (properties.ContainsKey(FixData.Remove))
        {
            // Only a plain assignment goes: `X = ...` in an initializer or an `o.X = ...;` statement.
            return SyntaxEdits.RemovableSetting(root, span) is { } setting
                && setting is AssignmentExpressionSyntax or ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax } or GlobalStatementSyntax { Statement: ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax } }
                ? One(CodeAction.Create("Remove " + SettingName(setting), ct => RemoveAsync(document, setting, ct), KeyOf(id, "Remove")))
                : None();
        }

        if (properties.ContainsKey(FixData.Replace) && properties.TryGetValue(FixData.Values, out var values) && values is not null
            && root.FindNode(span, getInnermostNodeForTie: true) is AssignmentExpressionSyntax assignment)
        {
            var actions = new List<CodeAction>();
            var choices = values.Split(FixData.Separator);
            for (var i = 0; i < choices.Length; i++)
            {
                var value = choices[i];
                actions.Add(CodeAction.Create(
                    "Use " + SettingName(assignment) + " = \"" + value + "\"",
                    _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(assignment.Right, SyntaxEdits.String(value).WithTriviaFrom(assignment.Right)))),
                    KeyOf(id, "Value", i)));
            }

            return Task.FromResult<IReadOnlyList<CodeAction>>(actions);
        }

        if (properties.TryGetValue(FixData.Add, out var names) && names is not null && SyntaxEdits.CreationAt(root, span) is { } creation)
        {
            return One(CodeAction.Create(
                "Add " + names.Replace(",", " and "),
                _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(creation, Add(creation, names, properties)))),
                KeyOf(id, "Add")));
        }

        return None();
    }

    private static BaseObjectCreationExpressionSyntax Add(BaseObjectCreationExpressionSyntax creation, string names, ImmutableDictionary<string, string?> properties)
    {
        foreach (var name in names.Split(','))
        {
            creation = SyntaxEdits.AddProperty(creation, name, SyntaxEdits.String(properties[name] ?? ""));
        }

        return creation;
    }

    private static async Task<Document> RemoveAsync(Document document, SyntaxNode setting, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        editor.RemoveNode(setting);
        return editor.GetChangedDocument();
    }

    private static string SettingName(SyntaxNode setting) => (setting switch
    {
        GlobalStatementSyntax { Statement: ExpressionStatementSyntax g } => g.Expression,
        ExpressionStatementSyntax s => s.Expression,
        _ => setting,
    }) switch
    {
        AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } => name.Identifier.ValueText,
        AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax member } => member.Name.Identifier.ValueText,
        _ => "the setting",
    };
}
