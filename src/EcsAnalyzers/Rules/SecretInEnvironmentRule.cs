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
            if (container.Type.Name != "ContainerDefinition")
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
    /// The value could be a secret: not a path, an ARN, a URL without credentials, a placeholder, a number or a boolean.
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

        if (IsPlaceholder(v))
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

    /// <summary><c>${...}</c>, <c>{{...}}</c>, <c>&lt;...&gt;</c>, <c>%...%</c>, <c>#{...}</c>, <c>__NAME__</c>, <c>$NAME</c>: filled in elsewhere.</summary>
    private static bool IsPlaceholder(string v) =>
        (v.StartsWith("${", StringComparison.Ordinal) && v.EndsWith("}", StringComparison.Ordinal))
        || (v.StartsWith("#{", StringComparison.Ordinal) && v.EndsWith("}", StringComparison.Ordinal))
        || (v.StartsWith("{{", StringComparison.Ordinal) && v.EndsWith("}}", StringComparison.Ordinal))
        || (v[0] == '<' && v[v.Length - 1] == '>')
        || (v[0] == '%' && v[v.Length - 1] == '%')
        || (v.Length > 4 && v.StartsWith("__", StringComparison.Ordinal) && v.EndsWith("__", StringComparison.Ordinal))
        || (v[0] == '$' && IsIdentifier(v, 1));

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
