using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using EcsAnalyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EcsAnalyzers.CSharp;

/// <summary>Locals and writes: what a local holds, and how each later use of it (a write, an <c>.Add</c>, a read, an escape) changes the object or list it holds.</summary>
internal sealed partial class RequestReader
{
    private static ILocalSymbol? BoundLocal(IOperation creation)
    {
        var parent = SkipConversionsUp(creation).Parent;
        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation d } => d.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation l } a when a.Value == SkipConversionsUp(creation) => l.Local,
            _ => null,
        };
    }

    private Value ReadLocal(ILocalSymbol local, SyntaxNode? use = null)
    {
        if (_localValues.TryGetValue(local, out var known))
        {
            return known;
        }

        if (!_locals.TryGetValue(local, out var info) || !_reading.Add(local))
        {
            return Unknown(local, use); // not assigned in this body, or read while being read (a cycle)
        }

        try
        {
            if (info.Assignments.Count != 1 || info.OtherWrites)
            {
                // Reassigned: the objects it held are read as created, but later writes cannot be attributed to one of them.
                foreach (var assignment in info.Assignments)
                {
                    if (ReadValue(assignment) is ObjectValue o)
                    {
                        o.AllWritesVisible = false;
                    }
                }

                var unknown = Unknown(local, use);
                _localValues[local] = unknown;
                return unknown;
            }

            var value = ReadValue(info.Assignments[0]);
            if (value is UnknownValue { Origin: null })
            {
                // Assigned once and never written again: every read is the same value, whatever it is at run time.
                // A setting read from a TaskDefinition stays one, read through the variable (ECSA9002).
                var readFrom = ((UnknownValue)value).ReadFrom is { } read ? new SettingRead(read.Source, read.Property, read.Transformed, throughVariable: true) : null;
                var symbolic = Stamp(new UnknownValue(value.Syntax, new Origin(local, _context), readFrom));
                if (_registeredArns.TryGetValue(value, out var registration))
                {
                    _registeredArns[symbolic] = registration; // still the registered task definition's ARN
                }

                value = symbolic;
            }

            _localValues[local] = value;
            if (value is ObjectValue or ListValue)
            {
                // Operations are walked in source order; sort only if some use came out of order.
                var references = info.References;
                for (var i = 1; i < references.Count; i++)
                {
                    if (references[i - 1].Syntax.SpanStart > references[i].Syntax.SpanStart)
                    {
                        references = new List<ILocalReferenceOperation>(references);
                        references.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
                        break;
                    }
                }

                foreach (var reference in references)
                {
                    ApplyUse(value, reference, info.DeclaringBlock, references);
                }
            }

            return value;
        }
        finally
        {
            _reading.Remove(local);
        }
    }

    private UnknownValue Unknown(ILocalSymbol local, SyntaxNode? use)
    {
        if (use is not null)
        {
            return Stamp(new UnknownValue(use));
        }

        var declarations = local.DeclaringSyntaxReferences;
        return Stamp(new UnknownValue(declarations.IsDefaultOrEmpty ? _root.Syntax : declarations[0].GetSyntax()));
    }

    /// <summary>Applies one use of a local holding <paramref name="root"/>: a write, an <c>.Add</c>, a read, or an escape.</summary>
    private void ApplyUse(Value root, ILocalReferenceOperation reference, IOperation? declaringBlock, List<ILocalReferenceOperation> references)
    {
        var path = NoPath;
        IOperation current = reference;
        while (current.Parent is IPropertyReferenceOperation p && p.Instance == current && p.Arguments.IsEmpty)
        {
            if (path == NoPath)
            {
                path = new List<IPropertyReferenceOperation>(2);
            }

            path.Add(p);
            current = p;
        }

        var parent = current.Parent;
        var conditional = IsConditional(current, declaringBlock);
        if (_depth == 0 && path.Count > 0 && NullDereference(current) is { } what && _sdk.CollectionsStartNull)
        {
            RecordNullUse(root, path, current, what, declaringBlock, references);
        }

        switch (parent)
        {
            case ISimpleAssignmentOperation a when a.Target == current:
                if (path.Count > 0 && Navigate(root, path, path.Count - 1) is { } owner)
                {
                    SetProperty(owner, path[path.Count - 1].Property.Name, ReadValue(a.Value), a.Syntax, conditional);
                }

                return;
            case IInvocationOperation inv when inv.Instance == current:
                ApplyCall(root, path, inv, conditional);
                return;
            case INameOfOperation:
                return;
            case IReturnOperation ret when _depth > 0 && IsOwnReturn(ret):
                return; // what a helper returns is read at its call
        }

        if (path.Count > 0 && WrittenOtherwise(current) is { } write && Navigate(root, path, path.Count - 1) is { } written)
        {
            // `r.TaskRoleArn ??= v` (a write on the paths where it was null), `r.Cpu += ...`, `(r.A, r.B) = (...)`, `r.X++`.
            var value = write is ICoalesceAssignmentOperation coalesce ? ReadValue(coalesce.Value) : Stamp(new UnknownValue(write.Syntax));
            SetProperty(written, path[path.Count - 1].Property.Name, value, write.Syntax, conditional || write is ICoalesceAssignmentOperation);
            return;
        }

        if (path.Count > 0 && IsPlainValue(current.Type))
        {
            return; // reading a string, number or ConstantClass
        }

        var self = SkipConversionsUp(current);
        if (path.Count == 0 && (IsSentArgument(self) || IsConsumedByReader(self)))
        {
            return;
        }

        if (path.Count > 0 && Navigate(root, path, path.Count - 1) is { } holder)
        {
            // An object or list read out of the local may be changed through what was read: `r.Items[0].Name = v`,
            // `foreach (var c in r.Items) c.Name = v`, a copy into another local that gains items.
            foreach (var held in holder.Candidates(path[path.Count - 1].Property.Name))
            {
                if (held.Value is ObjectValue or ListValue)
                {
                    Escape(held.Value, lists: true, at: EscapeSite(self));
                }
            }
        }

        Escape(root, lists: self.Parent is IArgumentOperation, at: EscapeSite(self));
    }

    /// <summary>Where an escape happens, for ECSA9001's uses after it: only in the analyzed body (a helper's syntax is elsewhere).</summary>
    private SyntaxNode? EscapeSite(IOperation operation) => _depth == 0 ? operation.Syntax : null;

    private static readonly List<IPropertyReferenceOperation> NoPath = new(0);

    /// <summary>How <paramref name="collection"/> (a model property read) is dereferenced: a method call on it, an indexer or a foreach; else null.</summary>
    private string? NullDereference(IOperation collection)
    {
        if (!IsCollection(collection.Type))
        {
            return null;
        }

        switch (collection.Parent)
        {
            case IInvocationOperation inv when inv.Instance == collection:
                return inv.TargetMethod.Name + " call";
            case IPropertyReferenceOperation { Arguments.IsEmpty: false } indexer when indexer.Instance == collection:
                return "indexer";
        }

        var top = SkipConversionsUp(collection);
        return top.Parent is IForEachLoopOperation loop && loop.Collection == top ? "foreach" : null;
    }

    /// <summary>
    /// ECSA9001: a collection of an object created in this body used before any write of it. Not in a lambda or local
    /// function (it may run after a later write), and not in a loop that also uses the object otherwise or the same
    /// collection elsewhere (an earlier iteration may assign it).
    /// </summary>
    private void RecordNullUse(Value root, List<IPropertyReferenceOperation> path, IOperation collection, string what, IOperation? declaringBlock, List<ILocalReferenceOperation> references)
    {
        var property = path[path.Count - 1];
        if (Navigate(root, path, path.Count - 1) is not { Via: null, AllWritesVisible: true } owner || owner.Candidates(property.Property.Name).Count != 0
            || root.Via is not null)
        {
            return;
        }

        IOperation? loop = null;
        for (var op = collection.Parent; op is not null && op != declaringBlock; op = op.Parent)
        {
            if (op is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return;
            }

            loop ??= op as ILoopOperation;
        }

        // The same property read before (a null check, `?.`, passed somewhere), or in the same loop the object used
        // otherwise or the property touched elsewhere: an earlier path or iteration may have dealt with it.
        var use = path[0].Syntax;
        foreach (var other in references)
        {
            if (use.Span.Contains(other.Syntax.Span))
            {
                continue;
            }

            var sameProperty = other.Parent is IPropertyReferenceOperation first && first.Property.Name == path[0].Property.Name;
            if ((sameProperty && other.Syntax.SpanStart < use.SpanStart)
                || (loop is not null && loop.Syntax.Span.Contains(other.Syntax.Span) && (sameProperty || other.Parent is not IPropertyReferenceOperation)))
            {
                return;
            }
        }

        var receiver = property.Instance?.Syntax.ToString() ?? "";
        owner.AddNullCollectionUse(new NullCollectionUse(property.Property.Name, property.Syntax, receiver, what));
    }

    /// <summary>The operation that writes <paramref name="target"/> other than by <c>=</c>: <c>??=</c>, a compound assignment, <c>++</c>, or a deconstruction into a tuple that holds it.</summary>
    private static IOperation? WrittenOtherwise(IOperation target)
    {
        switch (target.Parent)
        {
            case ICoalesceAssignmentOperation c when c.Target == target:
                return c;
            case ICompoundAssignmentOperation c when c.Target == target:
                return c;
            case IIncrementOrDecrementOperation i:
                return i;
            case ITupleOperation:
                IOperation tuple = target.Parent;
                while (tuple.Parent is ITupleOperation outer)
                {
                    tuple = outer;
                }

                return tuple.Parent is IDeconstructionAssignmentOperation d && d.Target == tuple ? d : null;
            default:
                return null;
        }
    }

    private void ApplyCall(Value root, List<IPropertyReferenceOperation> path, IInvocationOperation inv, bool conditional)
    {
        var list = path.Count == 0 ? root as ListValue : EnsureList(root, path, inv.Syntax, conditional);
        if (list is null)
        {
            if (path.Count > 0 && !IsCollection(path[path.Count - 1].Type))
            {
                return; // a method of a model object (ToString, GetType)
            }

            Escape(root, at: EscapeSite(inv));
            return;
        }

        if (conditional && inv.TargetMethod.Name is "Add" or "Insert" or "AddRange" or "InsertRange")
        {
            // Added on some paths only: each item is still checked, but the list as a whole (names, counts, sums) is not known.
            list.AllItemsKnown = false;
        }

        switch (inv.TargetMethod.Name)
        {
            case "Add" when inv.Arguments.Length == 2:
                // Dictionary.Add(key, value), as `{ key, value }` in a collection initializer.
                list.Items.Add(Stamp(new KeyValueValue(inv.Syntax, ReadValue(inv.Arguments[0].Value), ReadValue(inv.Arguments[1].Value))));
                return;
            case "Add" or "Insert" when inv.Arguments.Length > 0:
                list.Items.Insert(InsertAt(list, inv), ReadValue(inv.Arguments[inv.Arguments.Length - 1].Value));
                return;
            case "AddRange" or "InsertRange" when inv.Arguments.Length > 0:
                var at = InsertAt(list, inv);
                if (ReadValue(inv.Arguments[inv.Arguments.Length - 1].Value) is ListValue range)
                {
                    list.Items.InsertRange(at, range.Items);
                    list.AllItemsKnown &= range.AllItemsKnown;
                }
                else
                {
                    list.AllItemsKnown = false;
                }

                return;
            case "Contains" or "IndexOf" or "LastIndexOf" or "Find" or "FindAll" or "FindIndex" or "Exists" or "TrueForAll"
                or "ToArray" or "GetEnumerator" or "CopyTo" or "ContainsKey" or "ContainsValue" or "TryGetValue"
                or "ToString" or "GetHashCode" or "Equals" or "GetType" or "ConvertAll" or "GetRange" or "BinarySearch":
                return;
            default:
                list.AllItemsKnown = false;
                Escape(root, at: EscapeSite(inv));
                return;
        }
    }

    /// <summary>
    /// Where <c>Add</c>/<c>Insert</c> put their items: the end, or a constant index. An index not known (or out of range)
    /// puts them at the end and marks the list's order, and so its items as a whole, not known.
    /// </summary>
    private static int InsertAt(ListValue list, IInvocationOperation inv)
    {
        if (!inv.TargetMethod.Name.StartsWith("Insert", StringComparison.Ordinal))
        {
            return list.Items.Count;
        }

        if (inv.Arguments.Length == 2 && inv.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int index } && index >= 0 && index <= list.Items.Count)
        {
            return index;
        }

        list.AllItemsKnown = false;
        return list.Items.Count;
    }

    /// <summary>
    /// The value may be changed where this reader does not look: every object reachable from it may gain writes (a
    /// caller can write <c>factory().EfsVolumeConfiguration.TransitEncryption</c> as well as the object itself). Passed
    /// to a method (<paramref name="lists"/>), its lists may also gain or lose items (<c>AddSidecar(request)</c>).
    /// Returned or stored, the lists' items are kept as known: what a helper's body puts in a list (a health check's
    /// first element, its container names) is what it wrote.
    /// </summary>
    private static void Escape(Value root, bool lists = false, int depth = 0, SyntaxNode? at = null)
    {
        switch (root)
        {
            case ObjectValue o:
                o.AllWritesVisible = false;
                if (at is not null)
                {
                    o.NoteEscape(at);
                }

                for (var i = 0; depth < 8 && i < o.PropertyCount; i++)
                {
                    foreach (var write in o.CandidatesAt(i))
                    {
                        if (write.Value is ObjectValue or ListValue)
                        {
                            Escape(write.Value, lists, depth + 1, at);
                        }
                    }
                }

                break;
            case ListValue l:
                l.AllItemsKnown &= !(lists || depth == 0); // the escaping list itself, as before; a nested one only when passed to a method
                foreach (var item in l.Items)
                {
                    if (item is ObjectValue && depth < 8)
                    {
                        Escape(item, lists, depth + 1, at);
                    }
                }

                break;
        }
    }

    /// <summary>The object that owns <c>path[upTo]</c>: follows the objects written into each property before it.</summary>
    private static ObjectValue? Navigate(Value root, List<IPropertyReferenceOperation> path, int upTo)
    {
        var current = root as ObjectValue;
        for (var i = 0; i < upTo && current is not null; i++)
        {
            ObjectValue? next = null;
            foreach (var o in current.Objects(path[i].Property.Name))
            {
                next = o;
            }

            current = next;
        }

        return current;
    }

    private ListValue? EnsureList(Value root, List<IPropertyReferenceOperation> path, SyntaxNode site, bool conditional)
    {
        var property = path[path.Count - 1];
        if (!IsCollection(property.Type) || Navigate(root, path, path.Count - 1) is not { } owner)
        {
            return null;
        }

        ListValue? list = null;
        foreach (var w in owner.Candidates(property.Property.Name))
        {
            if (w.Value is ListValue l)
            {
                list = l;
            }
        }

        if (list is null)
        {
            // v3.7 lists start empty; in v4 they start null (AWSSDK2000/ECSA9001 territory): model both as a new list.
            list = Stamp(new ListValue(site));
            SetProperty(owner, property.Property.Name, list, site, conditional);
        }

        return list;
    }

    /// <summary>The value flows into something this reader reads (a model property, a list of a model, a collection).</summary>
    private bool IsConsumedByReader(IOperation value)
    {
        switch (value.Parent)
        {
            case ISimpleAssignmentOperation a when a.Value == value:
                return a.Target is IPropertyReferenceOperation target && IsTrackedInstance(target.Instance);
            case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add" or "AddRange" or "Insert" or "InsertRange" } inv }:
                return IsTrackedInstance(inv.Instance);
            case IArrayElementReferenceOperation:
                return false;
            case IArrayInitializerOperation:
                return true;
            case IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation call }:
                // A helper this reader reads, which only puts the object somewhere: it is read there, unchanged.
                return CanRead(call.TargetMethod) && _summaries.KeepsParameter(call.TargetMethod, parameter.Ordinal, _cancellationToken);
        }

        return value.Syntax.Parent is ExpressionElementSyntax or SpreadElementSyntax;
    }

    /// <summary>An instance chain rooted in an initializer's receiver or in a local this reader follows.</summary>
    private bool IsTrackedInstance(IOperation? instance)
    {
        while (true)
        {
            switch (instance)
            {
                case IPropertyReferenceOperation p:
                    instance = p.Instance;
                    continue;
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                    return true;
                case ILocalReferenceOperation l:
                    return _locals.TryGetValue(l.Local, out var info) && info.Assignments.Count == 1 && !info.OtherWrites
                        && (IsCollection(l.Local.Type) || _sdk.IsModelType(l.Local.Type));
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// The value is sent: the request argument of an <c>IAmazonECS</c> call, or of a wrapper whose parameter reaches
    /// such a call unchanged (<see cref="MethodSummaries.SendsParameter"/>).
    /// </summary>
    private bool IsSentArgument(IOperation value)
    {
        if (IsClientArgument(value))
        {
            return true;
        }

        return SkipConversionsUp(value).Parent is IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation inv }
            && _sdk.IsModelType(parameter.Type)
            && _summaries.SendsParameter(inv.TargetMethod, parameter.Ordinal, _cancellationToken);
    }

    /// <summary>
    /// The value is the request argument of an <c>IAmazonECS</c> call. A client method's parameter is declared with the
    /// request's own type, which rules out <c>List&lt;T&gt;.Add(T)</c> and the like before any interface is looked at.
    /// </summary>
    private bool IsClientArgument(IOperation value) =>
        SkipConversionsUp(value).Parent is IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation inv }
        && _sdk.IsModelType(parameter.OriginalDefinition.Type)
        && (_sdk.IsEcsClient(inv.TargetMethod.ContainingType) || _sdk.IsEcsClient(inv.Instance?.Type));

    /// <summary>
    /// A write is unconditional when its statement sits directly in the block that declares the local, with no branch
    /// between them (<c>if (x) r.A = ...;</c> without braces is conditional too).
    /// </summary>
    private static bool IsConditional(IOperation operation, IOperation? declaringBlock)
    {
        for (var op = operation; op is not null; op = op.Parent)
        {
            if (op is IConditionalOperation or ILoopOperation or ISwitchOperation or ICoalesceOperation or IConditionalAccessOperation
                or IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }

            if (op.Parent is IBlockOperation block)
            {
                return block != declaringBlock;
            }
        }

        return true;
    }

    private static IOperation? EnclosingBlock(IOperation operation)
    {
        for (var op = operation.Parent; op is not null; op = op.Parent)
        {
            if (op is IBlockOperation)
            {
                return op;
            }
        }

        return null;
    }
}
