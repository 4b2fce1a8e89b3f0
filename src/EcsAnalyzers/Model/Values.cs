using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Model;

/// <summary>What the analyzer knows about one value written into a request: a constant, an object, a list, or unknown.</summary>
internal abstract class Value
{
    private readonly SyntaxNode? _syntax;

    protected Value(SyntaxNode syntax) => _syntax = syntax;

    /// <summary>A value read from a file that is not C# (a task-definition JSON file): it has a place in that file, no syntax.</summary>
    protected Value(FileAnchor anchor) => Anchor = anchor;

    /// <summary>
    /// The expression that produced the value (in a helper's body when <see cref="Via"/> is set). Only the C# front-end
    /// asks for it: a value read from a file has none (<see cref="Anchor"/>), and rules never ask.
    /// </summary>
    public SyntaxNode Syntax => _syntax ?? throw new InvalidOperationException("A value read from a file has no syntax.");

    /// <summary>Where the value lies in a file that is not C#; null for values read from C#.</summary>
    public FileAnchor? Anchor { get; }

    /// <summary>Where the value starts in its file: orders values in source order.</summary>
    public int Position => Anchor?.Start ?? _syntax!.SpanStart;

    /// <summary>
    /// The call in the analyzed body through which the value arrived, when it was produced in a helper's body (a method,
    /// property or local function read with its arguments); null when it was written in the analyzed body itself.
    /// </summary>
    public SyntaxNode? Via { get; internal set; }

    /// <summary>Where a diagnostic about this value (an item of a list, a branch of a conditional) points.</summary>
    public Site Where => Anchor is { } anchor ? new Site(anchor.Location) : Via is null ? new Site(Syntax) : new Site(Via, helper: Syntax);

    /// <summary>Where a diagnostic about the object created here points: <c>new T</c>, or the call that returned it (in a file: the object's opening brace).</summary>
    public Site CreationSite => Anchor is { } anchor ? new Site(anchor.Location) : Via is null ? new Site(Syntax, creation: true) : new Site(Via, helper: Syntax, creation: true);
}

/// <summary>
/// A place in a file that is not C# (a task-definition JSON file read as an additional file): the location a diagnostic
/// points at (path, span, line and column), and where it starts.
/// </summary>
internal sealed class FileAnchor
{
    public FileAnchor(Location location, int start)
    {
        Location = location;
        Start = start;
    }

    public Location Location { get; }

    public int Start { get; }
}

/// <summary>
/// A value the code computes at run time (parameter, configuration, method result): rules stay silent on it. When it is
/// read from a local assigned once, a parameter never assigned, or a readonly field, it carries that <see cref="Origin"/>:
/// two unknowns with the same origin are the same value, whatever it is at run time.
/// </summary>
internal sealed class UnknownValue : Value
{
    public UnknownValue(SyntaxNode syntax, Origin? origin = null, SettingRead? readFrom = null)
        : base(syntax)
    {
        Origin = origin;
        ReadFrom = readFrom;
    }

    public UnknownValue(FileAnchor anchor)
        : base(anchor)
    {
    }

    public Origin? Origin { get; }

    /// <summary>
    /// The setting of one <c>TaskDefinition</c> value this value is read from (<c>td.Cpu</c>, <c>described.TaskDefinition.Cpu</c>,
    /// a LINQ query over <c>td.ContainerDefinitions</c>); null for any other value. ECSA9002 groups a request's writes by it.
    /// </summary>
    public SettingRead? ReadFrom { get; }

    /// <summary>Both values are provably the same unknown value (same origin).</summary>
    public static bool Same(Value? a, Value? b) =>
        a is UnknownValue { Origin: { } x } && b is UnknownValue { Origin: { } y } && x.Equals(y);
}

/// <summary>
/// Where an unknown value comes from: a local assigned once, a parameter never assigned, or a readonly field, in one
/// reading context (each reading of a helper's body is its own context, so a helper's local read in two calls is two values).
/// </summary>
internal sealed class Origin : IEquatable<Origin>
{
    public Origin(ISymbol symbol, object? context)
    {
        Symbol = symbol;
        Context = context;
    }

    public ISymbol Symbol { get; }

    /// <summary>The reading it belongs to; null for values that are the same in every reading (static readonly fields, the analyzed body's own).</summary>
    public object? Context { get; }

