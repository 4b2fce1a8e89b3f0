using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using EcsAnalyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EcsAnalyzers.CSharp;

/// <summary>
/// What the reader knows about the helpers of one compilation, computed once per member and shared by every body (the
/// analyzer runs concurrently, so the table is a concurrent one). A helper is a method, local function or property getter with a
/// body in this compilation that cannot be overridden; its facts are the operation of that body when the reader may read
/// it (it compiles and reads no mutable field), and which of its parameters reach an <c>IAmazonECS</c> call unchanged.
/// What a helper returns depends on its arguments: the reader reads it at each call (<see cref="RequestReader"/>).
/// Facts are kept for up to <see cref="Capacity"/> members, bodies for up to <see cref="BodyCapacity"/>.
/// </summary>
internal sealed class MethodSummaries
{
    /// <summary>How many members' facts are kept (a few dozen bytes each).</summary>
    internal const int Capacity = 1 << 20;

    /// <summary>How many members' bodies (operation trees) are kept with their facts.</summary>
    internal const int BodyCapacity = 16384;

    private int _count;
    private int _bodies;

    private readonly ConcurrentDictionary<IMethodSymbol, Facts> _facts = new(SymbolEqualityComparer.Default);

    // Wrappers asked about while their own facts are being computed (a wrapper that forwards to itself): not a wrapper.
    [ThreadStatic]
    private static HashSet<IMethodSymbol>? s_inProgress;

    public MethodSummaries(EcsKnownTypes sdk, Compilation compilation)
    {
        Sdk = sdk;
        Compilation = compilation;
    }

    public EcsKnownTypes Sdk { get; }

    public Compilation Compilation { get; }

    /// <summary>
    /// The body of a helper whose return value may be read: null for members that can be overridden, have no body here,
    /// do not compile, or read a mutable field (their result may differ from call to call).
    /// </summary>
    public IOperation? BodyOf(IMethodSymbol method, CancellationToken cancellationToken) =>
        Get(method, cancellationToken) is { ReadsMutableField: false } facts
            ? facts.Body ?? FindBody((method.PartialImplementationPart ?? method).OriginalDefinition, cancellationToken)
            : null;

    /// <summary>The parameter at <paramref name="ordinal"/> reaches an <c>IAmazonECS</c> call unchanged: the helper is a wrapper that sends it.</summary>
    public bool SendsParameter(IMethodSymbol method, int ordinal, CancellationToken cancellationToken) =>
        ordinal < 64 && Get(method, cancellationToken) is { } facts && (facts.SentParameters & (1UL << ordinal)) != 0;

    /// <summary>
    /// The parameter at <paramref name="ordinal"/> is only put somewhere (a property, a list, the return value) or read,
    /// never changed or handed on: an object or list passed there needs no escape.
    /// </summary>
    public bool KeepsParameter(IMethodSymbol method, int ordinal, CancellationToken cancellationToken) =>
        ordinal < 64 && Get(method, cancellationToken) is { } facts && (facts.KeptParameters & (1UL << ordinal)) != 0;

    private Facts? Get(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = (method.PartialImplementationPart ?? method).OriginalDefinition;
        if (_facts.TryGetValue(method, out var known))
        {
            return known.Readable ? known : null;
        }

        var inProgress = s_inProgress ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        if (!inProgress.Add(method))
        {
            return null;
        }

        Facts facts;
        try
        {
            facts = Compute(method, cancellationToken);
        }
        finally
        {
            inProgress.Remove(method);
        }

        // A counter, not ConcurrentDictionary.Count (which takes every lock). Operation trees hold their semantic model:
        // past BodyCapacity a member's facts are kept without its body, which is asked for again when read.
        if (Interlocked.Increment(ref _count) <= Capacity)
        {
            if (facts.Body is not null && Interlocked.Increment(ref _bodies) > BodyCapacity)
            {
                facts = facts.WithoutBody();
            }

            _facts.TryAdd(method, facts);
        }

        return facts.Readable ? facts : null;
    }

    private Facts Compute(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (!CanBeRead(method) || FindBody(method, cancellationToken) is not { } body)
        {
            return Facts.None;
        }

        var readsMutableField = false;
        foreach (var op in body.DescendantsAndSelf())
        {
            switch (op.Kind)
            {
                case OperationKind.Invalid:
                    return Facts.None; // does not compile
                case OperationKind.FieldReference when ((IFieldReferenceOperation)op).Field is { IsConst: false, IsReadOnly: false }:
                    readsMutableField = true;
                    break;
            }
        }

        ulong sent = 0;
        ulong kept = 0;
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Ordinal >= 64 || parameter.RefKind != RefKind.None)
            {
                continue;
            }

            if (Sdk.IsModelType(parameter.Type) && IsSentUnchanged(body, parameter, cancellationToken))
            {
                sent |= 1UL << parameter.Ordinal;
            }

