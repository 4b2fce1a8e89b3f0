using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA1010: a launch type and a (non-empty) capacity provider strategy on one RunTask/CreateService request; points at LaunchType.</summary>
internal sealed class LaunchTypeWithCapacityProvidersRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA1010_LaunchTypeWithCapacityProviders;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var launch in model.LaunchRequests)
        {
            // The strategy provably has an item on every path.
            var strategies = launch.Request.Candidates("CapacityProviderStrategy");
            var strategy = strategies.Count > 0;
            foreach (var write in strategies)
            {
                strategy &= write.Value is ListValue { Items.Count: > 0 };
            }

            if (!strategy)
            {
                continue;
            }

            foreach (var (value, write) in launch.Request.Constants("LaunchType"))
            {
                if (value.Constant is not null)
                {
                    report(Diagnose(write.Where, FixData.Removable));
                }
            }
        }
    }
}
