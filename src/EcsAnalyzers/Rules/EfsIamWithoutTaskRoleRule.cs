using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA2005: EFS IAM authorization in a task definition without a task role; points at the Iam setting.</summary>
internal sealed class EfsIamWithoutTaskRoleRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA2005_EfsIamWithoutTaskRole;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.Request.IsProvablyUnset("TaskRoleArn"))
            {
                continue;
            }

            foreach (var volume in td.Volumes)
            {
                if (volume.DefiniteObject("EfsVolumeConfiguration")?.DefiniteObject("AuthorizationConfig") is not { } authorization)
                {
                    continue;
                }

                foreach (var (iam, write) in authorization.Constants("Iam"))
                {
                    if (iam.Is("ENABLED"))
                    {
                        report(Diagnose(write.Where, td.FamilyDisplay));
                    }
                }
            }
        }
    }
}
