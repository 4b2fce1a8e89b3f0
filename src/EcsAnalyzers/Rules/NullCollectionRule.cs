using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA9001: a model collection of an object created in the body, used (method call, indexer, foreach) before any write
/// of it, when the collections start null (AWSSDK.ECS v4 without <c>AWSConfigs.InitializeCollections</c>; the reader
/// records such uses only then). At the member access; the object's creation is the additional location the fix adds
/// the initialization to.
/// </summary>
internal sealed class NullCollectionRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA9001_NullCollection;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var o in model.Objects)
        {
            if (o.NullCollectionUses is not { } uses)
            {
                continue;
            }

            foreach (var use in uses)
            {
                if (o.EscapedAt is { } escaped && escaped.SyntaxTree == use.Site.SyntaxTree && escaped.SpanStart < use.Site.SpanStart)
                {
                    continue; // passed on before the use (`Prepare(request)` with the object inside): it may have been assigned there
                }

                report(DiagnoseWith(new Site(use.Site), new[] { Locations.OfCreation(o.Syntax) }, FixData.None, use.Receiver, use.Property, use.What));
            }
        }
    }
}
