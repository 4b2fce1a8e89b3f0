using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
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
/// has that constant family, and every registration before it has a constant family. A revision (<c>"web:3"</c>) or an
/// ARN string is never linked: which revision the registration gets is not known at compile time. Anything else: no link.
/// </summary>
internal sealed partial class RequestReader
{
    private static readonly Regex FamilyName = new("^[A-Za-z0-9_-]{1,255}$", RegexOptions.CultureInvariant);

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
            }
            else if (value is ConstantValue { IsSdkFieldName: false, Text: { } family } && FamilyName.IsMatch(family))
            {
                request = ByFamily(registered, family, launch.Request.Start);
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
    private static ObjectValue? ByFamily(List<(IInvocationOperation Call, ObjectValue? Request)> registered, string family, int before)
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
                if (found is not null)
                {
                    return null;
                }

                found = request;
            }
        }

        return found;
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
