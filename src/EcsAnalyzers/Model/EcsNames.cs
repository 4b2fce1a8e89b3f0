namespace EcsAnalyzers.Model;

/// <summary>What ECS accepts as a task-definition family, container name or volume name.</summary>
internal static class EcsNames
{
    /// <summary>1 to 255 ASCII letters, digits, hyphens and underscores, and nothing else (no surrounding white space).</summary>
    public static bool IsValid(string name)
    {
        if (name.Length is 0 or > 255)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
