using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA1009: a RunTask/CreateService request pinned to a retired Fargate Linux platform version (1.1.0-1.3.0). 1.0.0 is
/// also the current Windows version, and the request alone never proves the task definition is Linux: not reported.
/// </summary>
internal sealed class RetiredPlatformVersionRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA1009_RetiredPlatformVersion;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var launch in model.LaunchRequests)
        {
            if (launch.LaunchType is { } launchType && !launchType.Is("FARGATE"))
            {
                continue; // the platform version means nothing for EC2 or EXTERNAL
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
}
