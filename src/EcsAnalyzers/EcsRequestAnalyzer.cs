using System.Collections.Generic;
using System.Collections.Immutable;
using EcsAnalyzers.Model;
using EcsAnalyzers.Rules;
using EcsAnalyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EcsAnalyzers;

/// <summary>
/// The one analyzer: at compilation start it resolves AWSSDK.ECS (and registers nothing without it); for each executable
/// body that creates SDK model objects it reads them once (<see cref="RequestReader"/>) and runs every <see cref="Rule"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EcsRequestAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (EcsKnownTypes.TryCreate(start.Compilation) is not { } sdk)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                var creations = new List<IObjectCreationOperation>();
                block.RegisterOperationAction(
                    op =>
                    {
                        if (op.Operation is IObjectCreationOperation creation && sdk.IsModelType(creation.Type))
                        {
                            lock (creations)
                            {
                                creations.Add(creation);
                            }
                        }
                    },
                    OperationKind.ObjectCreation);
                block.RegisterOperationBlockEndAction(end =>
                {
                    if (creations.Count == 0)
                    {
                        return;
                    }

                    creations.Sort(static (a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
                    var model = RequestReader.Read(sdk, end.OperationBlocks, creations);
                    foreach (var rule in Rule.All)
                    {
                        rule.Check(model, end.ReportDiagnostic);
                    }
                });
            });
        });
    }
}
