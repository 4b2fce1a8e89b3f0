using System.Collections.Generic;
using System.Collections.Immutable;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcsAnalyzers.CSharp;

/// <summary>
/// Helpers read at their call: a method, local function or property getter of this compilation that cannot be overridden
/// is read with the same reader, its parameters bound to what the caller passed, and what it returns is the call's value.
/// </summary>
internal sealed partial class RequestReader
{
    /// <summary>
    /// The value of a call: what the helper returns, read in a reader one level deeper; unknown for a helper that cannot
    /// be read (see <see cref="MethodSummaries.BodyOf"/>), one already being read (recursion), or one too deep.
    /// </summary>
    private Value ReadCall(IOperation call, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, IOperation? instance)
    {
        if (_callValues.TryGetValue(call.Syntax, out var known))
        {
            return known;
        }

        var value = ReadCallUncached(call, method, arguments, instance);
        _callValues[call.Syntax] = value;
        if (_depth == 0 && value is ObjectValue or ListValue)
        {
            _callRoots.Add(value);
        }

        return value;
    }

    private Value ReadCallUncached(IOperation call, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, IOperation? instance)
    {
        method = method.PartialImplementationPart ?? method;
        if (ReadableBody(method) is not { } body)
        {
            return Stamp(new UnknownValue(call.Syntax)); // objects passed in escape where they are used (ApplyUse, pass 2)
        }

        // Arguments are read here, in the caller's context. Objects and lists passed in may be changed by the helper
        // where this reader does not follow them: they escape (as when passed to any method), unless the helper only
        // puts them somewhere (a property, a list, its return value).
        var bound = new List<(IParameterSymbol Parameter, Value Value)>(arguments.Length);
        var changesArgument = false;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                continue;
            }

            var value = ReadValue(argument.Value);
            if (value is ObjectValue or ListValue && !_summaries.KeepsParameter(method, parameter.Ordinal, _cancellationToken))
            {
                Escape(value, lists: true, at: EscapeSite(call));
                changesArgument = true;
            }
            else if (_depth == 0 && value.Via is null && value is ConstantValue or UnknownValue && !argument.IsImplicit)
            {
                // A finding about it points at the argument in the analyzed body (deeper, it already does).
                value = At(value, argument.Value.Syntax);
            }

            bound.Add((parameter, value));
        }

        if (changesArgument)
        {
            // The helper changes an object it was given: what it returns may hold that object with writes not seen here.
            return Stamp(new UnknownValue(call.Syntax));
        }

        var child = Reader(_depth + 1);
        child.Reset(_summaries, body, _cancellationToken);
        child._depth = _depth + 1;
        child._method = method.OriginalDefinition;
        child._via = _via ?? call.Syntax;
        child._context = new object();
        child._chain = _chain;
        child._thisIsRootThis = _thisIsRootThis && (instance is null or IInstanceReferenceOperation);
        child._fieldsStable = _fieldsStable;
        foreach (var (parameter, value) in bound)
        {
            child._arguments[parameter.Ordinal] = value;
        }

        _chain.Add(method);
        try
        {
            return child.ReadReturn();
        }
        finally
        {
            _chain.RemoveAt(_chain.Count - 1);
            child.Reset(null!, null!, default);
        }
    }

    /// <summary>What the helper being read returns: its one return, or the set of constants its returns give.</summary>
    private Value ReadReturn()
    {
        Index(_root);
        if (_returns.Count == 1)
        {
            return ReadValue(_returns[0].ReturnedValue!);
        }

        if (_returns.Count > 1)
        {
            var options = new List<Value>(_returns.Count);
            foreach (var ret in _returns)
            {
                if (!AddOptions(options, ReadValue(ret.ReturnedValue!)))
                {
                    return Stamp(new UnknownValue(_root.Syntax));
                }
            }

            return Stamp(new ChoiceValue(_root.Syntax, options, key: null));
        }

        return Stamp(new UnknownValue(_root.Syntax));
    }

    /// <summary>A call to <paramref name="method"/> here is read: not too deep, not recursive, a helper with a readable body.</summary>
    private bool CanRead(IMethodSymbol method) => ReadableBody(method.PartialImplementationPart ?? method) is not null;

    /// <summary>The body a call to <paramref name="method"/> is read from here, or null (too deep, recursive, not a readable helper).</summary>
    private IOperation? ReadableBody(IMethodSymbol method) =>
        _depth < MaxDepth && !OnChain(method) ? _summaries.BodyOf(method, _cancellationToken) : null;

    private bool OnChain(IMethodSymbol method)
    {
        foreach (var member in _chain)
        {
            if (SymbolEqualityComparer.Default.Equals(member, method)
                || member is IMethodSymbol { AssociatedSymbol: { } property } && SymbolEqualityComparer.Default.Equals(property, method.AssociatedSymbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A copy of a plain value that points at <paramref name="syntax"/> (the argument that carried it into a helper).</summary>
    private static Value At(Value value, SyntaxNode syntax) => value switch
    {
        ConstantValue c => new ConstantValue(syntax, c.Constant, c.IsSdkFieldName),
        UnknownValue u => new UnknownValue(syntax, u.Origin),
        _ => value,
    };
}
