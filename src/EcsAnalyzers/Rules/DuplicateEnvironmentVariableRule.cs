using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA5011: two environment variables with the same name in one container; points at the second one's Name.</summary>
internal sealed class DuplicateEnvironmentVariableRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5011_DuplicateEnvironmentVariable;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var container in model.Objects)
        {
            if (container.Type.Name != "ContainerDefinition")
            {
                continue;
            }

            foreach (var write in container.Candidates("Environment"))
            {
                if (write.Value is not ListValue list)
                {
                    continue;
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                var distinct = new List<ObjectValue>();
                foreach (var item in list.Items)
                {
                    if (item is not ObjectValue variable || distinct.Contains(variable) || variable.Definite("Name")?.Text is not { } name)
                    {
                        continue;
                    }

                    distinct.Add(variable);
                    if (!seen.Add(name))
                    {
                        foreach (var nameWrite in variable.Candidates("Name"))
                        {
                            report(Diagnostic.Create(Descriptor, nameWrite.Site.GetLocation(), name, PortMappingsWithNoneModeRule.ContainerName(container)));
                        }
                    }
                }
            }
        }
    }
}