    /// <summary>The variable's name, for messages.</summary>
    public string Name => Symbol.Name;

    public bool Equals(Origin? other) =>
        other is not null && ReferenceEquals(Context, other.Context) && SymbolEqualityComparer.Default.Equals(Symbol, other.Symbol);

    public override bool Equals(object? obj) => Equals(obj as Origin);

    public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(Symbol);
}

/// <summary>A value read from a setting of one <c>TaskDefinition</c> value (ECSA9002: a new revision copied from a described one).</summary>
internal sealed class SettingRead
{
    public SettingRead(CopySource source, string property, bool transformed, bool throughVariable = false)
    {
        Source = source;
        Property = property;
        Transformed = transformed;
        ThroughVariable = throughVariable;
    }

    /// <summary>
    /// Read into a local first (<c>var containers = td.ContainerDefinitions.Select(...).ToList();</c>) and written from it:
    /// the source's <see cref="CopySource.Text"/> was written at the local's declaration, not where the setting is written.
    /// </summary>
    public bool ThroughVariable { get; }

    /// <summary>The <c>TaskDefinition</c> value read.</summary>
    public CopySource Source { get; }

    /// <summary>The setting read (<c>Cpu</c>).</summary>
    public string Property { get; }

    /// <summary>Read through a LINQ query (<c>td.ContainerDefinitions.Select(...).ToList()</c>), not as it is.</summary>
    public bool Transformed { get; }
}

/// <summary>
/// One <c>TaskDefinition</c> value whose identity is known: held by a variable with an <see cref="Model.Origin"/> (<c>td</c>),
/// or the <c>TaskDefinition</c> property of an SDK object such a variable holds (<c>described.TaskDefinition</c>). Two
/// sources with the same origin and member are the same value.
/// </summary>
internal sealed class CopySource : IEquatable<CopySource>
{
    public CopySource(Origin origin, string? member, string text)
    {
        Origin = origin;
        Member = member;
        Text = text;
    }

    public Origin Origin { get; }

    /// <summary>The SDK property read from the variable (<c>TaskDefinition</c>), or null when the variable holds the value itself.</summary>
    public string? Member { get; }

    /// <summary>The expression as written where it was read (<c>described.TaskDefinition</c>), for messages and the fix.</summary>
    public string Text { get; }

    public bool Equals(CopySource? other) =>
        other is not null && Origin.Equals(other.Origin) && string.Equals(Member, other.Member, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as CopySource);

    public override int GetHashCode() => Origin.GetHashCode() ^ (Member is null ? 0 : StringComparer.Ordinal.GetHashCode(Member));
}

/// <summary>
/// A value chosen at run time among known options: <c>big ? "4096" : "256"</c> (nested conditionals too). Written into
/// a property, each option becomes one candidate write; options chosen by the same condition share a <see cref="Key"/>.
/// </summary>
internal sealed class ChoiceValue : Value
{
    public ChoiceValue(SyntaxNode syntax, List<Value> options, object? key)
        : base(syntax)
    {
        Options = options;
        Key = key ?? this;
    }

    /// <summary>The options, in branch order (when true first).</summary>
    public List<Value> Options { get; }

    /// <summary>What chose the option: the condition's origin (the same variable read twice), else this value itself.</summary>
    public object Key { get; }
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

    public KeyValueValue(FileAnchor anchor, Value key, Value value)
        : base(anchor)
    {
        Key = key;
        Entry = value;
    }

    public Value Key { get; }

    public Value Entry { get; }
}

