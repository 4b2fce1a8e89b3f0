using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcsAnalyzers.Options;

/// <summary>
/// The rule options a syntax tree's <c>.editorconfig</c> sets (<c>ecs_analyzers.&lt;ID&gt;.&lt;name&gt;</c>). A value that
/// cannot be read is ignored: the default holds, nothing throws.
/// </summary>
internal sealed class EcsOptions
{
    public const string SecretNamesKey = "ecs_analyzers.ECSA6002.secret_names";
    public const string AdditionalSecretNamesKey = "ecs_analyzers.ECSA6002.additional_secret_names";
    public const string TaskRoleSetElsewhereKey = "ecs_analyzers.ECSA3001.task_role_set_elsewhere";

    /// <summary>The tokens ECSA6002 looks for in environment variable names, by default.</summary>
    public static readonly ImmutableArray<string> DefaultSecretNames = ImmutableArray.Create(
        "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL", "CONNECTION_STRING");

    public static EcsOptions Default { get; } = new(DefaultSecretNames, taskRoleSetElsewhere: false);

    public EcsOptions(ImmutableArray<string> secretNames, bool taskRoleSetElsewhere)
    {
        SecretNames = secretNames;
        TaskRoleSetElsewhere = taskRoleSetElsewhere;
    }

    /// <summary>ECSA6002: the secret-like tokens (upper case).</summary>
    public ImmutableArray<string> SecretNames { get; }

    /// <summary>ECSA3001: the task role is attached by a later deployment step; the rule stays silent.</summary>
    public bool TaskRoleSetElsewhere { get; }

    /// <summary>Reads the options from one tree's configuration.</summary>
    public static EcsOptions Parse(AnalyzerConfigOptions options)
    {
        options.TryGetValue(SecretNamesKey, out var names);
        options.TryGetValue(AdditionalSecretNamesKey, out var additional);
        options.TryGetValue(TaskRoleSetElsewhereKey, out var elsewhere);
        if (names is null && additional is null && elsewhere is null)
        {
            return Default;
        }

        var secretNames = Tokens(names) is { Count: > 0 } replaced ? replaced : new List<string>(DefaultSecretNames);
        foreach (var token in Tokens(additional))
        {
            if (!secretNames.Contains(token))
            {
                secretNames.Add(token);
            }
        }

        var taskRoleSetElsewhere = string.Equals(elsewhere?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        return new EcsOptions(secretNames.ToImmutableArray(), taskRoleSetElsewhere);
    }

    /// <summary>Comma-separated tokens of letters, digits, '_' and '-', upper-cased; other tokens are ignored.</summary>
    private static List<string> Tokens(string? value)
    {
        var tokens = new List<string>();
        if (value is null)
        {
            return tokens;
        }

        foreach (var part in value.Split(','))
        {
            var token = part.Trim();
            if (token.Length == 0 || token.Length > 64)
            {
                continue;
            }

            var valid = true;
            foreach (var c in token)
            {
                valid &= c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-';
            }

            if (valid)
            {
                tokens.Add(token.ToUpperInvariant());
            }
        }

        return tokens;
    }
}

/// <summary>The options of each syntax tree of one compilation, read once per tree.</summary>
internal sealed class EcsOptionsCache
{
    private readonly AnalyzerConfigOptionsProvider? _provider;

    // The last tree's options answer the next body of the same tree. No table and no lock: reading a tree's options is
    // three lookups, and a lock taken per tree showed in a real build's profile (a thread holding it while paused by a
    // collection kept the others waiting).
    private readonly LastTree<EcsOptions> _last = new();

    public EcsOptionsCache(AnalyzerConfigOptionsProvider? provider)
    {
        _provider = provider;
    }

    public EcsOptions For(SyntaxTree tree)
    {
        if (_provider is null)
        {
            return EcsOptions.Default;
        }

        return _last.TryGet(tree, out var options) ? options : _last.Set(tree, Read(tree));
    }

    private EcsOptions Read(SyntaxTree tree)
    {
        try
        {
            return EcsOptions.Parse(_provider!.GetOptions(tree));
        }
        catch (ArgumentException)
        {
            return EcsOptions.Default; // a tree the provider does not know
        }
    }
}
