using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcsAnalyzers.CSharp;

/// <summary>
/// Links: a RunTask/CreateService/UpdateService request of the body to the task definition the same body registers, only where the
/// code proves it. (1) Its <c>TaskDefinition</c> is the <c>TaskDefinitionArn</c> of that registration's response, read
/// through locals assigned once: <c>registered.TaskDefinition.TaskDefinitionArn</c>, with <c>registered</c> the awaited
/// (or <c>.Result</c>) value of an <c>IAmazonECS.RegisterTaskDefinition[Async]</c> call. (2) Its <c>TaskDefinition</c> is
/// a constant family name (<c>"web"</c>: the latest revision) and exactly one registration before the request's creation
/// has that constant family, and every registration before it has a constant family; that one runs whenever the launch does
/// (not under an <c>if</c> the launch is not in, see <see cref="RunsBefore"/>). A revision (<c>"web:3"</c>) or an
/// ARN string is never linked: which revision the registration gets is not known at compile time. Nor is a request object
/// that two registrations send (changed between them, it is read as it ends). Anything else: no link.
/// </summary>
internal sealed partial class RequestReader
{
    /// <summary>A call of <c>IAmazonECS.RegisterTaskDefinition</c> or <c>RegisterTaskDefinitionAsync</c> with a request argument.</summary>
    private bool IsRegistration(IInvocationOperation call) =>
        call.TargetMethod.Name is "RegisterTaskDefinitionAsync" or "RegisterTaskDefinition"
        && (_sdk.IsEcsClient(call.TargetMethod.ContainingType) || _sdk.IsEcsClient(call.Instance?.Type))
        && RequestArgument(call) is not null;

    private IOperation? RequestArgument(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { } parameter && SymbolEqualityComparer.Default.Equals(parameter.Type, _sdk.RegisterTaskDefinitionRequest))
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>Each registration of the body with the request it sends (null when the request is not an object read here), in source order.</summary>
    private List<(IInvocationOperation Call, ObjectValue? Request)> RegisteredRequests()
    {
        var result = new List<(IInvocationOperation, ObjectValue?)>(_registrations.Count);
        foreach (var call in _registrations)
        {
            result.Add((call, RequestArgument(call) is { } argument ? ReadValue(argument) as ObjectValue : null));
        }

        result.Sort(static (a, b) => a.Item1.Syntax.SpanStart.CompareTo(b.Item1.Syntax.SpanStart));
        return result;
    }

    /// <summary>Sets <see cref="LaunchRequestModel.TaskDefinition"/> where the link is proven.</summary>
    private void Link(BlockModel model, List<(IInvocationOperation Call, ObjectValue? Request)> registered)
    {
        if (registered.Count == 0)
        {
            return;
        }

        Link(model, model.LaunchRequests, registered);
        Link(model, model.ServiceUpdates, registered);
    }

    private void Link(BlockModel model, List<LaunchRequestModel> launches, List<(IInvocationOperation Call, ObjectValue? Request)> registered)
    {
        foreach (var launch in launches)
        {
            var candidates = launch.Request.Candidates("TaskDefinition");
            if (candidates.Count != 1 || candidates[0].Conditional)
            {
                continue;
            }

            ObjectValue? request = null;
            var value = candidates[0].Value;
            if (value is UnknownValue && _registeredArns.TryGetValue(value, out var call))
            {
                foreach (var (c, r) in registered)
                {
                    request = c == call ? r : request;
                }

                // One request object registered twice is read as it ends: which revision had which settings is not known.
                var sends = 0;
                foreach (var (_, r) in registered)
                {
                    sends += request is not null && r == request ? 1 : 0;
                }

                request = sends == 1 ? request : null;
            }
            else if (value is ConstantValue { IsSdkFieldName: false, Text: { } family } && EcsNames.IsValid(family))
            {
                request = ByFamily(registered, family, launch.Request.Start, launch.Request.Via ?? launch.Request.Syntax);
            }

            foreach (var td in model.TaskDefinitions)
            {
                if (request is not null && td.Request == request)
                {
                    launch.TaskDefinition = td;
                }
            }
        }
    }

    /// <summary>The one registration before <paramref name="before"/> with the constant family; null when any earlier one's family is not a constant.</summary>
    private static ObjectValue? ByFamily(List<(IInvocationOperation Call, ObjectValue? Request)> registered, string family, int before, SyntaxNode launch)
    {
        ObjectValue? found = null;
        foreach (var (call, request) in registered)
        {
            if (call.Syntax.SpanStart >= before)
            {
                break;
            }

            if (request?.Definite("Family")?.Text is not { } constant)
            {
                return null; // a registration of an unknown family may be this family's latest revision
            }

            if (string.Equals(constant, family, StringComparison.Ordinal))
            {
                if (found is not null || !RunsBefore(call.Syntax, launch))
                {
                    return null;
                }

                found = request;
            }
        }

        return found;
    }

