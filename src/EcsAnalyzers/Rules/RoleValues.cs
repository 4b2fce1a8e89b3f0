using System;

namespace EcsAnalyzers.Rules;

/// <summary>What ECS accepts as a role: an IAM role name, or a role ARN in any partition, with or without a path.</summary>
internal static class RoleValues
{
    /// <summary>A placeholder written by a code fix (<c>&lt;account-id&gt;</c>): ECS rejects it, but it is deliberate.</summary>
    public static bool IsPlaceholder(string value) => value.IndexOf('<') >= 0 && value.IndexOf('>') > value.IndexOf('<');

    /// <summary>Why <paramref name="value"/> is not a role, or null when it is one. Allocates only to describe a problem.</summary>
    public static string? Problem(string value)
    {
        if (value.Trim().Length == 0)
        {
            return "it is empty (leave the property unset instead)";
        }

        if (!value.StartsWith("arn:", StringComparison.Ordinal))
        {
            return IsName(value, 0, value.Length) ? null : "a role name is 1-64 letters, digits and +=,.@_- (or use the role's ARN)";
        }

        // arn:partition:service:region:account:resource
        var p = value.IndexOf(':', 4);
        var s = p < 0 ? -1 : value.IndexOf(':', p + 1);
        var r = s < 0 ? -1 : value.IndexOf(':', s + 1);
        var a = r < 0 ? -1 : value.IndexOf(':', r + 1);
        if (a < 0 || !IsPartition(value, 4, p))
        {
            return "it is not a well-formed ARN (arn:<partition>:iam::<account-id>:role/<name>)";
        }

        var service = value.Substring(p + 1, s - p - 1);
        if (service == "sts")
        {
            return "it is an STS assumed-role session, not the role (use arn:" + value.Substring(4, p - 4) + ":iam::<account-id>:role/<name>)";
        }

        if (service != "iam")
        {
            return "it is " + Article(service) + " ARN, not an IAM role";
        }

        if (r != s + 1 || a - r - 1 != 12 || !AllDigits(value, r + 1, a))
        {
            return "it is not a well-formed IAM ARN (no region, a 12-digit account ID)";
        }

        var resource = a + 1;
        var slash = value.IndexOf('/', resource);
        var kindEnd = slash < 0 ? value.Length : slash;
        if (string.CompareOrdinal(value, resource, "role", 0, 4) != 0 || kindEnd - resource != 4)
        {
            return "it is an IAM " + value.Substring(resource, kindEnd - resource) + " ARN, not a role";
        }

        // role/<path/>name: path segments of printable characters, then a name
        var start = slash + 1;
        for (var next = value.IndexOf('/', start); next >= 0; start = next + 1, next = value.IndexOf('/', start))
        {
            if (next == start || !AllPrintable(value, start, next))
            {
                return "its role path is malformed";
            }
        }

        return IsName(value, start, value.Length) ? null : "its role name is not 1-64 letters, digits and +=,.@_-";
    }

    private static bool IsName(string s, int from, int to)
    {
        if (to - from is < 1 or > 64)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            var c = s[i];
            if (!(c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '+' or '=' or ',' or '.' or '@' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>aws</c>, or <c>aws-</c> followed by lower-case letters, digits and hyphens (aws-cn, aws-us-gov, aws-iso-b, aws-eusc).</summary>
    private static bool IsPartition(string s, int from, int to)
    {
        if (to - from < 3 || string.CompareOrdinal(s, from, "aws", 0, 3) != 0)
        {
            return false;
        }

        if (to - from == 3)
        {
            return true;
        }

        if (s[from + 3] != '-' || s[to - 1] == '-')
        {
            return false;
        }

        for (var i = from + 4; i < to; i++)
        {
            if (!(s[i] is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') || (s[i] == '-' && s[i - 1] == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllDigits(string s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (s[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllPrintable(string s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (s[i] is <= ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static string Article(string service) =>
        service.Length == 0 ? "a malformed" : ("aeiou".IndexOf(char.ToLowerInvariant(service[0])) >= 0 ? "an " : "a ") + service;
}
