using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
/// ECSA2001: turns the volume into an EFS volume (transit encryption on, a file system ID placeholder), or, where the
/// referenced SDK has <c>S3FilesVolumeConfiguration</c>, into an Amazon S3 Files volume.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(S3BucketAsVolumeFixer)), Shared]
public sealed class S3BucketAsVolumeFixer : EcsCodeFixProvider
{
    public const string UseEfsKey = "ECSA2001_UseEfs";
    public const string UseS3FilesKey = "ECSA2001_UseS3Files";

    /// <summary>Not a valid EFS ID (fs- then hex digits): replace it with the file system's ID.</summary>
    public const string EfsPlaceholder = "fs-<efs-file-system-id>";

    public const string S3FilesPlaceholder = "arn:aws:s3files:<region>:<account-id>:file-system/<file-system-id>";

    private static readonly ImmutableDictionary<string, string> ConfigurationProperty = ImmutableDictionary<string, string>.Empty
        .Add("Host", "Host")
        .Add("Efs", "EfsVolumeConfiguration")
        .Add("Fsx", "FsxWindowsFileServerVolumeConfiguration");

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.S3BucketAsVolume);

    protected override async Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(S3BucketAsVolumeRule.KindProperty, out var kind) || kind is null
            || !ConfigurationProperty.TryGetValue(kind, out var property)
            || ConfigurationAssignment(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), property) is not { } configuration
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return [];
        }

        string Name(string qualified) => SyntaxEdits.TypeName(model, configuration.SpanStart, qualified);
        var efs = SyntaxFactory.ParseExpression(
            $"new {Name("Amazon.ECS.Model.EFSVolumeConfiguration")} {{ FileSystemId = \"{EfsPlaceholder}\", TransitEncryption = {Name("Amazon.ECS.EFSTransitEncryption")}.ENABLED }}");
        var fixes = new List<CodeAction>
        {
            CodeAction.Create("Use an Amazon EFS volume", _ => Replace(document, root, configuration, "EfsVolumeConfiguration", efs), UseEfsKey),
        };

        // S3 Files volumes exist only in the newest AWSSDK.ECS builds; the property is found by its type.
        var s3FilesProperty = model.Compilation.GetTypeByMetadataName("Amazon.ECS.Model.Volume")?.GetMembers().OfType<IPropertySymbol>()
            .FirstOrDefault(p => p.Type.Name == "S3FilesVolumeConfiguration")?.Name;
        if (s3FilesProperty is not null)
        {
            var s3Files = SyntaxFactory.ParseExpression($"new {Name("Amazon.ECS.Model.S3FilesVolumeConfiguration")} {{ FileSystemArn = \"{S3FilesPlaceholder}\" }}");
            fixes.Add(CodeAction.Create("Use an Amazon S3 Files volume (needs a task role)", _ => Replace(document, root, configuration, s3FilesProperty, s3Files), UseS3FilesKey));
        }

        return fixes;
    }

    /// <summary><c>Host = ...</c> in the volume's initializer, or <c>volume.Host = ...;</c>, that contains the S3 value.</summary>
    private static AssignmentExpressionSyntax? ConfigurationAssignment(SyntaxNode node, string property)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            if (ancestor is AssignmentExpressionSyntax assignment
                && assignment.Left switch
                {
                    IdentifierNameSyntax id => id.Identifier.ValueText == property && assignment.Parent is InitializerExpressionSyntax,
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == property && assignment.Parent is ExpressionStatementSyntax,
                    _ => false,
                })
            {
                return assignment;
            }
        }

        return null;
    }

    private static Task<Document> Replace(Document document, SyntaxNode root, AssignmentExpressionSyntax configuration, string newProperty, ExpressionSyntax value)
    {
        ExpressionSyntax left = configuration.Left switch
        {
            MemberAccessExpressionSyntax access => access.WithName(SyntaxFactory.IdentifierName(newProperty)),
            _ => SyntaxFactory.IdentifierName(newProperty),
        };
        var replacement = configuration.WithLeft(left.WithTriviaFrom(configuration.Left)).WithRight(value.WithTriviaFrom(configuration.Right));
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(configuration, replacement)));
    }
}
