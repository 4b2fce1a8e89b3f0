using System.Collections.Immutable;
using EcsAnalyzers.CSharp;
using EcsAnalyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcsAnalyzers;

/// <summary>
/// The one analyzer. At compilation start it resolves AWSSDK.ECS and registers nothing without it. Each operation block
/// (member body, accessor, initializer, top-level statements) whose syntax shows an SDK model object being created
/// (<see cref="CreationFilter"/>) is read once by
/// <see cref="RequestReader"/>, and every <see cref="Rule"/> runs over what was read.
/// </summary>
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
        context.RegisterCompilationStartAction(static start =>
        {
            if (EcsKnownTypes.TryCreate(start.Compilation) is not { } sdk)
            {
                return;
            }

            var analysis = new BodyAnalysis(sdk, start.Compilation);
            start.RegisterOperationBlockAction(block =>
            {
                foreach (var root in block.OperationBlocks)
                {
                    analysis.Analyze(root, block.OwningSymbol, block.ReportDiagnostic, block.CancellationToken);
                }
            });
        });
    }
}
