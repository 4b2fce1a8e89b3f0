using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA1006: <c>AssignPublicIp = ENABLED</c> on a RunTask/CreateService request with the EC2 launch type.</summary>
internal sealed class PublicIpWithEc2Rule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA1006_PublicIpWithEc2;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var launch in model.LaunchRequests)
        {
            if (launch.LaunchType is not { } launchType || !launchType.Is("EC2") || launch.AwsvpcConfiguration is not { } awsvpc)
            {
                continue;
            }

            foreach (var (value, write) in awsvpc.Constants("AssignPublicIp"))
            {
                if (value.Is("ENABLED"))
                {
                    report(Diagnose(write.Where, FixData.Removable));
                }
            }
        }
    }
}
