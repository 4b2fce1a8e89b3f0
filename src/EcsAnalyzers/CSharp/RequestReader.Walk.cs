using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using EcsAnalyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EcsAnalyzers.CSharp;

/// <summary>The walk: one pass over a body's operations that indexes its creations and its locals' assignments and references.</summary>
internal sealed partial class RequestReader
{
    private sealed class LocalInfo
    {
        public List<IOperation> Assignments { get; } = new(2);

        public List<ILocalReferenceOperation> References { get; } = new(4);

        public IOperation? DeclaringBlock { get; set; }

        /// <summary>Assigned through <c>out</c>/<c>ref</c>, deconstruction or a pattern: never a known value.</summary>
        public bool OtherWrites { get; set; }

        public void Clear()
        {
            Assignments.Clear();
            References.Clear();
            DeclaringBlock = null;
            OtherWrites = false;
        }
    }

    /// <summary>Every operation of the body in source order (children pushed in reverse), without an enumerator per node.</summary>
    private void Index(IOperation root)
    {
        _walk.Push(new OperationSlot(root));
        while (_walk.Count > 0)
        {
            var op = _walk.Pop().Operation;
            foreach (var child in op.ChildOperations.Reverse())
            {
                _walk.Push(new OperationSlot(child));
            }

            IndexOne(op);
        }
    }

    private readonly struct OperationSlot
    {
        public OperationSlot(IOperation operation) => Operation = operation;

        public IOperation Operation { get; }
    }

    private void IndexOne(IOperation op)
    {
        // The kind first: one virtual call, where a type pattern tests interfaces one by one on every operation.
        var kind = op.Kind;
        if (kind is not (OperationKind.ObjectCreation or OperationKind.VariableDeclarator or OperationKind.LocalReference
            or OperationKind.ParameterReference or OperationKind.Invocation or OperationKind.PropertyReference or OperationKind.Await
            or OperationKind.Return))
        {
            return;
        }

        if (kind == OperationKind.Invocation && _depth == 0 && IsRegistration((IInvocationOperation)op))
        {
            _registrations.Add((IInvocationOperation)op);
        }

        switch (op)
        {
            case IObjectCreationOperation creation when _sdk.IsModelType(creation.Type):
                _creations.Add(creation);
                break;
            case IVariableDeclaratorOperation declarator:
                var info = Info(declarator.Symbol);
                info.DeclaringBlock = EnclosingBlock(declarator);
                if (declarator.Initializer?.Value is { } initial)
                {
                    info.Assignments.Add(initial);
                }

                break;
            case ILocalReferenceOperation reference:
                var refInfo = Info(reference.Local);
                refInfo.References.Add(reference);
                if (reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference)
                {
                    refInfo.Assignments.Add(assignment.Value);
                }
                else if (reference.IsDeclaration || IsOtherWrite(reference))
                {
                    refInfo.OtherWrites = true;
                }

                break;
            case IParameterReferenceOperation parameter:
                if (parameter.Parent is ISimpleAssignmentOperation p && p.Target == parameter || IsOtherWrite(parameter))
                {
                    _writtenParameters.Add(parameter.Parameter);
                }

                break;
            case IInvocationOperation call when _depth == 0 && (_sdk.IsModelType(call.Type) || IsCollection(call.Type)):
                _calls.Add(call); // may return an SDK object from a helper: read in pass 2 unless something reads it first
                break;
            case IAwaitOperation { Operation: IInvocationOperation { TargetMethod.IsAsync: true } } awaited
                when _depth == 0 && (_sdk.IsModelType(awaited.Type) || IsCollection(awaited.Type)):
                _calls.Add(awaited); // `await BuildRequestAsync()`
                break;
            case IPropertyReferenceOperation { Arguments.IsEmpty: true, Instance: null or IInstanceReferenceOperation } property
                when _depth == 0 && (_sdk.IsModelType(property.Type) || IsCollection(property.Type)) && !IsAssignedTo(property):
                _calls.Add(property); // a get-only property of this type that builds a request: `ecs.RegisterTaskDefinitionAsync(Request)`
                break;
            case IReturnOperation { ReturnedValue: not null } ret when _depth > 0 && IsOwnReturn(ret):
                _returns.Add(ret);
                break;
        }
    }

    private static bool IsAssignedTo(IOperation target) =>
        target.Parent is IAssignmentOperation assignment && assignment.Target == target
        || target.Parent is IMemberInitializerOperation or IArgumentOperation { Parameter.RefKind: not RefKind.None and not RefKind.In };

    /// <summary>A write of a local or parameter other than <c>x = value</c>: out/ref, compound, <c>??=</c>, deconstruction, <c>++</c>.</summary>
    private static bool IsOtherWrite(IOperation reference)
    {
        var parent = reference.Parent;
        return parent is IArgumentOperation { Parameter.RefKind: not RefKind.None and not RefKind.In }
            || parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } } // ref var alias = ref x;
            || parent is ISimpleAssignmentOperation { IsRef: true } || parent is IReturnOperation { Parent: not null } && reference.Type is not null && IsRefReturn(parent)
            || parent is ICompoundAssignmentOperation or ICoalesceAssignmentOperation or IDeconstructionAssignmentOperation
            || parent is IIncrementOrDecrementOperation or ITupleOperation;
    }

    private static bool IsRefReturn(IOperation ret) => ret.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ReturnStatementSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.RefExpressionSyntax };

    /// <summary>A return of the helper being read itself, not of a lambda or local function inside it.</summary>
    private bool IsOwnReturn(IOperation operation)
    {
        for (var op = operation.Parent; op is not null && op != _root; op = op.Parent)
        {
            if (op is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return true;
    }

    private LocalInfo Info(ILocalSymbol local)
    {
        if (!_locals.TryGetValue(local, out var info))
        {
            if (_infoUsed == _infoPool.Count)
            {
                _infoPool.Add(new LocalInfo());
            }

            _locals[local] = info = _infoPool[_infoUsed++];
        }

        return info;
    }
}
