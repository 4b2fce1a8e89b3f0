using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EcsAnalyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EcsAnalyzers.Model;

/// <summary>
/// Reads every SDK model object created in one executable body (method, lambda, top-level statements, field initializer)
/// into <see cref="ObjectValue"/>s: object and collection initializers, later <c>x.Prop = ...</c> writes to locals
/// (also under <c>if</c>), <c>.Add</c>/<c>.AddRange</c>, collection expressions, locals assigned once, constants and
/// ConstantClass values. Each creation is read once; everything else is unknown.
/// </summary>
internal sealed class RequestReader
{
    // One reader per thread, cleared for each body: its tables keep their capacity, so reading a body allocates little
    // beyond the values it returns.
    [ThreadStatic]
    private static RequestReader? s_reader;

    private readonly Dictionary<ILocalSymbol, LocalInfo> _locals = new(LocalComparer.Instance);
    private readonly List<LocalInfo> _infoPool = new();
    private int _infoUsed;
    // Keyed by the creation's position: unique per creation in a body, and an int hashes for free (identity hashes of
    // operations do not: the runtime initializes each object's hash on first use).
    private readonly Dictionary<int, ObjectValue> _objects = new();
    private readonly Dictionary<ILocalSymbol, Value> _localValues = new(LocalComparer.Instance);
    private readonly HashSet<ILocalSymbol> _reading = new(LocalComparer.Instance);
    private readonly List<IObjectCreationOperation> _creations = new(16);
    // Operations wrapped in a struct: storing an interface-typed reference into an array costs a type check per store.
    private readonly Stack<OperationSlot> _walk = new(64);
    private readonly Stack<ObjectValue> _pending = new(16);

    private EcsKnownTypes _sdk = null!;
    private IOperation _root = null!;

    private RequestReader()
    {
    }

    /// <summary>Reads the SDK objects created in one body (<paramref name="root"/>: the operation of a member, accessor, initializer or top-level statements).</summary>
    public static BlockModel Read(EcsKnownTypes sdk, IOperation root)
    {
        var reader = s_reader ??= new RequestReader();
        reader.Reset(sdk, root);
        try
        {
            return reader.ReadBody();
        }
        finally
        {
            reader.Reset(null!, null!); // drop references to the compilation
        }
    }

    private void Reset(EcsKnownTypes sdk, IOperation root)
    {
        _sdk = sdk;
        _root = root;
        _locals.Clear();
        for (var i = 0; i < _infoUsed; i++)
        {
            _infoPool[i].Clear();
        }

        _infoUsed = 0;
        _objects.Clear();
        _localValues.Clear();
        _reading.Clear();
        _creations.Clear();
        _walk.Clear();
        _pending.Clear();
    }

    private BlockModel ReadBody()
    {
        Index(_root);
        var creations = _creations;
        for (var i = 1; i < creations.Count; i++)
        {
            // The walk visits operations in source order; sort only in the rare case where one came out of order.
            if (creations[i - 1].Syntax.SpanStart > creations[i].Syntax.SpanStart)
            {
                creations.Sort(static (a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
                break;
            }
        }

        // Pass 1: objects and lists held in locals, with every later write through the local (a container created inside
        // a list local is read as part of that list, not on its own).
        foreach (var entry in _locals)
        {
            if (_sdk.IsModelType(entry.Key.Type) || IsCollection(entry.Key.Type))
            {
                ReadLocal(entry.Key);
            }
        }

        foreach (var creation in creations)
        {
            if (BoundLocal(creation) is { } local)
            {
                ReadLocal(local); // also locals typed object or an interface
            }
        }

        // Pass 2: objects not reached yet (sent straight to the client, returned, passed elsewhere).
        foreach (var creation in creations)
        {
            if (!_objects.ContainsKey(creation.Syntax.SpanStart) && ReadCreation(creation) is ObjectValue o && BoundLocal(creation) is null
                && !IsClientArgument(creation))
            {
                o.AllWritesVisible = false; // never set back to true: an initializer may have cleared it already
            }
        }

        return new BlockModel(_sdk, _objects.Values, _pending);
    }

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
        if (kind is not (OperationKind.ObjectCreation or OperationKind.VariableDeclarator or OperationKind.LocalReference))
        {
            return;
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
                var parent = reference.Parent;
                if (parent is ISimpleAssignmentOperation assignment && assignment.Target == reference)
                {
                    refInfo.Assignments.Add(assignment.Value);
                }
                else if (reference.IsDeclaration
                    || parent is IArgumentOperation { Parameter.RefKind: not RefKind.None and not RefKind.In }
                    || parent is ICompoundAssignmentOperation or ICoalesceAssignmentOperation or IDeconstructionAssignmentOperation
                    || parent is IIncrementOrDecrementOperation or ITupleOperation)
                {
                    refInfo.OtherWrites = true;
                }

                break;
        }
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
                    ApplyUse(value, reference, info.DeclaringBlock);
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
            return new UnknownValue(use);
        }

        var declarations = local.DeclaringSyntaxReferences;
        return new UnknownValue(declarations.IsDefaultOrEmpty ? _root.Syntax : declarations[0].GetSyntax());
    }

