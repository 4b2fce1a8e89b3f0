using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA7006: a task definition that lists MANAGED_INSTANCES, has provably no execution role, and pulls a private Amazon
/// ECR image or logs with awslogs (the execution role pulls and logs there, as on Fargate). Where ECSA3002 already asks
/// for the role (Fargate, secrets, registry credentials) it is not reported again.
/// </summary>
internal sealed class ManagedInstancesExecutionRoleRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA7006_ManagedInstancesExecutionRole;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.RequiresManagedInstances || !td.Request.IsProvablyUnset("ExecutionRoleArn") || MissingExecutionRoleRule.Reason(td) is not null
                || Reason(td) is not { } reason)
            {
                continue;
            }

            report(Diagnose(td.CreationSite, MissingExecutionRoleRule.AddRole, td.FamilyDisplay, reason));
        }
    }

    private static string? Reason(TaskDefinitionModel td)
    {
        foreach (var container in td.Containers)
        {
            var name = container.Definite("Name")?.Text is { } n ? "container '" + n + "'" : "a container";
            if (container.DefiniteObject("LogConfiguration")?.Definite("LogDriver") is { } driver && driver.Is("awslogs"))
            {
                return "on Managed Instances, " + name + " sends logs with the awslogs driver, which uses the execution role";
            }

            if (container.Definite("Image")?.Text is { } image && EcrImages.IsPrivate(image.Trim()))
            {
                return "on Managed Instances, " + name + " pulls a private Amazon ECR image, which uses the execution role";
            }
        }

        return null;
    }
}
