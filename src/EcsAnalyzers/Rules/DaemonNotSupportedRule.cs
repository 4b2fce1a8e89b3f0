using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA1007: a service with the DAEMON scheduling strategy on Fargate or with the CODE_DEPLOY/EXTERNAL deployment controller.</summary>
internal sealed class DaemonNotSupportedRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA1007_DaemonNotSupported;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var launch in model.LaunchRequests)
        {
            if (!launch.IsService)
            {
                continue;
            }

            var where = launch.OnFargate ? "on Fargate"
                : launch.DeploymentControllerType is "CODE_DEPLOY" or "EXTERNAL" ? "with the " + launch.DeploymentControllerType + " deployment controller"
                : null;
            if (where is null)
            {
                continue;
            }

            foreach (var (value, write) in launch.Request.Constants("SchedulingStrategy"))
            {
                if (value.Is("DAEMON"))
                {
                    report(Diagnose(write.Where, FixData.Removable, where));
                }
            }
        }
    }
}
