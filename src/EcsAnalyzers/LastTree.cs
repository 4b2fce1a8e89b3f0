using System.Threading;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers;

/// <summary>
/// One tree's answer, kept for the next question about the same tree (the driver analyzes a file's bodies mostly in a
/// row): no table and no lock. Thread-safe: the tree and its answer are read and replaced together.
/// </summary>
internal sealed class LastTree<T>
{
    private Entry? _last;

    public bool TryGet(SyntaxTree tree, out T value)
    {
        var last = Volatile.Read(ref _last);
        if (last?.Tree == tree)
        {
            value = last.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public T Set(SyntaxTree tree, T value)
    {
        Volatile.Write(ref _last, new Entry(tree, value));
        return value;
    }

    private sealed class Entry
    {
        public Entry(SyntaxTree tree, T value)
        {
            Tree = tree;
            Value = value;
        }

        public SyntaxTree Tree { get; }

        public T Value { get; }
    }
}
