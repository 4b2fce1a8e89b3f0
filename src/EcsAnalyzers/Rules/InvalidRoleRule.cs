using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA3004: a role setting whose constant value is not an IAM role ARN or role name: the task and execution roles of a
/// task definition or of a RunTask override, and a service's Role. Placeholders written by fixes are left alone.
/// </summary>
internal sealed class InvalidRoleRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA3004_InvalidRole;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var o in model.Objects)
        {
            switch (o.TypeName)
            {
                case "RegisterTaskDefinitionRequest" or "TaskOverride":
                    Check(o, "TaskRoleArn", report);
                    Check(o, "ExecutionRoleArn", report);
                    break;
                case "CreateServiceRequest":
                    Check(o, "Role", report);
                    break;
            }
        }
    }

    private void Check(ObjectValue o, string property, Action<Diagnostic> report)
    {
        foreach (var (value, write) in o.Constants(property))
        {
            if (value.Text is { } text && !RoleValues.IsPlaceholder(text) && RoleValues.Problem(text) is { } problem)
            {
                report(Diagnose(write.Where, text, problem));
            }
        }
    }
}
