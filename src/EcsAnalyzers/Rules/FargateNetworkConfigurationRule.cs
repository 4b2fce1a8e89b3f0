using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA1005: RunTask/CreateService on Fargate without NetworkConfiguration.AwsvpcConfiguration (at the request's
/// creation), without subnets (at <c>new AwsVpcConfiguration</c>) or with an empty subnet list (at the Subnets write).
/// Not for services with the EXTERNAL deployment controller, whose network settings live on the task set. Also on any
/// launch type or capacity provider when the request launches an awsvpc task definition registered in the same body.
/// UpdateService (on Fargate through its capacity provider strategy, or to such an awsvpc task definition): only the
/// subnets of the awsvpc configuration it gives (none, or an empty list); without one the service keeps its own.
/// </summary>
internal sealed class FargateNetworkConfigurationRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA1005_FargateNetworkConfigurationMissing;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var launch in model.LaunchRequests)
        {
            // A helper that sees the request may complete its network configuration: only when every write is visible.
            if (!launch.Request.AllWritesVisible || (launch.IsService && launch.DeploymentControllerType is not ("ECS" or "CODE_DEPLOY")))
            {
                continue;
            }

            // On Fargate, or on any launch type or capacity provider (not EXTERNAL, which has no awsvpc) for an awsvpc
            // task definition registered in the same body.
            var operation = launch.IsService ? "CreateService" : "RunTask";
            if (launch.OnFargate)
            {
                operation += " on Fargate";
            }
            else if (launch.TaskDefinition is { } td && td.NetworkModeIs("awsvpc") && !(launch.LaunchType is { } launchType && launchType.Is("EXTERNAL")))
            {
                operation += " of the awsvpc task definition " + td.FamilyDisplay + " registered in this method";
            }
            else
            {
                continue;
            }

            var request = launch.Request;
            if (request.IsProvablyUnset("NetworkConfiguration")
                || (request.DefiniteObject("NetworkConfiguration") is { } network && network.IsProvablyUnset("AwsvpcConfiguration")))
            {
                report(Diagnose(launch.CreationSite, operation, "it has no awsvpc network configuration"));
                continue;
            }

            CheckSubnets(launch, operation, report);
        }

        foreach (var update in model.ServiceUpdates)
        {
            // An update without a network configuration keeps the service's: only the subnets it gives are judged. An
            // omitted deployment controller is the service's own (unknown): judged anyway, an explicit non-ECS one is not.
            if (!update.Request.AllWritesVisible
                || (!update.Request.IsProvablyUnset("DeploymentController") && update.DeploymentControllerType is not ("ECS" or "CODE_DEPLOY")))
            {
                continue;
            }

            if (update.OnFargate)
            {
                CheckSubnets(update, "UpdateService on Fargate", report);
            }
            else if (update.TaskDefinition is { } td && td.NetworkModeIs("awsvpc"))
            {
                CheckSubnets(update, "UpdateService to the awsvpc task definition " + td.FamilyDisplay + " registered in this method", report);
            }
        }
    }

    /// <summary>The awsvpc configuration's subnets: none (at <c>new AwsVpcConfiguration</c>) or an empty list (at the write).</summary>
    private void CheckSubnets(LaunchRequestModel launch, string operation, Action<Diagnostic> report)
    {
        if (launch.AwsvpcConfiguration is not { AllWritesVisible: true } awsvpc)
        {
            return;
        }

        if (awsvpc.IsProvablyUnset("Subnets"))
        {
            report(Diagnose(awsvpc.CreationSite, operation, "its AwsvpcConfiguration has no subnets"));
            return;
        }

        var candidates = awsvpc.Candidates("Subnets");
        var allEmpty = candidates.Count > 0;
        foreach (var write in candidates)
        {
            allEmpty &= write.Value is ListValue { AllItemsKnown: true, Items.Count: 0 };
        }

        if (allEmpty)
        {
            foreach (var write in candidates)
            {
                report(Diagnose(write.Where, operation, "its subnet list is empty"));
            }
        }
    }
}
