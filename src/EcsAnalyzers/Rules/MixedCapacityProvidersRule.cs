using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA1011: a capacity provider strategy that names FARGATE or FARGATE_SPOT together with any other provider (an Auto
/// Scaling group or a Managed Instances provider) on RunTask, CreateService or UpdateService, at the first item whose
/// provider kind differs from the first known item's. Provider names other than FARGATE/FARGATE_SPOT are the user's own,
/// so only a mix with them is provable. Each list written is checked on its own (a list written under <c>if</c> is
/// another path, not more items), and only when all its items are known (items added under <c>if</c>/<c>else</c> may be
/// on exclusive paths).
/// </summary>
internal sealed class MixedCapacityProvidersRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA1011_MixedCapacityProviders;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var launch in model.LaunchRequests)
        {
            Check(launch, report);
        }

        foreach (var update in model.ServiceUpdates)
        {
            Check(update, report);
        }
    }

    private void Check(LaunchRequestModel launch, Action<Diagnostic> report)
    {
        foreach (var strategy in launch.Request.Candidates("CapacityProviderStrategy"))
        {
            if (strategy.Value is not ListValue { AllItemsKnown: true } list)
            {
                // Items added on some paths only (`if (spot) s.Add(FARGATE_SPOT); else s.Add(asg)`) never meet.
                continue;
            }

            ConstantValue? first = null;
            foreach (var item in list.Items)
            {
                if (item is not ObjectValue entry || entry.Definite("CapacityProvider") is not { Text: { Length: > 0 } } provider)
                {
                    continue;
                }

                if (first is null)
                {
                    first = provider;
                }
                else if (IsFargate(first) != IsFargate(provider))
                {
                    report(Diagnose(entry.Candidates("CapacityProvider")[0].Where, provider.Display, first.Display));
                    break;
                }
            }
        }
    }

    private static bool IsFargate(ConstantValue provider) => provider.Is("FARGATE") || provider.Is("FARGATE_SPOT");
}
