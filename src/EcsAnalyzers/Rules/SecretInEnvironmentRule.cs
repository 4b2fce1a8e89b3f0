using System;
using System.Collections.Immutable;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA6002: a secret in a plain environment variable, at its <c>Value</c>: a constant value shaped like an AWS access key
/// ID, or a constant value under a name with a secret-like token (<see cref="Options.EcsOptions.SecretNames"/>, matched as
/// a whole word of the name: <c>DB_PASSWORD</c>, <c>dbPassword</c>, not <c>TOKENIZER</c>). Values that are not secrets are
/// left alone: paths (<c>PASSWORD_FILE = "/run/secrets/db"</c>), ARNs, URLs without credentials, placeholders, numbers and
/// booleans; so are names where the token is qualified (<c>SECRET_ARN</c>, <c>TOKEN_TTL</c>, <c>ACCESS_KEY_ID</c>).
/// </summary>
internal sealed class SecretInEnvironmentRule : Rule
{
    /// <summary>Not a valid Secrets Manager ARN: the task cannot start until it is replaced by the secret's ARN.</summary>
    public const string Placeholder = "arn:aws:secretsmanager:<region>:<account-id>:secret:<secret-name>";

    /// <summary>A word after the token that makes the variable about the secret, not the secret itself.</summary>
    private static readonly string[] Qualifiers =
    {
        "FILE", "PATH", "DIR", "ARN", "NAME", "ID", "URL", "URI", "ENDPOINT", "HOST", "TYPE", "TTL", "EXPIRY", "EXPIRATION", "EXPIRES",
        "LENGTH", "ENABLED", "REQUIRED", "POLICY", "HEADER", "PARAM", "PARAMETER", "VERSION", "REGION", "PREFIX", "KEY_ID",
    };

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA6002_SecretInEnvironment;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        var tokens = model.Options.SecretNames;
        foreach (var container in model.Objects)
        {
            if (container.TypeName != "ContainerDefinition")
            {
                continue;
            }

            foreach (var variable in container.Items("Environment").Objects())
            {
                var name = variable.Definite("Name")?.Text;
                foreach (var (value, write) in variable.Constants("Value"))
                {
                    if (value.Text is not { } text || text.Trim().Length == 0)
                    {
                        continue;
                    }

                    var what = IsAccessKeyId(text.Trim()) ? "an AWS access key ID"
                        : name is not null && NamesSecret(name, tokens) && MayBeSecret(text) ? "a secret"
                        : null;
                    if (what is not null)
                    {
                        report(Diagnose(write.Where, name ?? "(name not known at compile time)", TaskDefinitionModel.ContainerDisplay(container), what));
                    }
                }
            }
        }
    }

    /// <summary><c>AKIA</c> or <c>ASIA</c> and 16 upper-case letters or digits.</summary>
    internal static bool IsAccessKeyId(string value)
    {
        if (value.Length != 20 || !(value.StartsWith("AKIA", StringComparison.Ordinal) || value.StartsWith("ASIA", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var i = 4; i < value.Length; i++)
        {
            if (value[i] is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Some token is a whole word of the name (words split at non-alphanumerics and lower-to-upper case changes) and is not qualified by the word after it.</summary>
    internal static bool NamesSecret(string name, ImmutableArray<string> tokens)
    {
        foreach (var token in tokens)
        {
            for (var start = IndexOfIgnoringCase(name, token, 0); start >= 0; start = IndexOfIgnoringCase(name, token, start + 1))
            {
                var end = start + token.Length;
                if (IsWordStart(name, start) && IsWordEnd(name, end) && !IsQualified(name, end))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int IndexOfIgnoringCase(string name, string token, int from)
    {
        for (var i = from; i + token.Length <= name.Length; i++)
        {
            var match = true;
            for (var j = 0; j < token.Length && match; j++)
            {
                var c = name[i + j];
                var t = token[j];
                match = char.ToUpperInvariant(c) == t || ((t is '_' or '-') && c is '_' or '-');
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsWordStart(string name, int i) =>
        i == 0 || !char.IsLetterOrDigit(name[i - 1]) || (char.IsLower(name[i - 1]) && char.IsUpper(name[i]));

    private static bool IsWordEnd(string name, int end) =>
        end == name.Length || !char.IsLetter(name[end]) || (char.IsLower(name[end - 1]) && char.IsUpper(name[end]));

    /// <summary>The word after the token is a qualifier (<c>SECRET_ARN</c>, <c>PasswordFile</c>).</summary>
    private static bool IsQualified(string name, int end)
    {
        var rest = end < name.Length && !char.IsLetterOrDigit(name[end]) ? end + 1 : end;
        if (rest >= name.Length || rest == end && !(end > 0 && char.IsLower(name[end - 1]) && char.IsUpper(name[end])))
        {
            return false;
        }

        foreach (var qualifier in Qualifiers)
        {
            if (IndexOfIgnoringCase(name, qualifier, rest) == rest && IsWordEnd(name, rest + qualifier.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The value could be a secret: not a path, an ARN, a URL without credentials, a host address, a connection string
    /// without a credential, a placeholder, a number or a boolean.
    /// </summary>
    internal static bool MayBeSecret(string value)
    {
        var v = value.Trim();
        if (v.Length < 2 || v[0] is '/' or '~' || v.StartsWith("./", StringComparison.Ordinal) || v.StartsWith("../", StringComparison.Ordinal)
            || (v.Length > 2 && char.IsLetter(v[0]) && v[1] == ':' && v[2] is '\\' or '/')
            || v.StartsWith("arn:", StringComparison.OrdinalIgnoreCase) || v.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var scheme = v.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && v.IndexOf('@') < 0)
        {
            return false; // a URL without user info
        }

        if (IsPlaceholder(v) || IsHostAddress(v) || IsConnectionStringWithoutCredential(v))
        {
            return false;
        }

        var numeric = true;
        foreach (var c in v)
        {
            numeric &= char.IsDigit(c) || c is '.' or '-' or '+';
        }

        return !numeric && !(v.Equals("true", StringComparison.OrdinalIgnoreCase) || v.Equals("false", StringComparison.OrdinalIgnoreCase)
            || v.Equals("yes", StringComparison.OrdinalIgnoreCase) || v.Equals("no", StringComparison.OrdinalIgnoreCase)
            || v.Equals("on", StringComparison.OrdinalIgnoreCase) || v.Equals("off", StringComparison.OrdinalIgnoreCase)
            || v.Equals("none", StringComparison.OrdinalIgnoreCase) || v.Equals("null", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// <c>${...}</c>, <c>{{...}}</c>, <c>&lt;...&gt;</c>, <c>%...%</c>, <c>#{...}</c>, <c>__NAME__</c>, <c>$NAME</c>: filled in elsewhere.
    /// Also the stand-ins that sample task definitions carry (<c>YOUR_API_KEY</c>, <c>GOOGLE_CLIENT_SECRET_VALUE</c>,
    /// <c>your-secret-key-here</c>): an upper-case identifier with an underscore, or any value with the word "your".
    /// </summary>
    private static bool IsPlaceholder(string v) =>
        IsScreamingIdentifier(v) || HasWord(v, "your") ||
        (v.StartsWith("${", StringComparison.Ordinal) && v.EndsWith("}", StringComparison.Ordinal))
        || (v.StartsWith("#{", StringComparison.Ordinal) && v.EndsWith("}", StringComparison.Ordinal))
        || (v.StartsWith("{{", StringComparison.Ordinal) && v.EndsWith("}}", StringComparison.Ordinal))
        || (v[0] == '<' && v[v.Length - 1] == '>')
        || (v[0] == '%' && v[v.Length - 1] == '%')
        || (v.Length > 4 && v.StartsWith("__", StringComparison.Ordinal) && v.EndsWith("__", StringComparison.Ordinal))
        || (v[0] == '$' && IsIdentifier(v, 1));

    /// <summary>A lower-case host name with at least two dots and an optional port (a cache or database endpoint).</summary>
    private static bool IsHostAddress(string v)
    {
        var colon = v.LastIndexOf(':');
        var host = colon > 0 ? v.Substring(0, colon) : v;
        if (colon > 0 && (colon == v.Length - 1 || !IsDigits(v, colon + 1)))
        {
            return false;
        }

        var dots = 0;
        foreach (var c in host)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.'))
            {
                return false;
            }

            dots += c == '.' ? 1 : 0;
        }

        return dots >= 2 && host[0] != '.' && host[host.Length - 1] != '.';
    }

    private static bool IsDigits(string v, int from)
    {
        for (var i = from; i < v.Length; i++)
        {
            if (v[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>key=value;key=value</c> where no key names a credential (password, pwd, key, secret, token, sig).</summary>
    private static bool IsConnectionStringWithoutCredential(string v)
    {
        if (v.IndexOf(';') < 0 || v.IndexOf('=') < 0)
        {
            return false;
        }

        foreach (var part in v.Split(';'))
        {
            var eq = part.IndexOf('=');
            var key = (eq < 0 ? part : part.Substring(0, eq)).Trim();
            foreach (var credential in new[] { "password", "pwd", "key", "secret", "token", "sig" })
            {
                if (key.IndexOf(credential, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsScreamingIdentifier(string v)
    {
        var underscore = false;
        var letter = false;
        foreach (var c in v)
        {
            if (!(c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }

            underscore |= c == '_';
            letter |= c is >= 'A' and <= 'Z';
        }

        return underscore && letter;
    }

    private static bool HasWord(string v, string word)
    {
        for (var i = v.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = v.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetterOrDigit(v[i - 1])) && (end == v.Length || !char.IsLetterOrDigit(v[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentifier(string v, int from)
    {
        for (var i = from; i < v.Length; i++)
        {
            if (!(char.IsLetterOrDigit(v[i]) || v[i] == '_'))
            {
                return false;
            }
        }

        return from < v.Length;
    }
}
