using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace EcsAnalyzers.Json;

/// <summary>
/// A strict JSON reader (RFC 8259) that keeps every value's position, for task-definition files. Hand-written rather
/// than System.Text.Json (see docs/front-ends.md): it reports the exact offset of the first error, reads a template's
/// bare placeholders (<c>${PORT}</c>, <c>{{ .Memory }}</c>) as unknown values, and needs no assembly the analyzer would
/// have to ship. Linear in the file's length; nesting deeper than <see cref="MaxDepth"/> gives up (no result, no error).
/// </summary>
internal sealed class JsonParser
{
    /// <summary>Far deeper than any task definition (about 6 levels); deeper files are not read.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly StringBuilder _buffer = new();
    private int _pos;

    private JsonParser(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The first syntax error: its offset and what is wrong; null when none was found.</summary>
    public (int Position, string Message)? Error { get; private set; }

    /// <summary>True when the file nests deeper than <see cref="MaxDepth"/>: it was not read.</summary>
    public bool TooDeep { get; private set; }

    /// <summary>Reads <paramref name="text"/>: the root value, or null with <see cref="Error"/> or <see cref="TooDeep"/> set.</summary>
    public static (JsonNode? Root, JsonParser Parser) Parse(string text, CancellationToken cancellationToken = default)
    {
        var parser = new JsonParser(text, cancellationToken);
        if (parser._text.Length > 0 && parser._text[0] == '\uFEFF')
        {
            parser._pos = 1;
        }

        var root = parser.ReadValue(0);
        if (root is not null)
        {
            parser.SkipWhitespace();
            if (parser._pos < parser._text.Length)
            {
                parser.Fail(parser._pos, "unexpected text after the end of the JSON value");
                root = null;
            }
        }

        return (root, parser);
    }

    private JsonNode? Fail(int position, string message)
    {
        Error ??= (position, message);
        return null;
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    private JsonNode? ReadValue(int depth)
    {
        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            return Fail(_pos, "unexpected end of file, a value was expected");
        }

        if (PlaceholderEnd(_pos) is { } end)
        {
            var start = _pos;
            _pos = end;
            return new JsonPlaceholder(start, end);
        }

        switch (_text[_pos])
        {
            case '{':
                return depth >= MaxDepth ? GiveUp() : ReadObject(depth + 1);
            case '[':
                return depth >= MaxDepth ? GiveUp() : ReadArray(depth + 1);
            case '"':
                return ReadString() is { } s ? s : null;
            case 't':
                return ReadLiteral("true", static (s, e) => new JsonBoolean(s, e, true));
            case 'f':
                return ReadLiteral("false", static (s, e) => new JsonBoolean(s, e, false));
            case 'n':
                return ReadLiteral("null", static (s, e) => new JsonNull(s, e));
            case '-':
            case >= '0' and <= '9':
                return ReadNumber();
            default:
                return Fail(_pos, "unexpected character " + Show(_text[_pos]) + ", a value was expected");
        }
    }

    private JsonNode? GiveUp()
    {
        TooDeep = true;
        return null;
    }

    private JsonNode? ReadObject(int depth)
    {
        var start = _pos++;
        var members = new List<JsonMember>();
        SkipWhitespace();
        if (_pos < _text.Length && _text[_pos] == '}')
        {
            _pos++;
            return new JsonObject(start, _pos, members);
        }

        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            SkipWhitespace();
            if (_pos >= _text.Length)
            {
                return Fail(_pos, "unexpected end of file, a property name or '}' was expected");
            }

            if (_text[_pos] != '"')
            {
                return Fail(_pos, "unexpected character " + Show(_text[_pos]) + ", a property name in double quotes was expected");
            }

            var nameStart = _pos;
            if (ReadString() is not { } name)
            {
                return null;
            }

            SkipWhitespace();
            if (_pos >= _text.Length || _text[_pos] != ':')
            {
                return Fail(_pos, _pos >= _text.Length ? "unexpected end of file, ':' was expected" : "unexpected character " + Show(_text[_pos]) + ", ':' was expected");
            }

            _pos++;
            if (ReadValue(depth) is not { } value)
            {
                return null;
            }

            members.Add(new JsonMember(name.Value, nameStart, name.End, value));
            SkipWhitespace();
            if (_pos >= _text.Length)
            {
                return Fail(_pos, "unexpected end of file, ',' or '}' was expected");
            }

            var c = _text[_pos++];
            if (c == '}')
            {
                return new JsonObject(start, _pos, members);
            }

            if (c != ',')
            {
                return Fail(_pos - 1, "unexpected character " + Show(c) + ", ',' or '}' was expected");
            }

            SkipWhitespace();
            if (_pos < _text.Length && _text[_pos] == '}')
            {
                return Fail(_pos, "a trailing comma before '}' is not allowed");
            }
        }
    }

