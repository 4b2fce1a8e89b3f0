using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA7004: <c>LaunchType = MANAGED_INSTANCES</c> on RunTask/CreateService, where the API asks for a capacity provider strategy; at the LaunchType write.</summary>
internal sealed class ManagedInstancesLaunchTypeRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA7004_ManagedInstancesLaunchType;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var launch in model.LaunchRequests)
        {
            foreach (var (launchType, write) in launch.Request.Constants("LaunchType"))
            {
                if (launchType.Is("MANAGED_INSTANCES"))
                {
                    report(Diagnose(write.Where));
                }
            }
        }
    }
}
