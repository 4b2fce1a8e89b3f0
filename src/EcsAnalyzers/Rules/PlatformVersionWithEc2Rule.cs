using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA1012: a platform version (a Fargate setting) on a RunTask/CreateService request with the EC2 launch type; points at PlatformVersion.</summary>
internal sealed class PlatformVersionWithEc2Rule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA1012_PlatformVersionWithEc2;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var launch in model.LaunchRequests)
        {
            if (launch.LaunchType is not { } launchType || !launchType.Is("EC2"))
            {
                continue;
            }

            foreach (var (version, write) in launch.Request.Constants("PlatformVersion"))
            {
                if (version.Text is { } text && text.Trim().Length > 0)
                {
                    report(Diagnose(write.Where, FixData.Removable, text));
                }
            }
        }
    }
}
