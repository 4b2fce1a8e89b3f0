using System;
using System.Collections.Immutable;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA3002: no execution role where ECS needs one: Fargate with the awslogs driver or a private ECR image
/// (<c>public.ecr.aws</c> needs none); any launch type with container secrets, private registry credentials or log
/// secret options. Only when every write to the request is visible.
/// </summary>
internal sealed class MissingExecutionRoleRule : Rule
{
    /// <summary>The placeholder the fix writes: ECS rejects it, so it cannot deploy unnoticed.</summary>
    public const string Placeholder = "arn:aws:iam::<account-id>:role/<execution-role>";

    internal static readonly ImmutableDictionary<string, string?> AddRole = FixData.AddSetting("ExecutionRoleArn", Placeholder);

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA3002_MissingExecutionRole;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (td.Request.IsProvablyUnset("ExecutionRoleArn") && Reason(td) is { } reason)
            {
                report(Diagnose(td.CreationSite, AddRole, td.FamilyDisplay, reason));
            }
        }
    }

    /// <summary>Why the task definition needs an execution role under this rule, or null.</summary>
    internal static string? Reason(TaskDefinitionModel td)
    {
        var fargate = td.RequiresFargate;
        foreach (var container in td.Containers)
        {
            var name = container.Definite("Name")?.Text is { } n ? "container '" + n + "'" : "a container";
            if (container.HasValue("Secrets"))
            {
                return name + " reads secrets (Secrets), which ECS fetches with the execution role";
            }

            if (container.HasValue("RepositoryCredentials"))
            {
                return name + " pulls with private registry credentials (RepositoryCredentials), which ECS reads with the execution role";
            }

            if (container.DefiniteObject("LogConfiguration") is { } log)
            {
                if (log.HasValue("SecretOptions"))
                {
                    return name + " passes log secret options (SecretOptions), which ECS reads with the execution role";
                }

                if (fargate && log.Definite("LogDriver") is { } driver && driver.Is("awslogs"))
                {
                    return "on Fargate, " + name + " sends logs with the awslogs driver, which uses the execution role";
                }
            }

            if (fargate && container.Definite("Image")?.Text is { } image && EcrImages.IsPrivate(image.Trim()))
            {
                return "on Fargate, " + name + " pulls a private Amazon ECR image, which uses the execution role";
            }
        }

        return null;
    }
}