            if ((Sdk.IsModelType(parameter.Type) || Sdk.IsCollection(parameter.Type) || parameter.Type is IArrayTypeSymbol) && IsKept(body, parameter))
            {
                kept |= 1UL << parameter.Ordinal;
            }
        }

        return new Facts(body, readsMutableField, sent, kept);
    }

    /// <summary>Source members of this compilation that no override can replace.</summary>
    private bool CanBeRead(IMethodSymbol method)
    {
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.PropertyGet)
            || method.IsAbstract || method.IsExtern || method.ContainingType?.TypeKind == TypeKind.Interface
            || (method.IsVirtual || method.IsOverride && !method.IsSealed) && method.ContainingType?.IsSealed != true
            || method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        return Compilation.ContainsSyntaxTree(method.DeclaringSyntaxReferences[0].SyntaxTree);
    }

    private IOperation? FindBody(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (syntax is AccessorDeclarationSyntax { Body: null, ExpressionBody: null })
        {
            return null; // an auto-property: its value is set elsewhere
        }

#pragma warning disable RS1030 // Reading a helper of another body needs that body's operations: the driver's semantic model provider caches the model.
        var model = Compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        return model.GetOperation(syntax, cancellationToken) switch
        {
            IMethodBodyOperation m => (IOperation?)m.BlockBody ?? m.ExpressionBody,
            ILocalFunctionOperation f => f.Body ?? f.IgnoredBody,
            IBlockOperation b => b,
            _ => null,
        };
    }

    /// <summary>Each reference to the parameter in the body, with the conversions and parentheses around it.</summary>
    private static IEnumerable<IOperation> UsesOf(IOperation body, IParameterSymbol parameter)
    {
        foreach (var op in body.DescendantsAndSelf())
        {
            if (op is not IParameterReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
            {
                continue;
            }

            IOperation current = reference;
            while (current.Parent is { Kind: OperationKind.Conversion or OperationKind.Parenthesized } up)
            {
                current = up;
            }

            yield return current;
        }
    }

    /// <summary>
    /// Every use of the parameter in the body is a send (an <c>IAmazonECS</c> call, or a wrapper's parameter that is
    /// sent), a read of a plain value (<c>r.Family</c>), <c>nameof</c> or a null test, and at least one is a send.
    /// </summary>
    private bool IsSentUnchanged(IOperation body, IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        var sends = false;
        foreach (var current in UsesOf(body, parameter))
        {

            switch (current.Parent)
            {
                case IArgumentOperation { Parameter: { } target, Parent: IInvocationOperation call } when Sdk.IsModelType(target.OriginalDefinition.Type):
                    if (Sdk.IsEcsClient(call.TargetMethod.ContainingType) || Sdk.IsEcsClient(call.Instance?.Type)
                        || SendsParameter(call.TargetMethod, target.Ordinal, cancellationToken))
                    {
                        sends = true;
                        continue;
                    }

                    return false;
                case IPropertyReferenceOperation read when IsPlainRead(read):
                case INameOfOperation:
                case IIsPatternOperation { Pattern: IConstantPatternOperation or INegatedPatternOperation { Pattern: IConstantPatternOperation } }:
                case IBinaryOperation { RightOperand.ConstantValue: { HasValue: true, Value: null } }:
                case IBinaryOperation { LeftOperand.ConstantValue: { HasValue: true, Value: null } }:
                    continue;
                default:
                    return false;
            }
        }

        return sends;
    }

    /// <summary>Every use of the parameter puts it into a property, a list or the return value, or reads a plain value of it.</summary>
    private bool IsKept(IOperation body, IParameterSymbol parameter)
    {
        foreach (var current in UsesOf(body, parameter))
        {

            var kept = current.Parent switch
            {
                // Into a property of the object being initialized (`new T { Prop = parameter }`).
                ISimpleAssignmentOperation assignment => assignment.Value == current
                    && assignment.Target is IPropertyReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } },
                IReturnOperation or IArrayInitializerOperation or INameOfOperation => true,
                IPropertyReferenceOperation read => IsPlainRead(read),
                IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add", Parent: IObjectOrCollectionInitializerOperation } } => true,
                _ => current.Syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionElementSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.SpreadElementSyntax,
            };
            if (!kept)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>r.Family</c>, <c>r.ContainerDefinitions.Count</c>: a read that ends in a plain value and changes nothing.</summary>
    private bool IsPlainRead(IPropertyReferenceOperation read)
    {
        IOperation current = read;
        while (current.Parent is IPropertyReferenceOperation outer && outer.Instance == current)
        {
            current = outer;
        }

        var type = current.Type;
        var plain = type is null || type.IsValueType || type.SpecialType == SpecialType.System_String || Sdk.IsConstantClass(type);
        if (!plain || current.Parent is IAssignmentOperation assignment && assignment.Target == current || current.Parent is IIncrementOrDecrementOperation)
        {
            return false;
        }

        // `(r.Cpu, r.Memory) = (...)` writes through a tuple.
        var tuple = current;
        while (tuple.Parent is ITupleOperation outer)
        {
            tuple = outer;
        }

        return !(tuple != current && tuple.Parent is IDeconstructionAssignmentOperation d && d.Target == tuple);
    }

    private sealed class Facts
    {
        public static readonly Facts None = new(null, false, 0, 0, readable: false);

        public Facts(IOperation? body, bool readsMutableField, ulong sentParameters, ulong keptParameters, bool readable = true)
        {
            Body = body;
            ReadsMutableField = readsMutableField;
            SentParameters = sentParameters;
            KeptParameters = keptParameters;
            Readable = readable;
        }

        /// <summary>The member has a body this reader may read (it compiles, and cannot be overridden).</summary>
        public bool Readable { get; }

        /// <summary>The body's operation, when kept (see <see cref="BodyCapacity"/>).</summary>
        public IOperation? Body { get; }

        public Facts WithoutBody() => new(null, ReadsMutableField, SentParameters, KeptParameters);

        public bool ReadsMutableField { get; }

        public ulong SentParameters { get; }

        public ulong KeptParameters { get; }
    }
}