    /// <summary>Applies one use of a local holding <paramref name="root"/>: a write, an <c>.Add</c>, a read, or an escape.</summary>
    private void ApplyUse(Value root, ILocalReferenceOperation reference, IOperation? declaringBlock)
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
        switch (parent)
        {
            case ISimpleAssignmentOperation a when a.Target == current:
                if (path.Count > 0 && Navigate(root, path, path.Count - 1) is { } owner)
                {
                    owner.Set(path[path.Count - 1].Property.Name, new Write(ReadValue(a.Value), a.Syntax, conditional));
                }

                return;
            case IInvocationOperation inv when inv.Instance == current:
                ApplyCall(root, path, inv, conditional);
                return;
            case INameOfOperation:
                return;
        }

        if (path.Count > 0 && IsPlainValue(current.Type))
        {
            return; // reading a string, number or ConstantClass
        }

        var self = SkipConversionsUp(current);
        if (path.Count == 0 && (IsClientArgument(self) || IsConsumedByReader(self)))
        {
            return;
        }

        Escape(root);
    }

    private static readonly List<IPropertyReferenceOperation> NoPath = new(0);

    private void ApplyCall(Value root, List<IPropertyReferenceOperation> path, IInvocationOperation inv, bool conditional)
    {
        var list = path.Count == 0 ? root as ListValue : EnsureList(root, path, inv.Syntax, conditional);
        if (list is null)
        {
            if (path.Count > 0 && !IsCollection(path[path.Count - 1].Type))
            {
                return; // a method of a model object (ToString, GetType)
            }

            Escape(root);
            return;
        }

        switch (inv.TargetMethod.Name)
        {
            case "Add" when inv.Arguments.Length == 2:
                // Dictionary.Add(key, value), as `{ key, value }` in a collection initializer.
                list.Items.Add(new KeyValueValue(inv.Syntax, ReadValue(inv.Arguments[0].Value), ReadValue(inv.Arguments[1].Value)));
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
                Escape(root);
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

    private static void Escape(Value root)
    {
        switch (root)
        {
            case ObjectValue o:
                o.AllWritesVisible = false;
                break;
            case ListValue l:
                l.AllItemsKnown = false;
                foreach (var item in l.Items)
                {
                    if (item is ObjectValue o)
                    {
                        o.AllWritesVisible = false;
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
            list = new ListValue(site);
            owner.Set(property.Property.Name, new Write(list, site, conditional));
        }

        return list;
    }

    /// <summary>Reads an expression into a value.</summary>
    private Value ReadValue(IOperation operation)
    {
        var op = SkipConversionsDown(operation);
        if (op.Syntax is CollectionExpressionSyntax collection)
        {
            return ReadCollectionExpression(collection, op);
        }

        if (op.Kind == OperationKind.ObjectCreation)
        {
            return ReadCreation((IObjectCreationOperation)op);
        }

        var constant = op.ConstantValue;
        if (constant.HasValue)
        {
            return new ConstantValue(op.Syntax, constant.Value);
        }

        switch (op)
        {
            case IObjectCreationOperation creation:
                return ReadCreation(creation);
            case IFieldReferenceOperation field:
                return ReadField(field);
            case IInvocationOperation { TargetMethod: { Name: "FindValue", IsStatic: true } method } inv
                when inv.Arguments.Length == 1 && _sdk.IsConstantClass(method.ContainingType):
                return AsSdkString(inv.Syntax, ReadValue(inv.Arguments[0].Value));
            case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } instance } when _sdk.IsConstantClass(instance.Type):
                return ReadValue(instance);
            case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance } inv when inv.Arguments.IsEmpty && _sdk.IsConstantClass(instance.Type):
                return ReadValue(instance);
            case ILocalReferenceOperation local:
                return ReadLocal(local.Local, local.Syntax);
            case IArrayCreationOperation { Initializer: { } arrayInit } array:
                var items = new ListValue(array.Syntax);
                foreach (var element in arrayInit.ElementValues)
                {
                    items.Items.Add(ReadValue(element));
                }

                return items;
            default:
                return new UnknownValue(op.Syntax);
        }
    }

    private Value ReadCreation(IObjectCreationOperation creation)
    {
        if (_objects.TryGetValue(creation.Syntax.SpanStart, out var existing))
        {
            return existing;
        }

        var type = creation.Type as INamedTypeSymbol;
        if (_sdk.IsConstantClass(type) && creation.Arguments.Length == 1)
        {
            return AsSdkString(creation.Syntax, ReadValue(creation.Arguments[0].Value));
        }

        if (type is not null && _sdk.IsModelType(type))
        {
            var obj = new ObjectValue(creation.Syntax, type, (creation.Initializer?.Initializers.Length ?? 0) + 2);
            _objects[creation.Syntax.SpanStart] = obj;
            if (creation.Initializer is { } init)
            {
                ApplyInitializer(obj, init);
            }

            return obj;
        }

        if (IsCollection(type))
        {
            var list = new ListValue(creation.Syntax);
            if (creation.Arguments.Length == 1 && creation.Arguments[0].Value.Type?.SpecialType != SpecialType.System_Int32)
            {
                if (ReadValue(creation.Arguments[0].Value) is ListValue source)
                {
                    list.Items.AddRange(source.Items);
                    list.AllItemsKnown = source.AllItemsKnown;
                }
                else
                {
                    list.AllItemsKnown = false;
                }
            }

            if (creation.Initializer is { } init)
            {
                ApplyCollectionInitializer(list, init);
            }

            return list;
        }

        return new UnknownValue(creation.Syntax);
    }

    private void ApplyInitializer(ObjectValue obj, IObjectOrCollectionInitializerOperation init)
    {
        foreach (var member in init.Initializers)
        {
            // The common shape first, by kind: `Name = value`.
            if (member.Kind == OperationKind.SimpleAssignment && ((ISimpleAssignmentOperation)member).Target is { Kind: OperationKind.PropertyReference } target)
            {
                var a = (ISimpleAssignmentOperation)member;
                obj.Set(((IPropertyReferenceOperation)target).Property.Name, new Write(ReadValue(a.Value), a.Syntax, conditional: false));
                continue;
            }

            switch (member)
            {
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation p, Initializer: { } nested } m:
                    ApplyMemberInitializer(obj, p, nested, m.Syntax);
                    break;
                default:
                    obj.AllWritesVisible = false;
                    break;
            }
        }
    }

    /// <summary><c>Prop = { ... }</c>: initializes the object or list the property already holds.</summary>
    private void ApplyMemberInitializer(ObjectValue owner, IPropertyReferenceOperation property, IObjectOrCollectionInitializerOperation nested, SyntaxNode site)
    {
        var name = property.Property.Name;
        if (IsCollection(property.Type))
        {
            ListValue? list = null;
            foreach (var w in owner.Candidates(name))
            {
                list = w.Value as ListValue ?? list;
            }

            if (list is null)
            {
                list = new ListValue(site);
                owner.Set(name, new Write(list, site, conditional: false));
            }

            ApplyCollectionInitializer(list, nested);
        }
        else if (property.Type is INamedTypeSymbol type && _sdk.IsModelType(type))
        {
            ObjectValue? target = null;
            foreach (var o in owner.Objects(name))
            {
                target = o;
            }

            if (target is null)
            {
                target = new ObjectValue(site, type);
                owner.Set(name, new Write(target, site, conditional: false));
            }

            ApplyInitializer(target, nested);
        }
    }

    private void ApplyCollectionInitializer(ListValue list, IObjectOrCollectionInitializerOperation init)
    {
        foreach (var element in init.Initializers)
        {
            if (element is IInvocationOperation { Arguments.Length: 1 } add)
            {
                list.Items.Add(ReadValue(add.Arguments[0].Value));
            }
            else if (element is IInvocationOperation { Arguments.Length: 2 } pair)
            {
                list.Items.Add(new KeyValueValue(pair.Syntax, ReadValue(pair.Arguments[0].Value), ReadValue(pair.Arguments[1].Value)));
            }
            else if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } entry)
            {
                // ["awslogs-group"] = "/ecs/app" in a dictionary initializer
                list.Items.Add(new KeyValueValue(entry.Syntax, ReadValue(indexer.Arguments[0].Value), ReadValue(entry.Value)));
            }
            else
            {
                list.AllItemsKnown = false;
            }
        }
    }

    /// <summary>
    /// <c>[a, .. xs]</c>. On Roslyn 4.9+ the collection expression's operation has its elements as children (a spread
    /// element's child is the spread collection); on 4.8 its elements are asked of the semantic model one by one.
    /// </summary>
    private ListValue ReadCollectionExpression(CollectionExpressionSyntax collection, IOperation operation)
    {
        var list = new ListValue(collection);
        var elements = collection.Elements;
        var fromChildren = operation.ChildOperations.Count == elements.Count;
        var children = operation.ChildOperations.GetEnumerator();
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            var item = fromChildren && children.MoveNext() ? children.Current
                : operation.SemanticModel?.GetOperation(element is SpreadElementSyntax s ? s.Expression : ((ExpressionElementSyntax)element).Expression);
            if (element is SpreadElementSyntax && fromChildren && item is not null)
            {
                item = First(item.ChildOperations);
            }

            switch (element)
            {
                case ExpressionElementSyntax when item is not null:
                    list.Items.Add(ReadValue(item));
                    break;
                case SpreadElementSyntax when item is not null && ReadValue(item) is ListValue inner:
                    list.Items.AddRange(inner.Items);
                    list.AllItemsKnown &= inner.AllItemsKnown;
                    break;
                default:
                    list.AllItemsKnown = false;
                    break;
            }
        }

        return list;
    }

    private static IOperation? First(IEnumerable<IOperation> operations)
    {
        foreach (var op in operations)
        {
            return op;
        }

        return null;
    }

    private Value ReadField(IFieldReferenceOperation reference)
    {
        var field = reference.Field;
        if (field.IsStatic && _sdk.IsConstantClass(field.Type) && SymbolEqualityComparer.Default.Equals(field.ContainingAssembly, _sdk.EcsAssembly))
        {
            return new ConstantValue(reference.Syntax, field.Name, isSdkFieldName: true);
        }

        // A static readonly field of the user's code with a literal initializer and no static constructor that could change it.
        if (field is { IsStatic: true, IsReadOnly: true } && field.DeclaringSyntaxReferences.Length == 1
            && field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            && !HasExplicitStaticConstructor(field.ContainingType))
        {
            switch (initializer)
            {
                case LiteralExpressionSyntax literal:
                    return new ConstantValue(reference.Syntax, literal.Token.Value);
                case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access
                    when _sdk.IsConstantClass(field.Type) && LastIdentifier(access.Expression) == field.Type.Name:
                    return new ConstantValue(reference.Syntax, name.Identifier.ValueText, isSdkFieldName: true);
            }
        }

        return new UnknownValue(reference.Syntax);
    }

    private static string? LastIdentifier(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax id => id.Identifier.ValueText,
        MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
        AliasQualifiedNameSyntax q => q.Name.Identifier.ValueText,
        QualifiedNameSyntax q => q.Right.Identifier.ValueText,
        _ => null,
    };

    private static bool HasExplicitStaticConstructor(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return true;
        }

        foreach (var ctor in type.StaticConstructors)
        {
            if (!ctor.IsImplicitlyDeclared)
            {
                return true;
            }
        }

        return false;
    }

    private static Value AsSdkString(SyntaxNode syntax, Value argument) =>
        argument is ConstantValue { Constant: string s } ? new ConstantValue(syntax, s) : new UnknownValue(syntax);

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
    /// The value is the request argument of an <c>IAmazonECS</c> call. A client method's parameter is declared with the
    /// request's own type, which rules out <c>List&lt;T&gt;.Add(T)</c> and the like before any interface is looked at.
    /// </summary>
    private bool IsClientArgument(IOperation value) =>
        SkipConversionsUp(value).Parent is IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation inv }
        && _sdk.IsModelType(parameter.OriginalDefinition.Type)
        && (_sdk.IsEcsClient(inv.TargetMethod.ContainingType) || _sdk.IsEcsClient(inv.Instance?.Type));

    private bool IsPlainValue(ITypeSymbol? type) =>
        type is null || type.IsValueType || type.SpecialType == SpecialType.System_String || _sdk.IsConstantClass(type);

    private bool IsCollection(ITypeSymbol? type) => _sdk.IsCollection(type);

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

    private static IOperation SkipConversionsDown(IOperation op)
    {
        while (true)
        {
            switch (op.Kind)
            {
                case OperationKind.Conversion:
                    op = ((IConversionOperation)op).Operand;
                    continue;
                case OperationKind.Parenthesized:
                    op = ((IParenthesizedOperation)op).Operand;
                    continue;
                default:
                    return op;
            }
        }
    }

    private static IOperation SkipConversionsUp(IOperation op)
    {
        while (op.Parent is { Kind: OperationKind.Conversion or OperationKind.Parenthesized } parent)
        {
            op = parent;
        }

        return op;
    }
}

/// <summary>A dictionary entry written with <c>{ key, value }</c>.</summary>
internal sealed class KeyValueValue : Value
{
    public KeyValueValue(SyntaxNode syntax, Value key, Value value)
        : base(syntax)
    {
        Key = key;
        Entry = value;
    }

    public Value Key { get; }

    public Value Entry { get; }
}

/// <summary>Locals of one body compared as symbols, hashed by name (cheap, and names rarely repeat in a body).</summary>
internal sealed class LocalComparer : IEqualityComparer<ILocalSymbol>
{
    public static readonly LocalComparer Instance = new();

    public bool Equals(ILocalSymbol? x, ILocalSymbol? y) => SymbolEqualityComparer.Default.Equals(x, y);

    public int GetHashCode(ILocalSymbol obj) => System.StringComparer.Ordinal.GetHashCode(obj.Name);
}
