using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA1009: a RunTask/CreateService/UpdateService request pinned to a retired Fargate Linux platform version (1.1.0-1.3.0). 1.0.0 is
/// also the current Windows version, and the request alone never proves the task definition is Linux: not reported.
/// Only where Fargate is provable (launch type FARGATE or a FARGATE/FARGATE_SPOT capacity provider; on UpdateService the
/// capacity provider strategy alone, since an update keeps the service's launch type).
/// </summary>
internal sealed class RetiredPlatformVersionRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA1009_RetiredPlatformVersion;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var launch in model.LaunchRequests)
        {
            Check(launch, report);
        }

        foreach (var update in model.ServiceUpdates)
        {
            Check(update, report); // Fargate provable through its capacity provider strategy only: the service keeps its launch type
        }
    }

    private void Check(LaunchRequestModel launch, Action<Diagnostic> report)
    {
        if (!launch.OnFargate)
        {
            return; // only where Fargate is provable: without a launch type the cluster's default strategy decides
        }

        foreach (var (value, write) in launch.Request.Constants("PlatformVersion"))
        {
            if (value.Text?.Trim() is "1.1.0" or "1.2.0" or "1.3.0")
            {
                report(Diagnose(write.Where, FixData.ReplaceWith("LATEST"), value.Text.Trim()));
            }
        }
    }
}
