using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA6010: <c>AssignPublicIp = ENABLED</c> on a RunTask, CreateService or UpdateService request, at the write. Not with the EC2 launch
/// type, where ECSA1006 rejects it.
/// </summary>
internal sealed class PublicIpRule : Rule
{
    private const string Disabled = "Amazon.ECS.AssignPublicIp.DISABLED";

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA6010_PublicIp;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var launch in model.LaunchRequests)
        {
            if (launch.LaunchType is { } launchType && launchType.Is("EC2"))
            {
                continue;
            }

            Check(launch, report);
        }

        foreach (var update in model.ServiceUpdates)
        {
            Check(update, report); // an update has no launch type: ECSA1006 never covers it
        }
    }

    private void Check(LaunchRequestModel launch, Action<Diagnostic> report)
    {
        foreach (var configuration in launch.Request.Objects("NetworkConfiguration"))
        {
            foreach (var awsvpc in configuration.Objects("AwsvpcConfiguration"))
            {
                foreach (var (value, write) in awsvpc.Constants("AssignPublicIp"))
                {
                    if (value.Is("ENABLED"))
                    {
                        report(Diagnose(write.Where, FixData.ReplaceWithConstant(Disabled), launch.IsService ? "the service's tasks" : "the task"));
                    }
                }
            }
        }
    }
}
