using System;
using System.Collections.Generic;
using System.Threading;
using EcsAnalyzers.Model;
using EcsAnalyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcsAnalyzers.CSharp;

/// <summary>
/// The C# front-end: reads every SDK model object created in one executable body (method, lambda, top-level statements,
/// field initializer) into <see cref="ObjectValue"/>s: object and collection initializers, later <c>x.Prop = ...</c>
/// writes to locals (also under <c>if</c>), <c>.Add</c>/<c>.AddRange</c>, collection expressions, locals assigned once,
/// constants and ConstantClass values, and what helpers of the same compilation return (read with the same reader, with
/// their arguments). Each creation is read once; everything else is unknown.
/// </summary>
/// <remarks>
/// One file per concern: this one (entry points and the passes over a body), <c>.Walk</c> (the index of a body's
/// operations), <c>.Locals</c> (locals, writes, escapes), <c>.Values</c> (one expression into a value, symbolic values,
/// value sets) and <c>.Calls</c> (helpers read at their call, with <see cref="MethodSummaries"/>).
/// </remarks>
internal sealed partial class RequestReader
{
    /// <summary>How deep helpers are read: a call in the analyzed body, a call in that helper, and one more.</summary>
    internal const int MaxDepth = 3;

    // One reader per thread and depth, cleared for each body: its tables keep their capacity, so reading a body allocates
    // little beyond the values it returns. Depth 0 reads the analyzed body, depth n a helper called at depth n - 1.
    [ThreadStatic]
    private static RequestReader?[]? s_readers;

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

    // Helpers: calls whose result may be an SDK object (read in pass 2 when nothing else read them), what each call
    // returned, parameters the body assigns (never substituted, never symbolic), a helper's own return statements.
    private readonly List<IOperation> _calls = new(4);
    private readonly Dictionary<SyntaxNode, Value> _callValues = new();
    private readonly HashSet<IParameterSymbol> _writtenParameters = new(SymbolEqualityComparer.Default);
    private readonly List<IReturnOperation> _returns = new(2);

    // Launches linked to registrations (.Links): the body's RegisterTaskDefinition calls, and unknown values that are
    // the TaskDefinitionArn of one of those calls' responses.
    private readonly List<IInvocationOperation> _registrations = new(1);
    private readonly Dictionary<Value, IInvocationOperation> _registeredArns = new();
    private readonly Dictionary<int, Value> _arguments = new();
    private readonly List<Value> _callRoots = new(2);

    private MethodSummaries _summaries = null!;
    private EcsKnownTypes _sdk = null!;
    private IOperation _root = null!;
    private CancellationToken _cancellationToken;
    private int _depth;

    /// <summary>The helper being read (its definition, whose parameters its body references); null at depth 0.</summary>
    private IMethodSymbol? _method;

    /// <summary>The call in the analyzed body that this helper reading started from; null at depth 0.</summary>
    private SyntaxNode? _via;

    /// <summary>What symbolic values of this reading are relative to: null in the analyzed body, a new object per helper reading.</summary>
    private object? _context;

    /// <summary>Readonly instance fields read here belong to the analyzed body's <c>this</c> (false in constructors, and in helpers called on another instance).</summary>
    private bool _thisIsRootThis;

    /// <summary>Readonly fields keep their value through this reading (false when the analyzed body is a constructor, which may assign them).</summary>
    private bool _fieldsStable;

    /// <summary>The members being read, the analyzed one first: a helper already on it is a cycle (unknown).</summary>
    private List<ISymbol?> _chain = null!;

    private RequestReader()
    {
    }

    /// <summary>
    /// Reads the SDK objects created in one body (<paramref name="root"/>: the operation of a member, accessor,
    /// initializer or top-level statements; <paramref name="owner"/>: the member it belongs to).
    /// </summary>
    public static BlockModel Read(MethodSummaries summaries, IOperation root, ISymbol? owner, CancellationToken cancellationToken = default)
    {
        var reader = Reader(0);
        reader.Reset(summaries, root, cancellationToken);
        reader._chain = new List<ISymbol?>(MaxDepth + 1) { owner };
        reader._fieldsStable = owner is not IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor };
        reader._thisIsRootThis = reader._fieldsStable;
        try
        {
            return reader.ReadBody();
        }
        finally
        {
            reader.Reset(null!, null!, default); // drop references to the compilation
        }
    }

    private static RequestReader Reader(int depth)
    {
        var readers = s_readers ??= new RequestReader?[MaxDepth + 1];
        return readers[depth] ??= new RequestReader();
    }

    private void Reset(MethodSummaries summaries, IOperation root, CancellationToken cancellationToken)
    {
        _summaries = summaries;
        _sdk = summaries?.Sdk!;
        _root = root;
        _cancellationToken = cancellationToken;
        _depth = 0;
        _method = null;
        _via = null;
        _context = null;
        _chain = null!;
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
        _calls.Clear();
        _callValues.Clear();
        _writtenParameters.Clear();
        _returns.Clear();
        _arguments.Clear();
        _callRoots.Clear();
        _registrations.Clear();
        _registeredArns.Clear();
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
                && !IsSentArgument(creation))
            {
                // Never set back to true: an initializer may have cleared it already. Passed to a method, what it holds may change too.
                Escape(o, lists: SkipConversionsUp(creation).Parent is IArgumentOperation, at: EscapeSite(creation));
            }
        }

        // Objects and lists returned by helpers and not read yet: `ecs.RegisterTaskDefinitionAsync(BuildRequest())`.
        foreach (var call in _calls)
        {
            var read = call is IAwaitOperation awaited ? awaited.Operation.Syntax : call.Syntax; // the value is kept under the call
            if (_callValues.ContainsKey(read) || BoundLocal(call) is not null)
            {
                continue;
            }

            var value = ReadValue(call);
            if (!IsSentArgument(call))
            {
                Escape(value, at: EscapeSite(call));
            }
        }

        var registered = RegisteredRequests();
        var model = new BlockModel(_sdk, _objects.Values, _callRoots, _pending);
        Link(model, registered);
        return model;
    }

    /// <summary>Stamps a value made while reading a helper with the call it arrived through.</summary>
    private T Stamp<T>(T value)
        where T : Value
    {
        if (_via is not null && value.Via is null)
        {
            value.Via = _via;
        }

        return value;
    }

    /// <summary>
    /// Records a write of <paramref name="property"/>. A value chosen among options (<c>c ? "a" : "b"</c>) becomes one
    /// candidate per option, each marked with the choice and its branch.
    /// </summary>
    private void SetProperty(ObjectValue owner, string property, Value value, SyntaxNode site, bool conditional)
    {
        if (value is ChoiceValue choice)
        {
            for (var i = 0; i < choice.Options.Count; i++)
            {
                owner.Set(property, new Write(choice.Options[i], site, conditional || i > 0, _via, choice.Key, i));
            }

            return;
        }

        owner.Set(property, new Write(value, site, conditional, _via));
    }
}
