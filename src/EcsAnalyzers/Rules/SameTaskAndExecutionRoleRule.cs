using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA3003: the task role and the execution role are the same role (same ARN, or an ARN and its role name); points at ExecutionRoleArn.</summary>
internal sealed class SameTaskAndExecutionRoleRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA3003_SameTaskAndExecutionRole;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (td.Request.Definite("TaskRoleArn")?.Text is not { } task || td.Request.Definite("ExecutionRoleArn")?.Text is not { } execution
                || !SameRole(task.Trim(), execution.Trim()))
            {
                continue;
            }

            foreach (var write in td.Request.Candidates("ExecutionRoleArn"))
            {
                report(Diagnose(write.Where, RoleName(execution.Trim())));
            }
        }
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
