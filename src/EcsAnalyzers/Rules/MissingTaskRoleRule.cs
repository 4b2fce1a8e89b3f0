using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA3001: a task definition without a task role, when every write to the request is visible. Additional locations:
/// the assignments that set the role to null.
/// </summary>
internal sealed class MissingTaskRoleRule : Rule
{
    /// <summary>Not a valid ARN (ECS answers "Role is not valid"): the fixes write it, to be replaced by the task's least-privilege role.</summary>
    public const string Placeholder = "arn:aws:iam::<account-id>:role/<task-role>";

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA3001_MissingTaskRole;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        if (model.Options.TaskRoleSetElsewhere)
        {
            return; // ecs_analyzers.ECSA3001.task_role_set_elsewhere = true: a later deployment step attaches the role
        }

        foreach (var td in model.TaskDefinitions)
        {
            if (td.Request.IsProvablyUnset("TaskRoleArn"))
            {
                // Explicit "TaskRoleArn = null" writes travel along: the fix sets the role there.
                var nullWrites = new List<Location>();
                foreach (var write in td.Request.Candidates("TaskRoleArn"))
                {
                    nullWrites.Add(write.Location);
                }

                report(DiagnoseWith(td.CreationSite, nullWrites, FixData.None, td.FamilyDisplay));
            }
        }
    }
}
