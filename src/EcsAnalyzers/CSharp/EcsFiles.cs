using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcsAnalyzers.CSharp;

/// <summary>
/// The per-file gate, from text alone: a file that uses the SDK names it (a using directive or a qualified name with
/// <c>ECS</c>, the client <c>IAmazonECS</c>, a request <c>…TaskDefinition…</c>; an alias of a model type is declared in
/// the file that uses it, naming <c>Amazon.ECS</c>), unless a global using imports <c>Amazon.ECS</c> for every file.
/// Most files of a project fail it, after one text search each, and nothing else is done for them: no symbol, no
/// operation, not even the SDK's types are looked up until some file passes.
/// </summary>
internal sealed class EcsFiles
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<SyntaxTree, bool> _answers = new();
    private readonly Func<SyntaxTree, bool> _mentionsEcs;
    private int _globalImport; // 0: not computed, 1: no, 2: yes

    // The last file's answer answers most questions without a lookup.
    private readonly LastTree<bool> _last = new();

    public EcsFiles(Compilation compilation)
    {
        _compilation = compilation;
        _mentionsEcs = MentionsEcs;
    }

    /// <summary>Bodies in <paramref name="tree"/> may use the SDK.</summary>
    public bool MayUseEcs(SyntaxTree tree) =>
        _last.TryGet(tree, out var uses) ? uses : _last.Set(tree, _answers.GetOrAdd(tree, _mentionsEcs) || GlobalImport);

    /// <summary><c>global using Amazon.ECS.Model;</c> in some file (or <c>&lt;Using Include="Amazon.ECS.Model" /&gt;</c> in the project).</summary>
    private bool GlobalImport
    {
        get
        {
            if (_globalImport == 0)
            {
                var found = false;
                foreach (var tree in _compilation.SyntaxTrees)
                {
                    if (tree.GetRoot() is not CompilationUnitSyntax unit)
                    {
                        continue;
                    }

                    foreach (var u in unit.Usings)
                    {
                        found |= u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && u.Name?.ToString().Contains("Amazon.ECS") == true;
                    }
                }

                _globalImport = found ? 2 : 1;
            }

            return _globalImport == 2;
        }
    }

    private static bool MentionsEcs(SyntaxTree tree)
    {
        var text = tree.GetText().ToString();
        return text.IndexOf("ECS", StringComparison.Ordinal) >= 0 || text.IndexOf("TaskDefinition", StringComparison.Ordinal) >= 0;
    }
}
