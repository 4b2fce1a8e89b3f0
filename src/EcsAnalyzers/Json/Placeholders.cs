using System;

namespace EcsAnalyzers.Json;

/// <summary>
/// Template placeholders in a string: what envsubst, ecspresso, the render action, Helm-like tools and Octopus leave in a
/// task definition before it is rendered (<c>${IMAGE}</c>, <c>{{ .Env.ROLE }}</c>, <c>&lt;account-id&gt;</c>,
/// <c>%ROLE%</c>, <c>#{Role}</c>, <c>__ROLE__</c>, <c>$ROLE</c>, <c>arn:aws:iam::ACCOUNT_ID:role/app</c>). A string holding
/// one is an unknown value: rules stay silent on it.
/// </summary>
internal static class Placeholders
{
    public static bool Contains(string value) =>
        Pair(value, "{", "}") || Pair(value, "<", ">") || Variable(value) || Between(value, '%') || Between(value, '#') || Underscores(value) || FakeAccount(value);

    /// <summary><c>$NAME</c>, <c>$$$NAME$$$</c>, <c>$(cmd)</c>: a shell or template variable.</summary>
    private static bool Variable(string value)
    {
        for (var i = value.IndexOf('$'); i >= 0 && i + 1 < value.Length; i = value.IndexOf('$', i + 1))
        {
            if (char.IsLetter(value[i + 1]) || value[i + 1] is '_' or '$' or '(')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An ARN whose account is not an account ID (<c>arn:aws:iam::ACCOUNT_ID:role/app</c>, <c>XXXXXXXXXXXX</c>,
    /// <c>11111111111</c>): an example or a value to fill in, not a mistake.
    /// </summary>
    private static bool FakeAccount(string value)
    {
        if (!value.StartsWith("arn:", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = value.Split(':');
        if (parts.Length < 6 || parts[4].Length == 0)
        {
            return false;
        }

        var account = parts[4];
        var sameDigit = true;
        foreach (var c in account)
        {
            if (c is < '0' or > '9')
            {
                return true;
            }

            sameDigit &= c == account[0];
        }

        return sameDigit && account.Length != 12;
    }

    /// <summary><paramref name="open"/>, then something, then <paramref name="close"/>.</summary>
    private static bool Pair(string value, string open, string close)
    {
        var start = value.IndexOf(open, StringComparison.Ordinal);
        var from = start + open.Length + 1;
        return start >= 0 && from < value.Length && value.IndexOf(close, from, StringComparison.Ordinal) > 0;
    }

    /// <summary><c>%NAME%</c>, <c>#NAME#</c>: a name (letters, digits, '_', '.', '-') between two <paramref name="mark"/>s.</summary>
    private static bool Between(string value, char mark)
    {
        var start = value.IndexOf(mark);
        while (start >= 0 && start + 2 < value.Length)
        {
            var i = start + 1;
            while (i < value.Length && (char.IsLetterOrDigit(value[i]) || value[i] is '_' or '.' or '-'))
            {
                i++;
            }

            if (i > start + 1 && i < value.Length && value[i] == mark)
            {
                return true;
            }

            start = value.IndexOf(mark, start + 1);
        }

        return false;
    }

    /// <summary><c>__NAME__</c>: two underscores, a name, two underscores.</summary>
    private static bool Underscores(string value)
    {
        var start = value.IndexOf("__", StringComparison.Ordinal);
        while (start >= 0)
        {
            var i = start + 2;
            var letters = 0;
            while (i < value.Length && (char.IsLetterOrDigit(value[i]) || value[i] == '_'))
            {
                letters += value[i] == '_' ? 0 : 1;
                i++;
            }

            if (letters > 0 && i - start >= 5 && value[i - 1] == '_' && value[i - 2] == '_')
            {
                return true;
            }

            start = value.IndexOf("__", i, StringComparison.Ordinal);
        }

        return false;
    }
}
