using System.Collections.Generic;
using EcsAnalyzers.Sdk;

namespace EcsAnalyzers.Model;

/// <summary>Everything read from one executable body: the task definition requests and every SDK object reachable from what was created there.</summary>
internal sealed class BlockModel
{
    public BlockModel(EcsKnownTypes sdk, IEnumerable<ObjectValue> created)
    {
        var pending = new Stack<ObjectValue>();
        foreach (var o in created)
        {
            if (o.MarkReached())
            {
                pending.Push(o);
            }
        }

        var all = new List<ObjectValue>();
        while (pending.Count > 0)
        {
            var o = pending.Pop();
            all.Add(o);
            foreach (var name in o.PropertyNames)
            {
                foreach (var w in o.Candidates(name))
                {
                    foreach (var child in Children(w.Value))
                    {
                        if (child.MarkReached())
                        {
                            pending.Push(child);
                        }
                    }
                }
            }
        }

        all.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
        Objects = all;
        var taskDefinitions = new List<TaskDefinitionModel>();
        foreach (var o in all)
        {
            if (Microsoft.CodeAnalysis.SymbolEqualityComparer.Default.Equals(o.Type, sdk.RegisterTaskDefinitionRequest))
            {
                taskDefinitions.Add(new TaskDefinitionModel(o));
            }
        }

        TaskDefinitions = taskDefinitions;
    }

    /// <summary>Every SDK model object read, in source order.</summary>
    public IReadOnlyList<ObjectValue> Objects { get; }

    public IReadOnlyList<TaskDefinitionModel> TaskDefinitions { get; }

    private static IEnumerable<ObjectValue> Children(Value value)
    {
        switch (value)
        {
            case ObjectValue o:
                yield return o;
                break;
            case ListValue l:
                foreach (var item in l.Items)
                {
                    if (item is ObjectValue o)
                    {
                        yield return o;
                    }
                }

                break;
        }
    }
}
