using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA3001: a task definition without a task role, when every write to the request is visible.</summary>
internal sealed class MissingTaskRoleRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA3001_MissingTaskRole;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (td.Request.IsProvablyUnset("TaskRoleArn"))
            {
                report(Diagnostic.Create(Descriptor, td.CreationLocation, td.FamilyDisplay));
            }
        }
    }
}
