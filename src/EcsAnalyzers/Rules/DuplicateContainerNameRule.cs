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
                if (containers[i].Definite("Name")?.Text is not { } name)
                {
                    continue;
                }

                for (var j = 0; j < i; j++)
                {
                    if (containers[j].Definite("Name")?.Text is { } earlier && string.Equals(earlier, name, StringComparison.Ordinal))
                    {
                        foreach (var write in containers[i].Candidates("Name"))
                        {
                            report(Diagnose(write.Where, name));
                        }

                        break;
                    }
                }
            }
        }
    }
}
