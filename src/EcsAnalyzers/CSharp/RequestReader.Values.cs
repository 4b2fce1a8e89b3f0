using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using EcsAnalyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EcsAnalyzers.CSharp;

/// <summary>Values: how one expression is read (constants, SDK constants, creations, initializers, collections, fields).</summary>
internal sealed partial class RequestReader
{
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
            return Stamp(new ConstantValue(op.Syntax, constant.Value));
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
            case IParameterReferenceOperation parameter:
                return ReadParameter(parameter);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return ReadChoice(conditional, whenFalse);
            case ISwitchExpressionOperation switchExpression:
                return ReadSwitch(switchExpression);
            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: not "FindValue" } } query when ReadQueryOverSetting(query) is { } queried:
                return Stamp(new UnknownValue(op.Syntax, readFrom: queried));
            case IInvocationOperation call:
                return ReadCall(call, call.TargetMethod, call.Arguments, call.Instance);
            case IAwaitOperation { Operation: IInvocationOperation { TargetMethod.IsAsync: true } asyncCall }:
                return ReadCall(asyncCall, asyncCall.TargetMethod, asyncCall.Arguments, asyncCall.Instance); // what an async helper returns
            case IPropertyReferenceOperation { Property.Name: "TaskDefinitionArn", Instance: { } instance } arn when _depth == 0 && RegistrationOfTaskDefinition(instance) is { } registration:
                var registeredArn = new UnknownValue(arn.Syntax);
                _registeredArns[registeredArn] = registration;
                return registeredArn;
            case IPropertyReferenceOperation { Arguments.IsEmpty: true } setting when ReadSetting(setting, transformed: false) is { } read:
                return Stamp(new UnknownValue(op.Syntax, readFrom: read));
            case IPropertyReferenceOperation { Arguments.IsEmpty: true, Property.GetMethod: { } getter } property:
                return ReadCall(property, getter, System.Collections.Immutable.ImmutableArray<IArgumentOperation>.Empty, property.Instance);
            case IInterpolatedStringOperation interpolated:
                return ReadInterpolation(interpolated);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                return ReadValue(concatenation.LeftOperand) is ConstantValue { IsSdkFieldName: false } left && Concatenable(left, out var l)
                    && ReadValue(concatenation.RightOperand) is ConstantValue { IsSdkFieldName: false } right && Concatenable(right, out var r)
                    ? Stamp(new ConstantValue(op.Syntax, l + r))
                    : Stamp(new UnknownValue(op.Syntax));
            case IArrayCreationOperation { Initializer: { } arrayInit } array:
                var items = Stamp(new ListValue(array.Syntax));
                foreach (var element in arrayInit.ElementValues)
                {
                    items.Items.Add(ReadValue(element));
                }

                return items;
            default:
                return Stamp(new UnknownValue(op.Syntax));
        }
    }

    /// <summary>
    /// <c>td.Cpu</c> or <c>described.TaskDefinition.Cpu</c>: a setting read from one <c>TaskDefinition</c> value whose
    /// identity is known (ECSA9002); null for any other property read.
    /// </summary>
    private SettingRead? ReadSetting(IPropertyReferenceOperation setting, bool transformed)
    {
        if (_sdk.TaskDefinition is not { } taskDefinition || setting.Instance is not { } instance
            || !SymbolEqualityComparer.Default.Equals(setting.Property.ContainingType, taskDefinition))
        {
            return null;
        }

        instance = SkipConversionsDown(instance);
        CopySource? source = null;
        switch (instance)
        {
            case IPropertyReferenceOperation { Arguments.IsEmpty: true, Instance: { } holder, Property: { IsStatic: false } member }
                when SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, _sdk.EcsAssembly):
                // described.TaskDefinition: an SDK response's property, read from a variable that holds one value.
                if (ReadValue(holder) is UnknownValue { Origin: { } holderOrigin })
                {
                    source = new CopySource(holderOrigin, member.Name, instance.Syntax.ToString());
                }

                break;
            case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation:
                if (ReadValue(instance) is UnknownValue { Origin: { } origin })
                {
                    source = new CopySource(origin, null, instance.Syntax.ToString());
                }

                break;
        }

        return source is null ? null : new SettingRead(source, setting.Property.Name, transformed);
    }

    /// <summary><c>td.ContainerDefinitions.Select(...).ToList()</c>: LINQ calls over a setting read from a <c>TaskDefinition</c> (ECSA9002).</summary>
    private SettingRead? ReadQueryOverSetting(IInvocationOperation query)
    {
        IOperation current = query;
        while (current is IInvocationOperation { Instance: null, Arguments.Length: > 0, TargetMethod: { IsStatic: true, ContainingType: { Name: "Enumerable" } type } } call
            && type.ContainingNamespace is { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
        {
            current = SkipConversionsDown(call.Arguments[0].Value);
        }

        return current != query && current is IPropertyReferenceOperation { Arguments.IsEmpty: true } setting ? ReadSetting(setting, transformed: true) : null;
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
            var obj = Stamp(new ObjectValue(creation.Syntax, type, (creation.Initializer?.Initializers.Length ?? 0) + 2));
            _objects[creation.Syntax.SpanStart] = obj;
            if (creation.Initializer is { } init)
            {
                ApplyInitializer(obj, init);
            }

            return obj;
        }

        if (IsCollection(type))
        {
            var list = Stamp(new ListValue(creation.Syntax));
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

        return Stamp(new UnknownValue(creation.Syntax));
    }

    private void ApplyInitializer(ObjectValue obj, IObjectOrCollectionInitializerOperation init)
    {
        foreach (var member in init.Initializers)
        {
            // The common shape first, by kind: `Name = value`.
            if (member.Kind == OperationKind.SimpleAssignment && ((ISimpleAssignmentOperation)member).Target is { Kind: OperationKind.PropertyReference } target)
            {
                var a = (ISimpleAssignmentOperation)member;
                SetProperty(obj, ((IPropertyReferenceOperation)target).Property.Name, ReadValue(a.Value), a.Syntax, conditional: false);
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
                list = Stamp(new ListValue(site));
                SetProperty(owner, name, list, site, conditional: false);
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
                target = Stamp(new ObjectValue(site, type));
                SetProperty(owner, name, target, site, conditional: false);
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
                list.Items.Add(Stamp(new KeyValueValue(pair.Syntax, ReadValue(pair.Arguments[0].Value), ReadValue(pair.Arguments[1].Value))));
            }
            else if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } entry)
            {
                // ["awslogs-group"] = "/ecs/app" in a dictionary initializer
                list.Items.Add(Stamp(new KeyValueValue(entry.Syntax, ReadValue(indexer.Arguments[0].Value), ReadValue(entry.Value))));
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
        var list = Stamp(new ListValue(collection));
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
            return Stamp(new ConstantValue(reference.Syntax, field.Name, isSdkFieldName: true));
        }

        // A static readonly field of the user's code with a literal initializer and no static constructor that could change it.
        if (field is { IsStatic: true, IsReadOnly: true } && field.DeclaringSyntaxReferences.Length == 1
            && field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            && !HasExplicitStaticConstructor(field.ContainingType))
        {
            switch (initializer)
            {
                case LiteralExpressionSyntax literal:
                    return Stamp(new ConstantValue(reference.Syntax, literal.Token.Value));
                case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access
                    when _sdk.IsConstantClass(field.Type) && LastIdentifier(access.Expression) == field.Type.Name:
                    return Stamp(new ConstantValue(reference.Syntax, name.Identifier.ValueText, isSdkFieldName: true));
            }
        }

        // A readonly field holds one value for the whole body (outside constructors): two reads are the same value.
        if (field.IsReadOnly && _fieldsStable && (field.IsStatic || _thisIsRootThis && reference.Instance is IInstanceReferenceOperation))
        {
            return Stamp(new UnknownValue(reference.Syntax, new Origin(field, null)));
        }

        return Stamp(new UnknownValue(reference.Syntax));
    }

    /// <summary>
    /// <c>$"orders-{environment}"</c> whose holes are known strings or integers (in a helper, the constants its caller
    /// passed): the string, as the compiler would have folded it had the code been written in place.
    /// </summary>
    private Value ReadInterpolation(IInterpolatedStringOperation interpolated)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string literal } }:
                    text.Append(literal);
                    continue;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole
                    when ReadValue(hole.Expression) is ConstantValue { IsSdkFieldName: false } value && Concatenable(value, out var piece):
                    text.Append(piece);
                    continue;
                default:
                    return Stamp(new UnknownValue(interpolated.Syntax));
            }
        }

        return Stamp(new ConstantValue(interpolated.Syntax, text.ToString()));
    }

    /// <summary>A constant as string concatenation and interpolation write it, where that does not depend on the culture.</summary>
    private static bool Concatenable(ConstantValue value, out string text)
    {
        switch (value.Constant)
        {
            case string s:
                text = s;
                return true;
            case null:
                text = "";
                return true;
            case int or long or short or byte:
                text = System.Convert.ToString(value.Constant, System.Globalization.CultureInfo.InvariantCulture)!;
                return !text.StartsWith("-", StringComparison.Ordinal); // the minus sign depends on the culture
            default:
                text = "";
                return false;
        }
    }

    /// <summary>
    /// A parameter: in a helper, the value its caller passed (unless the helper assigns the parameter); in the analyzed
    /// body, an unknown value that is the same at every read when the body never assigns the parameter.
    /// </summary>
    private Value ReadParameter(IParameterReferenceOperation reference)
    {
        var parameter = reference.Parameter;
        if (_writtenParameters.Contains(parameter) || parameter.RefKind is RefKind.Out or RefKind.Ref)
        {
            return Stamp(new UnknownValue(reference.Syntax));
        }

        if (_depth > 0)
        {
            // Not stamped: the argument was read, and is reported, where the caller wrote it.
            return SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, _method) && _arguments.TryGetValue(parameter.Ordinal, out var argument)
                ? argument
                : Stamp(new UnknownValue(reference.Syntax));
        }

        // A parameter of this body (or of a lambda or local function in it, whose writes this reader sees too); not a
        // primary constructor's parameter captured by a member, which other members may assign.
        var own = parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction }
            || SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _chain[0]);
        return Stamp(new UnknownValue(reference.Syntax, own ? new Origin(parameter, _context) : null));
    }

    /// <summary>
    /// <c>c ? a : b</c> whose branches are constants (or such conditionals, nested): a value set. Options chosen by the
    /// same condition (a variable read twice, or the same local holding the set) share a key, so rules can pair them.
    /// </summary>
    private Value ReadChoice(IConditionalOperation conditional, IOperation whenFalse)
    {
        var condition = ReadValue(conditional.Condition);
        if (condition is ConstantValue { Constant: bool known })
        {
            return ReadValue(known ? conditional.WhenTrue : whenFalse); // a condition read as constant: one branch is dead
        }

        var whenTrueValue = ReadValue(conditional.WhenTrue);
        var whenFalseValue = ReadValue(whenFalse);
        var options = new List<Value>(2);
        if (!AddOptions(options, whenTrueValue) || !AddOptions(options, whenFalseValue))
        {
            return Stamp(new UnknownValue(conditional.Syntax));
        }

        var nested = whenTrueValue is ChoiceValue || whenFalseValue is ChoiceValue;
        var key = !nested && condition is UnknownValue { Origin: { } origin } ? origin : null;
        return Stamp(new ChoiceValue(conditional.Syntax, options, key));
    }

    /// <summary>
    /// A switch expression whose arms are constants is a value set, one option per arm (an arm that throws gives none).
    /// Two switches over the same variable with the same arms, in the same order, choose together. Over a constant, only
    /// the arm a constant pattern or a discard selects is live; any other pattern over a constant is not evaluated.
    /// </summary>
    private Value ReadSwitch(ISwitchExpressionOperation switchExpression)
    {
        var governing = ReadValue(switchExpression.Value);
        if (governing is ConstantValue constant)
        {
            foreach (var arm in switchExpression.Arms)
            {
                switch (arm.Pattern)
                {
                    case IDiscardPatternOperation when arm.Guard is null:
                        return ReadValue(arm.Value);
                    case IConstantPatternOperation { Value.ConstantValue: { HasValue: true } c } when arm.Guard is null
                        && c.Value?.GetType() == constant.Constant?.GetType() && !constant.IsSdkFieldName:
                        if (Equals(c.Value, constant.Constant))
                        {
                            return ReadValue(arm.Value);
                        }

                        continue;
                    default:
                        return Stamp(new UnknownValue(switchExpression.Syntax));
                }
            }

            return Stamp(new UnknownValue(switchExpression.Syntax));
        }

        var options = new List<Value>(switchExpression.Arms.Length);
        var nested = false;
        foreach (var arm in switchExpression.Arms)
        {
            var armValue = arm.Value;
            while (armValue is IConversionOperation { IsImplicit: true } conversion)
            {
                armValue = conversion.Operand;
            }

            if (armValue is IThrowOperation)
            {
                nested = true; // options no longer line up with arms
                continue;
            }

            var value = ReadValue(arm.Value);
            nested |= value is ChoiceValue;
            if (!AddOptions(options, value))
            {
                return Stamp(new UnknownValue(switchExpression.Syntax));
            }
        }

        if (options.Count == 0)
        {
            return Stamp(new UnknownValue(switchExpression.Syntax));
        }

        var key = !nested && governing is UnknownValue { Origin: { } origin } ? (origin, ArmsText(switchExpression)) : (object?)null;
        return Stamp(new ChoiceValue(switchExpression.Syntax, options, key));
    }

    private static string ArmsText(ISwitchExpressionOperation switchExpression)
    {
        var text = new System.Text.StringBuilder();
        foreach (var arm in switchExpression.Arms)
        {
            text.Append(arm.Pattern.Syntax.ToString()).Append(" when ").Append(arm.Guard?.Syntax.ToString()).Append(';');
        }

        return text.ToString();
    }

    private static bool AddOptions(List<Value> options, Value value)
    {
        switch (value)
        {
            case ConstantValue:
                options.Add(value);
                return true;
            case ChoiceValue choice:
                options.AddRange(choice.Options);
                return true;
            default:
                return false;
        }
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

    private Value AsSdkString(SyntaxNode syntax, Value argument) =>
        argument is ConstantValue { Constant: string s } ? Stamp(new ConstantValue(syntax, s)) : Stamp(new UnknownValue(syntax));

    private bool IsPlainValue(ITypeSymbol? type) =>
        type is null || type.IsValueType || type.SpecialType == SpecialType.System_String || _sdk.IsConstantClass(type);

    private bool IsCollection(ITypeSymbol? type) => _sdk.IsCollection(type);

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