    /// <summary>
    /// The registration surely runs before <paramref name="launch"/> whenever the launch runs: nothing between the call and
    /// the innermost node holding both makes it conditional (an <c>if</c> or <c>else</c>, a switch section or arm, <c>?:</c>,
    /// <c>&amp;&amp;</c>/<c>||</c>/<c>??</c>, <c>?.</c>, a loop, a catch, a lambda or local function). Otherwise the family's latest
    /// revision may be an older one: <c>if (ec2) { Register(bridge); return; } RunTask("web", FARGATE)</c>.
    /// </summary>
    private static bool RunsBefore(SyntaxNode registration, SyntaxNode launch)
    {
        SyntaxNode? node = registration, previous = null;
        for (; node is not null && !node.Span.Contains(launch.Span); previous = node, node = node.Parent)
        {
            switch (node)
            {
                case Microsoft.CodeAnalysis.CSharp.Syntax.IfStatementSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.ElseClauseSyntax
                    or Microsoft.CodeAnalysis.CSharp.Syntax.SwitchSectionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.SwitchExpressionArmSyntax
                    or Microsoft.CodeAnalysis.CSharp.Syntax.ConditionalExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.ConditionalAccessExpressionSyntax
                    or Microsoft.CodeAnalysis.CSharp.Syntax.CommonForEachStatementSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.ForStatementSyntax
                    or Microsoft.CodeAnalysis.CSharp.Syntax.WhileStatementSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.DoStatementSyntax
                    or Microsoft.CodeAnalysis.CSharp.Syntax.CatchClauseSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.AnonymousFunctionExpressionSyntax
                    or Microsoft.CodeAnalysis.CSharp.Syntax.LocalFunctionStatementSyntax:
                case Microsoft.CodeAnalysis.CSharp.Syntax.BinaryExpressionSyntax binary
                    when binary.Kind() is Microsoft.CodeAnalysis.CSharp.SyntaxKind.LogicalAndExpression or Microsoft.CodeAnalysis.CSharp.SyntaxKind.LogicalOrExpression
                        or Microsoft.CodeAnalysis.CSharp.SyntaxKind.CoalesceExpression:
                    return false;
            }
        }

        // The innermost node holding both: the registration in one branch, the launch in another (if/else, switch sections).
        return node switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.IfStatementSyntax ifStatement => previous == ifStatement.Condition,
            Microsoft.CodeAnalysis.CSharp.Syntax.ConditionalExpressionSyntax conditional => previous == conditional.Condition,
            Microsoft.CodeAnalysis.CSharp.Syntax.SwitchStatementSyntax switchStatement => previous == switchStatement.Expression,
            Microsoft.CodeAnalysis.CSharp.Syntax.TryStatementSyntax => false,
            _ => true,
        };
    }

    /// <summary>
    /// The registration call whose response's <c>TaskDefinition</c> <paramref name="operation"/> provably is:
    /// <c>response.TaskDefinition</c>, directly or through locals assigned once.
    /// </summary>
    private IInvocationOperation? RegistrationOfTaskDefinition(IOperation operation)
    {
        var op = ThroughLocals(operation);
        return op is IPropertyReferenceOperation { Property: { Name: "TaskDefinition", ContainingType.Name: "RegisterTaskDefinitionResponse" } property, Instance: { } response }
            && _sdk.IsModelType(property.ContainingType)
            ? RegistrationOfResponse(response)
            : null;
    }

    /// <summary>The registration call whose response <paramref name="operation"/> is: awaited, <c>.Result</c>, <c>GetAwaiter().GetResult()</c> or the sync call's value, through locals assigned once.</summary>
    private IInvocationOperation? RegistrationOfResponse(IOperation operation)
    {
        var op = ThroughLocals(operation);
        for (var i = 0; i < 4; i++)
        {
            op = op switch
            {
                IAwaitOperation awaited => SkipConversionsDown(awaited.Operation),
                IInvocationOperation { TargetMethod.Name: "ConfigureAwait" or "GetAwaiter" or "GetResult", Instance: { } instance } => SkipConversionsDown(instance),
                IPropertyReferenceOperation { Property.Name: "Result", Instance: { } task } => SkipConversionsDown(task),
                _ => op,
            };
        }

        return op is IInvocationOperation call && _registrations.Contains(call) ? call : null;
    }

    /// <summary>What a local assigned once (and never written otherwise) holds, followed a few times; else the operation itself.</summary>
    private IOperation ThroughLocals(IOperation operation)
    {
        var op = SkipConversionsDown(operation);
        for (var hops = 0; hops < 4 && op is ILocalReferenceOperation reference; hops++)
        {
            if (!_locals.TryGetValue(reference.Local, out var info) || info.Assignments.Count != 1 || info.OtherWrites || reference.Local.IsRef)
            {
                break;
            }

            op = SkipConversionsDown(info.Assignments[0]);
        }

        return op;
    }
}