/// <summary>
/// Where a diagnostic points, and whether its fix may edit there. Always in the analyzed body: a finding about a value
/// that came from a helper points at the call (or the argument that carried the value), with the helper's own line as
/// an additional location, and offers no fix.
/// </summary>
internal readonly struct Site
{
    private readonly SyntaxNode _node;
    private readonly SyntaxNode? _helper;
    private readonly bool _creation;
    private readonly bool _fixable;
    private readonly SyntaxNode? _value;
    private readonly Location? _file;

    public Site(SyntaxNode node, SyntaxNode? helper = null, bool creation = false, bool fixable = true, SyntaxNode? value = null)
    {
        _node = node;
        _helper = helper;
        _creation = creation;
        _fixable = fixable;
        _value = value;
        _file = null;
    }

    /// <summary>A place in a file that is not C# (a JSON property): no helper, no fix.</summary>
    public Site(Location file)
    {
        _node = null!;
        _helper = null;
        _creation = false;
        _fixable = false;
        _value = null;
        _file = file;
    }

    public Location Location => _file ?? (_creation && _helper is null ? Locations.OfCreation(_node) : _node.GetLocation());

    /// <summary>The line in the helper's body that produced the value, or null.</summary>
    public Location? HelperLocation => _helper is null ? null : _creation ? Locations.OfCreation(_helper) : _helper.GetLocation();

    /// <summary>Where the value itself was written when that is another helper's line than <see cref="HelperLocation"/>, or null.</summary>
    public Location? ValueLocation => _value?.GetLocation();

    /// <summary>The fixers can edit here: the site is the setting itself, in the analyzed body.</summary>
    public bool Fixable => _fixable && _helper is null && _file is null;
}

/// <summary>A compile-time constant: string, number, bool, or null.</summary>
internal sealed class ConstantValue : Value
{
    public ConstantValue(SyntaxNode syntax, object? constant, bool isSdkFieldName = false)
        : base(syntax)
    {
        Constant = constant;
        IsSdkFieldName = isSdkFieldName;
    }

    public ConstantValue(FileAnchor anchor, object? constant)
        : base(anchor)
    {
        Constant = constant;
    }

    public object? Constant { get; }

    /// <summary>
    /// True when the constant is the name of an SDK ConstantClass field (<c>NetworkMode.Awsvpc</c>): the field's string
    /// value is compiled into the SDK, so it is matched by name (ignoring case, '-' and '_'), as the SDK's naming rule derives it.
    /// </summary>
    public bool IsSdkFieldName { get; }

    public string? Text => Constant as string;

