using System;
using System.Collections.Immutable;
using EcsAnalyzers.CSharp;
using EcsAnalyzers.Json;
using EcsAnalyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcsAnalyzers;

/// <summary>
/// The one analyzer. At compilation start it looks for AWSSDK.ECS among the references and registers nothing without it. Each executable body
/// (member body, accessor, expression-bodied property, field or property initializer, top-level statements) whose syntax
/// shows an SDK model object being created or obtained from a helper (<see cref="CreationFilter"/>) has its operations
/// read once by <see cref="RequestReader"/>, and every rule runs over what was read (<see cref="BodyAnalysis"/>).
/// </summary>
/// <remarks>
/// Bodies are reached by a code-block action (one call per member with executable code; auto-property accessors and
/// other bodiless members cost nothing), not by an operation-block action: the driver then builds operations only for
/// the bodies this analyzer asks for, not for every body of every file. The driver runs code-block actions after
/// operation actions, so where another analyzer of the build (the .NET SDK's own, by default) has had the body's
/// operations built, this analyzer's request for them is a cache hit. Each body's diagnostics lie in that body, so the
/// IDE shows them live and fixes apply.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EcsRequestAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Generated code is not analyzed (no Analyze flag). ReportDiagnostics only spares the driver a generated-code check
        // of every diagnostic's file (a walk of the whole file for [GeneratedCode] attributes): every location this analyzer
        // reports lies in the body it was called for, which the driver already found not to be generated.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);

        // Task-definition JSON files (additional files marked by the package's build props), whether or not the
        // project references AWSSDK.ECS.
        context.RegisterAdditionalFileAction(static file => TaskDefinitionFiles.Analyze(file));
        context.RegisterCompilationStartAction(static start =>
        {
            // A look at the reference list only: no symbol is asked for (the first symbol binds every reference).
            if (!EcsKnownTypes.IsReferenced(start.Compilation))
            {
                return;
            }

            // The SDK's types are looked up when the first file that may use them is analyzed, not before.
            var compilation = start.Compilation;
            var files = new EcsFiles(compilation);
            var options = new Options.EcsOptionsCache(start.Options.AnalyzerConfigOptionsProvider);
            var analysis = new Lazy<BodyAnalysis?>(() => EcsKnownTypes.TryCreate(compilation) is { } sdk ? new BodyAnalysis(sdk, compilation, files, options) : null);
            start.RegisterCodeBlockAction(
                block =>
                {
                    if (files.MayUseEcs(block.CodeBlock.SyntaxTree) && BodyOf(block.CodeBlock, block.OwningSymbol) is { } body && analysis.Value is { } bodies)
                    {
                        bodies.Analyze(body, block.SemanticModel, block.OwningSymbol, block.ReportDiagnostic, block.CancellationToken);
                    }
                });
        });
    }

    /// <summary>The body to read in the code block the driver gives for <paramref name="owner"/>, or null.</summary>
    internal static SyntaxNode? BodyOf(SyntaxNode block, ISymbol owner) => block switch
    {
        BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or CompilationUnitSyntax => IsBody(block) ? block : null,
        PropertyDeclarationSyntax property => (SyntaxNode?)property.ExpressionBody ?? property.Initializer,
        IndexerDeclarationSyntax indexer => indexer.ExpressionBody,
        ArrowExpressionClauseSyntax or EqualsValueClauseSyntax => IsBody(block) ? block : null,
        VariableDeclaratorSyntax declarator => declarator.Initializer is { } value && IsBody(value) ? value : null,
        FieldDeclarationSyntax field => FieldInitializer(field, owner.Name),
        _ => null,
    };

    private static SyntaxNode? FieldInitializer(FieldDeclarationSyntax field, string name)
    {
        foreach (var variable in field.Declaration.Variables)
        {
            if (variable.Identifier.ValueText == name)
            {
                return variable.Initializer;
            }
        }

        return null;
    }

    /// <summary>
    /// The declaration is an executable body of its own (one operation block for the driver) and may hold an SDK object:
    /// the answer comes from syntax alone, before any operation is built.
    /// </summary>
    internal static bool IsBody(SyntaxNode node) => node switch
    {
        BaseMethodDeclarationSyntax method => method.Body is not null || method.ExpressionBody is not null,
        AccessorDeclarationSyntax accessor => accessor.Body is not null || accessor.ExpressionBody is not null,
        ArrowExpressionClauseSyntax arrow => arrow.Parent is BasePropertyDeclarationSyntax,
        EqualsValueClauseSyntax initializer => initializer.Parent is PropertyDeclarationSyntax
            || initializer.Parent is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax },
        CompilationUnitSyntax unit => HasTopLevelStatements(unit),
        _ => false,
    };

    private static bool HasTopLevelStatements(CompilationUnitSyntax unit)
    {
        foreach (var member in unit.Members)
        {
            if (member is GlobalStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