    private JsonNode? ReadArray(int depth)
    {
        var start = _pos++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (_pos < _text.Length && _text[_pos] == ']')
        {
            _pos++;
            return new JsonArray(start, _pos, items);
        }

        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (ReadValue(depth) is not { } item)
            {
                return null;
            }

            items.Add(item);
            SkipWhitespace();
            if (_pos >= _text.Length)
            {
                return Fail(_pos, "unexpected end of file, ',' or ']' was expected");
            }

            var c = _text[_pos++];
            if (c == ']')
            {
                return new JsonArray(start, _pos, items);
            }

            if (c != ',')
            {
                return Fail(_pos - 1, "unexpected character " + Show(c) + ", ',' or ']' was expected");
            }

            SkipWhitespace();
            if (_pos < _text.Length && _text[_pos] == ']')
            {
                return Fail(_pos, "a trailing comma before ']' is not allowed");
            }
        }
    }

    private JsonString? ReadString()
    {
        var start = _pos++;
        _buffer.Clear();
        var run = _pos;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                Fail(start, "unterminated string");
                return null;
            }

            var c = _text[_pos];
            if (c == '"')
            {
                string value;
                if (_buffer.Length == 0)
                {
                    value = _text.Substring(run, _pos - run);
                }
                else
                {
                    _buffer.Append(_text, run, _pos - run);
                    value = _buffer.ToString();
                }

                _pos++;
                return new JsonString(start, _pos, value);
            }

            if (c < ' ')
            {
                Fail(_pos, c is '\n' or '\r' ? "unterminated string (a line break inside a string must be written \\n)" : "a control character inside a string must be escaped");
                return null;
            }

            if (c != '\\')
            {
                _pos++;
                continue;
            }

            _buffer.Append(_text, run, _pos - run);
            if (_pos + 1 >= _text.Length)
            {
                Fail(start, "unterminated string");
                return null;
            }

            var escape = _text[_pos + 1];
            switch (escape)
            {
                case '"':
                case '\\':
                case '/':
                    _buffer.Append(escape);
                    break;
                case 'b':
                    _buffer.Append('\b');
                    break;
                case 'f':
                    _buffer.Append('\f');
                    break;
                case 'n':
                    _buffer.Append('\n');
                    break;
                case 'r':
                    _buffer.Append('\r');
                    break;
                case 't':
                    _buffer.Append('\t');
                    break;
                case 'u':
                    if (_pos + 6 > _text.Length || !int.TryParse(_text.Substring(_pos + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                        || !IsHex(_text, _pos + 2, 4))
                    {
                        Fail(_pos, "invalid \\u escape: four hexadecimal digits were expected");
                        return null;
                    }

                    _buffer.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    Fail(_pos, "invalid escape sequence \\" + escape);
                    return null;
            }

            _pos += 2;
            run = _pos;
        }
    }

    private static bool IsHex(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is not (>= '0' and <= '9') and not (>= 'a' and <= 'f') and not (>= 'A' and <= 'F'))
            {
                return false;
            }
        }

        return true;
    }

    private JsonNode? ReadLiteral(string literal, System.Func<int, int, JsonNode> make)
    {
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) == 0 && !IsWordChar(_pos + literal.Length))
        {
            var start = _pos;
            _pos += literal.Length;
            return make(start, _pos);
        }

        return Fail(_pos, "unexpected text " + Show(_text[_pos]) + ", a value was expected (strings are written in double quotes)");
    }

    private bool IsWordChar(int index) => index < _text.Length && (char.IsLetterOrDigit(_text[index]) || _text[index] == '_');

    private JsonNode? ReadNumber()
    {
        var start = _pos;
        if (_text[_pos] == '-')
        {
            _pos++;
        }

        if (_pos >= _text.Length || !IsDigit(_text[_pos]))
        {
            return Fail(_pos, "a digit was expected");
        }

        if (_text[_pos] == '0')
        {
            _pos++;
            if (_pos < _text.Length && IsDigit(_text[_pos]))
            {
                return Fail(_pos, "a number must not start with 0");
            }
        }
        else
        {
            SkipDigits();
        }

        var integer = true;
        if (_pos < _text.Length && _text[_pos] == '.')
        {
            integer = false;
            _pos++;
            if (_pos >= _text.Length || !IsDigit(_text[_pos]))
            {
                return Fail(_pos, "a digit was expected after the decimal point");
            }

            SkipDigits();
        }

        if (_pos < _text.Length && _text[_pos] is 'e' or 'E')
        {
            integer = false;
            _pos++;
            if (_pos < _text.Length && _text[_pos] is '+' or '-')
            {
                _pos++;
            }

            if (_pos >= _text.Length || !IsDigit(_text[_pos]))
            {
                return Fail(_pos, "a digit was expected in the exponent");
            }

            SkipDigits();
        }

        if (IsWordChar(_pos))
        {
            return Fail(_pos, "unexpected character " + Show(_text[_pos]) + " after a number");
        }

        var text = _text.Substring(start, _pos - start);
        long? value = integer && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null;
        return new JsonNumber(start, _pos, text, value);
    }

    private void SkipDigits()
    {
        while (_pos < _text.Length && IsDigit(_text[_pos]))
        {
            _pos++;
        }
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static string Show(char c) => c is >= ' ' and < (char)0x7F ? "'" + c + "'" : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>
    /// The end of a bare template placeholder starting at <paramref name="start"/>, on one line: <c>${...}</c>,
    /// <c>{{...}}</c>, <c>#{...}</c>, <c>&lt;...&gt;</c>, <c>%...%</c> or <c>__NAME__</c>; null when there is none.
    /// </summary>
    private int? PlaceholderEnd(int start)
    {
        var c = _text[start];
        var next = start + 1 < _text.Length ? _text[start + 1] : '\0';
        return c switch
        {
            '$' when next == '{' => Closing(start + 2, "}"),
            '{' when next == '{' => Closing(start + 2, "}}"),
            '#' when next == '{' => Closing(start + 2, "}"),
            '<' => Closing(start + 1, ">"),
            '%' => Closing(start + 1, "%"),
            '_' when next == '_' => UnderscoreName(start),
            _ => null,
        };
    }

    private int? Closing(int from, string close)
    {
        for (var i = from; i < _text.Length && _text[i] is not '\n' and not '\r'; i++)
        {
            if (string.CompareOrdinal(_text, i, close, 0, close.Length) == 0)
            {
                return i > from || close != "%" ? i + close.Length : null;
            }
        }

        return null;
    }

    private int? UnderscoreName(int start)
    {
        var i = start + 2;
        var letters = 0;
        while (i < _text.Length && (char.IsLetterOrDigit(_text[i]) || _text[i] == '_'))
        {
            letters += _text[i] == '_' ? 0 : 1;
            i++;
        }

        return letters > 0 && i - start >= 5 && _text[i - 1] == '_' && _text[i - 2] == '_' ? i : null;
    }
}
