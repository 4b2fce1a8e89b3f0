using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA3003: the task role and the execution role are the same role (same ARN, or an ARN and its role name), in a task
/// definition or in a RunTask override that sets both; points at ExecutionRoleArn.
/// </summary>
internal sealed class SameTaskAndExecutionRoleRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA3003_SameTaskAndExecutionRole;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            Check(td.Request, report);
        }

        foreach (var o in model.Objects)
        {
            if (o.TypeName == "TaskOverride")
            {
                Check(o, report); // a RunTask override that sets both roles
            }
        }
    }

    private void Check(ObjectValue request, Action<Diagnostic> report)
    {
        string? same = null;
        // Both roles written only under conditions may be written on exclusive branches: then they never meet.
        if (request.Definite("TaskRoleArn")?.Text is { } task && request.Definite("ExecutionRoleArn")?.Text is { } execution
            && (HasUnconditional(request.Candidates("TaskRoleArn")) || HasUnconditional(request.Candidates("ExecutionRoleArn"))))
        {
            same = SameRole(task.Trim(), execution.Trim()) ? "'" + RoleName(execution.Trim()) + "'" : null;
        }
        else if (request.DefiniteUnknown("TaskRoleArn") is { } taskValue && request.DefiniteUnknown("ExecutionRoleArn") is { } executionValue
            && UnknownValue.Same(taskValue, executionValue))
        {
            // One variable for both roles: the same role whatever it holds at run time.
            same = "both are the value of '" + taskValue.Origin!.Name + "'";
        }

        if (same is null)
        {
            return;
        }

        foreach (var write in request.Candidates("ExecutionRoleArn"))
        {
            report(Diagnose(write.Where, same));
        }
    }

    private static bool HasUnconditional(WriteList writes)
    {
        foreach (var write in writes)
        {
            if (!write.Conditional)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameRole(string a, string b)
    {
        var aArn = a.StartsWith("arn:", StringComparison.Ordinal);
        var bArn = b.StartsWith("arn:", StringComparison.Ordinal);
        var same = aArn == bArn
            ? string.Equals(a, b, StringComparison.OrdinalIgnoreCase) // IAM role names are case-insensitive
            : string.Equals(RoleName(a), RoleName(b), StringComparison.OrdinalIgnoreCase) && !HasPath(aArn ? a : b);

        // Placeholders and values that are no role at all are other rules' business.
        return same && a.Length > 0 && !RoleValues.IsPlaceholder(a) && RoleValues.Problem(a) is null && RoleValues.Problem(b) is null;
    }

    private static string RoleName(string role) => role.Substring(role.LastIndexOf('/') + 1);

    private static bool HasPath(string arn) => arn.IndexOf('/') != arn.LastIndexOf('/');
}