    /// <summary>The value as the service would see it, for messages.</summary>
    public string Display => Constant switch
    {
        null => "null",
        string s when IsSdkFieldName => FieldNameToValue(s),
        string s => s,
        bool b => b ? "true" : "false",
        _ => Convert.ToString(Constant, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    public int? AsInt32 => Constant switch
    {
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        _ => null,
    };

    /// <summary>Compares like ConstantClass does (ordinal, ignoring case).</summary>
    public bool Is(string expected)
    {
        if (Constant is not string s)
        {
            return false;
        }

        return IsSdkFieldName
            ? EqualsIgnoringSeparators(s, expected)
            : string.Equals(s, expected, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Equal when compared ignoring case, '-' and '_' (<c>Awsvpc</c> and "awsvpc", <c>Json_file</c> and "json-file"), without allocating.</summary>
    private static bool EqualsIgnoringSeparators(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && a[i] is '-' or '_')
            {
                i++;
            }

            while (j < b.Length && b[j] is '-' or '_')
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    private static string FieldNameToValue(string field)
    {
        foreach (var c in field)
        {
            if (char.IsLower(c))
            {
                return char.ToLowerInvariant(field[0]) + field.Substring(1);
            }
        }

        return field;
    }
}

/// <summary>One write of a property: the value and where it was written (the assignment, for diagnostics and fixes).</summary>
internal sealed class Write
{
    private readonly SyntaxNode? _site;
    private readonly FileAnchor? _anchor;

    public Write(Value value, SyntaxNode site, bool conditional, SyntaxNode? via = null, object? choice = null, int branch = 0)
    {
        Value = value;
        _site = site;
        Conditional = conditional;
        Via = via;
        Choice = choice;
        Branch = branch;
    }

    /// <summary>A write read from a file that is not C# (a JSON property): unconditional, never through a helper.</summary>
    public Write(Value value, FileAnchor property)
    {
        Value = value;
        _anchor = property;
    }

    public Value Value { get; }

    /// <summary>
    /// The assignment (<c>NetworkMode = ...</c> in an initializer, or <c>r.NetworkMode = ...</c>), or the added item.
    /// Only for writes read from C#: rules use <see cref="Location"/> and <see cref="Position"/>.
    /// </summary>
    public SyntaxNode Site => _site ?? throw new InvalidOperationException("A write read from a file has no syntax.");

    /// <summary>Where the write is: the assignment, or the property in a file.</summary>
    public Location Location => _anchor?.Location ?? _site!.GetLocation();

    /// <summary>Where the write starts in its file (orders writes in source order).</summary>
    public int Position => _anchor?.Start ?? _site!.SpanStart;

    /// <summary>Written only on some paths (under <c>if</c>, in a loop, a lambda, ...).</summary>
    public bool Conditional { get; }

    /// <summary>The call in the analyzed body, when the write happened in a helper's body.</summary>
    public SyntaxNode? Via { get; }

    /// <summary>The <see cref="ChoiceValue.Key"/> when this write is one option of a conditional value, else null.</summary>
    public object? Choice { get; }

    /// <summary>Which option of the choice (0 = the first branch).</summary>
    public int Branch { get; }

    /// <summary>
    /// Where a diagnostic about the written value points: the assignment; one branch of a conditional value; or, for a
    /// write in a helper, the argument that carried the value or else the call.
    /// </summary>
    public Site Where
    {
        get
        {
            if (_anchor is not null)
            {
                return new Site(_anchor.Location);
            }

            if (Via is null)
            {
                // Written here: at the assignment (with the helper's line when a helper gave the value), or at the option.
                return Value.Via is not null ? new Site(Site, helper: Value.Syntax)
                    : Choice is null ? new Site(Site) : new Site(Value.Syntax, fixable: false);
            }

            // A constant or variable passed as an argument from the analyzed body: point at the argument.
            if (Value is ConstantValue or UnknownValue && Value.Via is null)
            {
                return new Site(Value.Syntax, helper: Site);
            }

            // At the call; the helper's line is the option of a conditional, or the write, and also the value when an
            // intermediate helper wrote it elsewhere (each helper body that reports on its own is then recognized).
            var helper = Choice is not null ? Value.Syntax : Site;
            var elsewhere = Site.SyntaxTree != Value.Syntax.SyntaxTree || !Site.FullSpan.Contains(Value.Syntax.FullSpan);
            var value = Choice is null && elsewhere ? Value.Syntax : null;
            return new Site(Via, helper: helper, value: value);
        }
    }
}

/// <summary>
/// The candidate writes of one property: none, one (the common case, held without an array) or several. A struct with a
/// struct enumerator, so reading and checking allocate nothing for it.
/// </summary>
internal readonly struct WriteList
{
    private readonly object? _items; // null, a Write, or a Write[]

    private WriteList(object? items) => _items = items;

    public static WriteList Empty => default;

    public int Count => _items switch
    {
        null => 0,
        Write => 1,
        _ => ((Write[])_items).Length,
    };

    public Write this[int index] => _items is Write single && index == 0 ? single : ((Write[])_items!)[index];

    public static WriteList Of(Write write) => new(write);

    public WriteList Append(Write write)
    {
        var grown = new Write[Count + 1];
        for (var i = 0; i < grown.Length - 1; i++)
        {
            grown[i] = this[i];
        }

        grown[grown.Length - 1] = write;
        return new WriteList(grown);
    }

    public Enumerator GetEnumerator() => new(this);

    public struct Enumerator
    {
        private readonly WriteList _list;
        private int _index;

        public Enumerator(WriteList list)
        {
            _list = list;
            _index = -1;
        }

        public readonly Write Current => _list[_index];

        public bool MoveNext() => ++_index < _list.Count;
    }
}

/// <summary>An instance of an SDK model class (request, container definition, volume, ...) and what was written into it.</summary>
internal sealed class ObjectValue : Value
{
    // Few properties per object: one array searched linearly beats a dictionary, and allocates far less.
    private Entry[] _entries;
    private int _count;

    /// <param name="capacity">How many properties the creation's initializer writes: the array then never grows for them.</param>
    public ObjectValue(SyntaxNode syntax, INamedTypeSymbol type, int capacity = 4)
        : base(syntax)
    {
        Symbol = type;
        TypeName = type.Name;
        _entries = new Entry[capacity < 2 ? 2 : capacity];
    }

    /// <summary>An object read from a file (a JSON object), of the SDK model type named <paramref name="typeName"/>.</summary>
    public ObjectValue(FileAnchor anchor, string typeName, int capacity = 4)
        : base(anchor)
    {
        TypeName = typeName;
        _entries = new Entry[capacity < 2 ? 2 : capacity];
    }

    /// <summary>Where the creation (or the call that returned it from a helper) starts in the analyzed body: the key that puts objects in source order.</summary>
    public int Start => Via?.SpanStart ?? Position;

    private struct Entry
    {
        public string Name;
        public WriteList Writes;
    }

    /// <summary>The SDK model type's name (<c>ContainerDefinition</c>): what rules ask.</summary>
    public string TypeName { get; }

    /// <summary>The SDK type, when the object was read from C#; null when it was read from a file (the project may not reference the SDK).</summary>
    public INamedTypeSymbol? Symbol { get; }

    private bool _reached;

    /// <summary>Marks the object as reached by <see cref="BlockModel"/>'s walk; false when it already was.</summary>
    internal bool MarkReached()
    {
        var first = !_reached;
        _reached = true;
        return first;
    }

    /// <summary>
    /// False when writes to the object may happen where the analyzer cannot see them (passed to a helper, returned,
    /// stored in a field, reassigned). Rules about something missing stay silent then.
    /// </summary>
    public bool AllWritesVisible { get; set; } = true;

    /// <summary>
    /// Uses of a model collection of this object before any write of it (AWSSDK v4: the collection is still null there),
    /// recorded by the reader in the analyzed body only; null when there are none.
    /// </summary>
    public List<NullCollectionUse>? NullCollectionUses { get; private set; }

    public void AddNullCollectionUse(NullCollectionUse use) => (NullCollectionUses ??= new List<NullCollectionUse>(1)).Add(use);

    /// <summary>
    /// The first place in the analyzed body where the object escaped (passed to a method, stored, returned), directly or
    /// inside an object passed on; null when it did not there. A null-collection use after it may follow a write not seen.
    /// </summary>
    public SyntaxNode? EscapedAt { get; private set; }

    public void NoteEscape(SyntaxNode at)
    {
        if (EscapedAt is null || (EscapedAt.SyntaxTree == at.SyntaxTree && at.SpanStart < EscapedAt.SpanStart))
        {
            EscapedAt = at;
        }
    }

    /// <summary>How many properties were written; with <see cref="CandidatesAt"/>, a walk over every write without allocating.</summary>
    public int PropertyCount => _count;

    public WriteList CandidatesAt(int index) => _entries[index].Writes;

    public string NameAt(int index) => _entries[index].Name;

    /// <summary>The values the property may hold when the request is sent: the last unconditional write and any conditional ones after it.</summary>
    public WriteList Candidates(string property)
    {
        var i = IndexOf(property);
        return i < 0 ? WriteList.Empty : _entries[i].Writes;
    }

    /// <summary>True when no write sets the property to anything but null and every write is visible.</summary>
    public bool IsProvablyUnset(string property)
    {
        if (!AllWritesVisible)
        {
            return false;
        }

        foreach (var w in Candidates(property))
        {
            if (w.Value is not ConstantValue { Constant: null })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Records a write: an unconditional one replaces the candidates, a conditional one adds to them.</summary>
    public void Set(string property, Write write)
    {
        var i = IndexOf(property);
        if (i < 0)
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _count * 2);
            }

            i = _count++;
            _entries[i].Name = property;
            _entries[i].Writes = WriteList.Of(write);
        }
        else if (!write.Conditional)
        {
            _entries[i].Writes = WriteList.Of(write);
        }
        else
        {
            _entries[i].Writes = _entries[i].Writes.Append(write);
        }
    }

    /// <summary>
    /// Test hook: sees every property looked up by name on an object of an SDK type. Rules name SDK properties by string,
    /// and a test proves each name exists on its type in api.json (a typo would silently blind a rule).
    /// </summary>
    internal static Action<string, string>? LookupObserver { get; set; }

    private int IndexOf(string property)
    {
        LookupObserver?.Invoke(TypeName, property);
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_entries[i].Name, property, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The property's constant when every candidate write is a constant with the same value (null included); null when
    /// it was never written, is unknown, or differs between paths. Rules that combine two settings use it.
    /// </summary>
    public ConstantValue? Definite(string property)
    {
        ConstantValue? found = null;
        foreach (var w in Candidates(property))
        {
            if (w.Value is not ConstantValue c || (found is not null && !SameConstant(found, c)))
            {
                return null;
            }

            found ??= c;
        }

        return found;
    }

    /// <summary>The property's unknown value when it has exactly one candidate write, unconditional, and that write is an unknown value (symbolic values compare with <see cref="UnknownValue.Same"/>).</summary>
    public UnknownValue? DefiniteUnknown(string property)
    {
        // One unconditional write: a write under `if` may not happen at all (writes on exclusive branches never meet).
        var candidates = Candidates(property);
        return candidates.Count == 1 && !candidates[0].Conditional ? candidates[0].Value as UnknownValue : null;
    }

    /// <summary>
    /// The pairs of candidate writes of two properties that can hold together when the request is sent: every
    /// candidate of one with the value of the other when that one is definite, or the options of one choice paired
    /// branch by branch (<c>big ? "4096" : "256"</c> with <c>big ? "8192" : "512"</c>); none otherwise.
    /// </summary>
    public List<(Write A, Write B)> Pairs(string a, string b)
    {
        var pairs = new List<(Write A, Write B)>();
        var first = Candidates(a);
        var second = Candidates(b);
        if (first.Count == 0 || second.Count == 0)
        {
            return pairs;
        }

        if (Definite(a) is not null)
        {
            foreach (var w in second)
            {
                pairs.Add((first[0], w));
            }
        }
        else if (Definite(b) is not null)
        {
            foreach (var w in first)
            {
                pairs.Add((w, second[0]));
            }
        }
        else if (first.Count == second.Count && first[0].Choice is { } key)
        {
            for (var i = 0; i < first.Count; i++)
            {
                if (!Equals(first[i].Choice, key) || !Equals(second[i].Choice, key) || first[i].Branch != i || second[i].Branch != i)
                {
                    pairs.Clear();
                    break;
                }

                pairs.Add((first[i], second[i]));
            }
        }

        return pairs;
    }

    /// <summary>The property's object when every candidate write is that same object.</summary>
    public ObjectValue? DefiniteObject(string property)
    {
        ObjectValue? found = null;
        foreach (var w in Candidates(property))
        {
            if (w.Value is not ObjectValue o || (found is not null && found != o))
            {
                return null;
            }

            found = o;
        }

        return found;
    }

    private static bool SameConstant(ConstantValue a, ConstantValue b) =>
        a.Constant is string && b.Constant is string
            ? string.Equals(a.Display, b.Display, StringComparison.OrdinalIgnoreCase)
            : Equals(a.Constant, b.Constant);

    /// <summary>Objects written into the property (one per candidate that is an object).</summary>
    public SelectedWrites<ObjectSelector, ObjectValue> Objects(string property) => new(Candidates(property));

    /// <summary>Items of every list written into the property.</summary>
    public ItemList Items(string property) => new(Candidates(property));

    /// <summary>Constant candidates of the property, each with the write that set it.</summary>
    public SelectedWrites<ConstantSelector, (ConstantValue Value, Write Write)> Constants(string property) => new(Candidates(property));

    /// <summary>Writes that provably give the property a value: a non-null constant, an object, or a list with a known item.</summary>
    public SelectedWrites<PresentSelector, Write> PresentWrites(string property) => new(Candidates(property));

    /// <summary>Some write provably gives the property a value (see <see cref="PresentWrites"/>).</summary>
    public bool HasValue(string property)
    {
        foreach (var _ in PresentWrites(property))
        {
            return true;
        }

        return false;
    }
}

/// <summary>A use of a model collection that was never assigned before it (ECSA9001).</summary>
internal sealed class NullCollectionUse
{
    public NullCollectionUse(string property, SyntaxNode site, string receiver, string what)
    {
        Property = property;
        Site = site;
        Receiver = receiver;
        What = what;
    }

    /// <summary>The collection property (<c>PortMappings</c>).</summary>
    public string Property { get; }

    /// <summary>The member access that reads the null collection (<c>c.PortMappings</c>).</summary>
    public SyntaxNode Site { get; }

    /// <summary>The receiver as written, for messages (<c>c</c>).</summary>
    public string Receiver { get; }

    /// <summary>What dereferences it, for messages (<c>Add call</c>, <c>indexer</c>, <c>foreach</c>).</summary>
    public string What { get; }
}

/// <summary>A list (or dictionary) value: its known items, in order.</summary>
internal sealed class ListValue : Value
{
    public ListValue(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public ListValue(FileAnchor anchor)
        : base(anchor)
    {
    }

    public List<Value> Items { get; } = new();

    /// <summary>False when some items come from an unknown source (<c>AddRange(param)</c>, <c>[.. other]</c>).</summary>
    public bool AllItemsKnown { get; set; } = true;
}

/// <summary>Picks what a rule asks for out of one candidate write (an object, a constant, a write that gives a value).</summary>
internal interface IWriteSelector<T>
{
    bool TrySelect(Write write, out T selected);
}

/// <summary>
/// The candidate writes of a property filtered by a selector, enumerated by structs: rules call these for every object
/// they look at, so they must allocate nothing (a struct selector is specialized, never boxed).
/// </summary>
internal readonly struct SelectedWrites<TSelector, T>
    where TSelector : struct, IWriteSelector<T>
{
    private readonly WriteList _writes;

    internal SelectedWrites(WriteList writes) => _writes = writes;

    public Enumerator GetEnumerator() => new(_writes);

    public struct Enumerator
    {
        private readonly WriteList _writes;
        private int _index;

        internal Enumerator(WriteList writes)
        {
            _writes = writes;
            _index = -1;
            Current = default!;
        }

        public T Current { get; private set; }

        public bool MoveNext()
        {
            while (++_index < _writes.Count)
            {
                if (default(TSelector).TrySelect(_writes[_index], out var selected))
                {
                    Current = selected;
                    return true;
                }
            }

            return false;
        }
    }
}

internal readonly struct ObjectSelector : IWriteSelector<ObjectValue>
{
    public bool TrySelect(Write write, out ObjectValue selected)
    {
        selected = (write.Value as ObjectValue)!;
        return selected is not null;
    }
}

internal readonly struct ConstantSelector : IWriteSelector<(ConstantValue Value, Write Write)>
{
    public bool TrySelect(Write write, out (ConstantValue Value, Write Write) selected)
    {
        selected = (write.Value as ConstantValue, write)!;
        return write.Value is ConstantValue;
    }
}

/// <summary>Writes that provably give the property a value: a non-null constant, an object, or a list with a known item.</summary>
internal readonly struct PresentSelector : IWriteSelector<Write>
{
    public bool TrySelect(Write write, out Write selected)
    {
        selected = write;
        return write.Value is ConstantValue { Constant: not null } or ObjectValue or ListValue { Items.Count: > 0 };
    }
}

/// <summary>The items of every list written into a property, in order, enumerated by a struct.</summary>
internal readonly struct ItemList
{
    private readonly WriteList _writes;

    internal ItemList(WriteList writes) => _writes = writes;

    public Enumerator GetEnumerator() => new(_writes);

    /// <summary>The object items, each once (one object listed twice is one item), without allocating.</summary>
    public DistinctObjects Objects() => new(this);

    public readonly struct DistinctObjects
    {
        private readonly ItemList _items;

        internal DistinctObjects(ItemList items) => _items = items;

        public ObjectEnumerator GetEnumerator() => new(_items);
    }

    public struct ObjectEnumerator
    {
        private readonly ItemList _items;
        private Enumerator _inner;
        private int _position;

        internal ObjectEnumerator(ItemList items)
        {
            _items = items;
            _inner = items.GetEnumerator();
            _position = -1;
            Current = null!;
        }

        public ObjectValue Current { get; private set; }

        public bool MoveNext()
        {
            while (_inner.MoveNext())
            {
                _position++;
                if (_inner.Current is ObjectValue o && !SeenBefore(o))
                {
                    Current = o;
                    return true;
                }
            }

            return false;
        }

        private readonly bool SeenBefore(ObjectValue o)
        {
            var scan = _items.GetEnumerator();
            for (var i = 0; i < _position && scan.MoveNext(); i++)
            {
                if (ReferenceEquals(scan.Current, o))
                {
                    return true;
                }
            }

            return false;
        }
    }

    public struct Enumerator
    {
        private readonly WriteList _writes;
        private int _write;
        private int _item;

        internal Enumerator(WriteList writes)
        {
            _writes = writes;
            _write = 0;
            _item = -1;
        }

        public readonly Value Current => ((ListValue)_writes[_write].Value).Items[_item];

        public bool MoveNext()
        {
            for (; _write < _writes.Count; _write++, _item = -1)
            {
                if (_writes[_write].Value is ListValue list && ++_item < list.Items.Count)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
