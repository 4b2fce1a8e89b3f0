using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA5011: two environment variables with the same name in one container; points at the second one's Name.</summary>
internal sealed class DuplicateEnvironmentVariableRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5011_DuplicateEnvironmentVariable;

    /// <summary>Another variable object before <paramref name="index"/> has the name (the same object listed twice is not a duplicate).</summary>
    private static bool SetBefore(ListValue list, int index, ObjectValue variable, string name)
    {
        for (var i = 0; i < index; i++)
        {
            if (ReferenceEquals(list.Items[i], variable))
            {
                return false; // this object was already looked at
            }
        }

        for (var i = 0; i < index; i++)
        {
            if (list.Items[i] is ObjectValue other && other.Definite("Name")?.Text is { } otherName && string.Equals(otherName, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var container in model.Objects)
        {
            if (container.TypeName != "ContainerDefinition")
            {
                continue;
            }

            foreach (var write in container.Candidates("Environment"))
            {
                // Only a list whose items are all known: code the reader cannot follow may have removed the duplicate.
                if (write.Value is not ListValue { AllItemsKnown: true, Items.Count: > 1 } list)
                {
                    continue;
                }

                // A few variables per container: compare each with the ones before it, allocating nothing.
                for (var i = 1; i < list.Items.Count; i++)
                {
                    if (list.Items[i] is not ObjectValue variable || variable.Definite("Name")?.Text is not { } name || !SetBefore(list, i, variable, name))
                    {
                        continue;
                    }

                    foreach (var nameWrite in variable.Candidates("Name"))
                    {
                        report(Diagnose(nameWrite.Where, name, TaskDefinitionModel.ContainerDisplay(container)));
                    }
                }
            }
        }
    }
}
