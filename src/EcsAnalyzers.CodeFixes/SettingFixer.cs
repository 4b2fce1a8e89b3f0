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
        DiagnosticIds.PlatformVersionWithEc2,
        DiagnosticIds.MissingExecutionRole,
        DiagnosticIds.HostPortMismatch,
        DiagnosticIds.AwsvpcUnsupportedSetting,
        DiagnosticIds.EfsTransitEncryptionRequired,
        DiagnosticIds.AccessPointRootDirectory,
        DiagnosticIds.S3FilesWithoutTaskRole,
        DiagnosticIds.HealthCheck,
        DiagnosticIds.NearMissValue,
        DiagnosticIds.ManagedInstancesBridgeMode,
        DiagnosticIds.ManagedInstancesUnsupportedSetting,
        DiagnosticIds.ManagedInstancesExecutionRole,
        DiagnosticIds.PrivilegedContainer,
        DiagnosticIds.EfsWithoutTransitEncryption,
        DiagnosticIds.WritableRootFilesystem,
        DiagnosticIds.PublicIp);

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

        var sdkConstant = properties.ContainsKey(FixData.SdkConstant);
        var code = properties.ContainsKey(FixData.Code);
        if (properties.ContainsKey(FixData.Replace) && properties.TryGetValue(FixData.Values, out var values) && values is not null
            && root.FindNode(span, getInnermostNodeForTie: true) is ExpressionSyntax target)
        {
            // The value of an assignment (`NetworkMode = "aws-vpc"`), or an item of a collection (`["Fargate "]`).
            var replaced = target is AssignmentExpressionSyntax a ? a.Right : target;
            var actions = new List<CodeAction>();
            var choices = values.Split(FixData.Separator);
            for (var i = 0; i < choices.Length; i++)
            {
                var value = choices[i];
                actions.Add(CodeAction.Create(
                    "Use " + (target is AssignmentExpressionSyntax ? SettingName(target) + " = " : "") + (sdkConstant ? Simple(value) : code ? value : "\"" + value + "\""),
                    async ct =>
                    {
                        var expression = code ? SyntaxFactory.ParseExpression(value) : await ValueAsync(document, replaced.SpanStart, value, sdkConstant, ct).ConfigureAwait(false);
                        return document.WithSyntaxRoot(root.ReplaceNode(replaced, expression.WithTriviaFrom(replaced)));
                    },
                    KeyOf(id, "Value", i)));
            }

            return Task.FromResult<IReadOnlyList<CodeAction>>(actions);
        }

        if (properties.ContainsKey(FixData.Split) && properties.TryGetValue(FixData.Values, out var parts) && parts is not null
            && root.FindNode(span, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
            && (literal.Parent is ExpressionElementSyntax or InitializerExpressionSyntax))
        {
            var split = parts.Split(FixData.Separator);
            SyntaxNode element = literal.Parent is ExpressionElementSyntax e ? e : literal;
            SyntaxNode Wrap(string text) => element is ExpressionElementSyntax ? SyntaxFactory.ExpressionElement(SyntaxEdits.String(text)) : SyntaxEdits.String(text);
            return One(CodeAction.Create(
                "Split into \"" + split[0] + "\" and the command",
                _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(element, new[] { Wrap(split[0]).WithLeadingTrivia(element.GetLeadingTrivia()), Wrap(split[1]).WithTrailingTrivia(element.GetTrailingTrivia()) }))),
                KeyOf(id, "Split")));
        }

        var addAt = properties.ContainsKey(FixData.AddToAdditional) && diagnostic.AdditionalLocations.Count > 0 ? diagnostic.AdditionalLocations[0].SourceSpan : span;
        if (properties.TryGetValue(FixData.Add, out var names) && names is not null && SyntaxEdits.CreationAt(root, addAt) is { } creation)
        {
            return One(CodeAction.Create(
                "Add " + names.Replace(",", " and "),
                async ct => document.WithSyntaxRoot(root.ReplaceNode(creation, await AddAsync(document, creation, names, properties, sdkConstant, code, ct).ConfigureAwait(false))),
                KeyOf(id, "Add")));
        }

        return None();
    }

    private static async Task<BaseObjectCreationExpressionSyntax> AddAsync(
        Document document, BaseObjectCreationExpressionSyntax creation, string names, ImmutableDictionary<string, string?> properties, bool sdkConstant, bool code, CancellationToken cancellationToken)
    {
        var result = creation;
        foreach (var name in names.Split(','))
        {
            var value = code ? SyntaxFactory.ParseExpression(properties[name] ?? "null") : await ValueAsync(document, creation.SpanStart, properties[name] ?? "", sdkConstant, cancellationToken).ConfigureAwait(false);
            result = SyntaxEdits.AddProperty(result, name, value);
        }

        return result;
    }

    /// <summary>A string literal, or an SDK constant by the shortest type name that binds at <paramref name="position"/>.</summary>
    private static async Task<ExpressionSyntax> ValueAsync(Document document, int position, string value, bool sdkConstant, CancellationToken cancellationToken)
    {
        if (!sdkConstant)
        {
            return SyntaxEdits.String(value);
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var dot = value.LastIndexOf('.');
        var type = model is null ? value.Substring(0, dot) : SyntaxEdits.TypeName(model, position, value.Substring(0, dot));
        return SyntaxFactory.ParseExpression(type + value.Substring(dot));
    }

    private static string Simple(string qualified)
    {
        var dot = qualified.LastIndexOf('.');
        var typeStart = qualified.LastIndexOf('.', dot - 1) + 1;
        return qualified.Substring(typeStart);
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
