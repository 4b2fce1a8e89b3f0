using System;

namespace EcsAnalyzers.Model;

/// <summary>What a container image names (shared by the rules about the execution role).</summary>
internal static class EcrImages
{
    /// <summary>
    /// An image in a private Amazon ECR repository: <c>123456789012.dkr.ecr[-fips].&lt;region&gt;.amazonaws.com[.cn]/…</c>
    /// (case-insensitive).
    /// </summary>
    public static bool IsPrivate(string image)
    {
        for (var d = 0; d < 12; d++)
        {
            if (d >= image.Length || image[d] is < '0' or > '9')
            {
                return false;
            }
        }

        var i = 12;
        if (!Take(image, ref i, ".dkr.ecr"))
        {
            return false;
        }

        Take(image, ref i, "-fips");
        if (!Take(image, ref i, "."))
        {
            return false;
        }

        var region = i;
        while (i < image.Length && image[i] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-')
        {
            i++;
        }

        if (i == region || !Take(image, ref i, ".amazonaws.com"))
        {
            return false;
        }

        Take(image, ref i, ".cn");
        return i < image.Length && image[i] == '/';
    }

    /// <summary>Moves past <paramref name="text"/> (ignoring ASCII case) when it comes next.</summary>
    private static bool Take(string value, ref int at, string text)
    {
        if (at + text.Length > value.Length || string.Compare(value, at, text, 0, text.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        at += text.Length;
        return true;
    }
}
