using System;
using System.Collections.Generic;
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

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var container in td.Containers)
            {
                if (container.Definite("Name")?.Text is { } name && !seen.Add(name))
                {
                    foreach (var write in container.Candidates("Name"))
                    {
                        report(Diagnostic.Create(Descriptor, write.Site.GetLocation(), name));
                    }
                }
            }
        }
    }
}
