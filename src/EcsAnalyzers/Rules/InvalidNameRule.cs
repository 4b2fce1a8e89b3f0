using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA5006: a family, container or volume name that is not 1-255 letters, digits, '-' and '_'.</summary>
internal sealed class InvalidNameRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5006_InvalidName;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var o in model.Objects)
        {
            var (property, what) = o.TypeName switch
            {
                "RegisterTaskDefinitionRequest" => ("Family", "family"),
                "ContainerDefinition" => ("Name", "container name"),
                "Volume" => ("Name", "volume name"),
                _ => (null, null),
            };
            if (property is null)
            {
                continue;
            }

            foreach (var (value, write) in o.Constants(property))
            {
                if (value.Text is { } name && !EcsNames.IsValid(name))
                {
                    report(Diagnose(write.Where, what, name));
                }
            }
        }
    }
}
