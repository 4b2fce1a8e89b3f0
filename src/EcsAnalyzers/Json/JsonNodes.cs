using System.Collections.Generic;

namespace EcsAnalyzers.Json;

/// <summary>A JSON value as read from a file, with where it lies (offsets into the file's text, end exclusive).</summary>
internal abstract class JsonNode
{
    protected JsonNode(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    /// <summary>What the value is, for messages ("a string", "a number").</summary>
    public abstract string Describe { get; }
}

internal sealed class JsonObject : JsonNode
{
    public JsonObject(int start, int end, List<JsonMember> members)
        : base(start, end) => Members = members;

    public List<JsonMember> Members { get; }

    public override string Describe => "an object";

    /// <summary>The value of the last member named <paramref name="name"/> (ordinal), or null.</summary>
    public JsonNode? Get(string name)
    {
        JsonNode? found = null;
        foreach (var member in Members)
        {
            if (string.Equals(member.Name, name, System.StringComparison.Ordinal))
            {
                found = member.Value;
            }
        }

        return found;
    }
}

/// <summary>One <c>"key": value</c> of an object; <see cref="NameStart"/> and <see cref="NameEnd"/> include the quotes.</summary>
internal sealed class JsonMember
{
    public JsonMember(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonNode Value { get; }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(int start, int end, List<JsonNode> items)
        : base(start, end) => Items = items;

    public List<JsonNode> Items { get; }

    public override string Describe => "a list";
}

internal sealed class JsonString : JsonNode
{
    public JsonString(int start, int end, string value)
        : base(start, end) => Value = value;

    public string Value { get; }

    public override string Describe => "a string";
}

/// <summary>A number, kept as written: <see cref="Integer"/> when it has no fraction or exponent and fits in a long.</summary>
internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(int start, int end, string text, long? integer)
        : base(start, end)
    {
        Text = text;
        Integer = integer;
    }

    public string Text { get; }

    public long? Integer { get; }

    public override string Describe => "a number";
}

internal sealed class JsonBoolean : JsonNode
{
    public JsonBoolean(int start, int end, bool value)
        : base(start, end) => Value = value;

    public bool Value { get; }

    public override string Describe => "a boolean";
}

internal sealed class JsonNull : JsonNode
{
    public JsonNull(int start, int end)
        : base(start, end)
    {
    }

    public override string Describe => "null";
}

/// <summary>
/// A template placeholder written where a value belongs, outside quotes (<c>"memory": ${MEMORY}</c>, <c>{{ .Port }}</c>):
/// not JSON, but what a template leaves before it is rendered. Read as an unknown value.
/// </summary>
internal sealed class JsonPlaceholder : JsonNode
{
    public JsonPlaceholder(int start, int end)
        : base(start, end)
    {
    }

    public override string Describe => "a placeholder";
}
