using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA5001: two containers of one task definition share a name; points at the second one's Name.</summary>
internal sealed class DuplicateContainerNameRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5001_DuplicateContainerName;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.AllContainersKnown)
            {
                continue;
            }

            var containers = td.Containers;
            for (var i = 1; i < containers.Count; i++)
            {
                var name = containers[i].Definite("Name")?.Text;
                var variable = name is null ? containers[i].DefiniteUnknown("Name") : null;
                if (name is null && variable is null)
                {
                    continue;
                }

                for (var j = 0; j < i; j++)
                {
                    var same = name is not null
                        ? containers[j].Definite("Name")?.Text is { } earlier && string.Equals(earlier, name, StringComparison.Ordinal)
                        : UnknownValue.Same(variable, containers[j].DefiniteUnknown("Name"));
                    if (same)
                    {
                        // Two containers named by one variable share the name whatever it holds at run time.
                        var display = name is not null ? "'" + name + "'" : "the value of '" + variable!.Origin!.Name + "'";
                        foreach (var write in containers[i].Candidates("Name"))
                        {
                            report(Diagnose(write.Where, display));
                        }

                        break;
                    }
                }
            }
        }
    }
}
