using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA2008: an S3 Files volume in a task definition without a task role; points at <c>new S3FilesVolumeConfiguration</c>.
/// The fix adds the task role to the request (its creation travels as the additional location).
/// </summary>
internal sealed class S3FilesWithoutTaskRoleRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA2008_S3FilesWithoutTaskRole;

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
                for (var i = 0; i < volume.PropertyCount; i++)
                {
                    foreach (var write in volume.CandidatesAt(i))
                    {
                        if (write.Value is ObjectValue { TypeName: "S3FilesVolumeConfiguration" } s3Files)
                        {
                            report(DiagnoseWith(s3Files.CreationSite, new[] { td.CreationSite.Location },
                                FixData.AddSetting("TaskRoleArn", MissingTaskRoleRule.Placeholder, toAdditional: true),
                                td.FamilyDisplay));
                        }
                    }
                }
            }
        }
    }
}
