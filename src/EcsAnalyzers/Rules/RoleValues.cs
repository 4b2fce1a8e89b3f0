using System;
using System.Text.RegularExpressions;

namespace EcsAnalyzers.Rules;

/// <summary>What ECS accepts as a role: an IAM role name, or a role ARN in any partition, with or without a path.</summary>
internal static class RoleValues
{
    private static readonly Regex Name = new(@"^[A-Za-z0-9_+=,.@-]{1,64}$", RegexOptions.CultureInvariant);
    private static readonly Regex PathSegment = new(@"^[\x21-\x2E\x30-\x7E]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Partition = new(@"^aws(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex Account = new(@"^\d{12}$", RegexOptions.CultureInvariant);

    /// <summary>A placeholder written by a code fix (<c>&lt;account-id&gt;</c>): ECS rejects it, but it is deliberate.</summary>
    public static bool IsPlaceholder(string value) => value.IndexOf('<') >= 0 && value.IndexOf('>') > value.IndexOf('<');

    /// <summary>Why <paramref name="value"/> is not a role, or null when it is one.</summary>
    public static string? Problem(string value)
    {
        if (value.Trim().Length == 0)
        {
            return "it is empty (leave the property unset instead)";
        }

        if (!value.StartsWith("arn:", StringComparison.Ordinal))
        {
            return Name.IsMatch(value) ? null : "a role name is 1-64 letters, digits and +=,.@_- (or use the role's ARN)";
        }

        var parts = value.Split(new[] { ':' }, 6);
        if (parts.Length != 6 || !Partition.IsMatch(parts[1]))
        {
            return "it is not a well-formed ARN (arn:<partition>:iam::<account-id>:role/<name>)";
        }

        var (service, region, account, resource) = (parts[2], parts[3], parts[4], parts[5]);
        if (service == "sts")
        {
            return "it is an STS assumed-role session, not the role (use arn:" + parts[1] + ":iam::<account-id>:role/<name>)";
        }

        if (service != "iam")
        {
            return "it is " + Article(service) + " ARN, not an IAM role";
        }

        if (region.Length != 0 || !Account.IsMatch(account))
        {
            return "it is not a well-formed IAM ARN (no region, a 12-digit account ID)";
        }

        var slash = resource.IndexOf('/');
        var kind = slash < 0 ? resource : resource.Substring(0, slash);
        if (kind != "role")
        {
            return "it is an IAM " + kind + " ARN, not a role";
        }

        var segments = resource.Substring(slash + 1).Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (!PathSegment.IsMatch(segments[i]))
            {
                return "its role path is malformed";
            }
        }

        return Name.IsMatch(segments[segments.Length - 1]) ? null : "its role name is not 1-64 letters, digits and +=,.@_-";
    }

    private static string Article(string service) =>
        service.Length == 0 ? "a malformed" : ("aeiou".IndexOf(char.ToLowerInvariant(service[0])) >= 0 ? "an " : "a ") + service;
}
