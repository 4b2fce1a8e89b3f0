using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA7005: a NeuronDevice resource requirement whose value is not ALL (at the Value write), on a second container of
/// the task (at its requirement; only when the container list is one list of known containers: lists or items written on
/// exclusive paths are not one task), or in a task definition whose RequiresCompatibilities is provably a list without
/// MANAGED_INSTANCES (at the requirement; an unset list is not reported, and a list with FARGATE is ECSA1004's).
/// </summary>
internal sealed class NeuronDeviceRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA7005_NeuronDevice;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            var notManagedInstances = !td.RequiresFargate && td.ProvablyOmits("MANAGED_INSTANCES");
            var oneList = td.AllContainersKnown; // containers written on exclusive paths (if/else, a conditional Add) never meet
            List<ObjectValue>? withNeuron = null;
            foreach (var container in td.Containers)
            {
                foreach (var item in container.Items("ResourceRequirements").Objects())
                {
                    if (item.Definite("Type") is not { } type || !type.Is("NeuronDevice"))
                    {
                        continue;
                    }

                    foreach (var (value, write) in item.Constants("Value"))
                    {
                        if (value.Text is { } text && !string.Equals(text.Trim(), "ALL", StringComparison.OrdinalIgnoreCase))
                        {
                            report(Diagnose(write.Where, "The NeuronDevice value is '" + text + "', not ALL"));
                        }
                    }

                    withNeuron ??= new List<ObjectValue>();
                    if (!withNeuron.Contains(container))
                    {
                        withNeuron.Add(container);
                        if (withNeuron.Count > 1 && oneList)
                        {
                            report(Diagnose(item.CreationSite, "Container " + TaskDefinitionModel.ContainerDisplay(container) + " is not the only container with NeuronDevice resources"));
                        }
                    }

                    if (notManagedInstances)
                    {
                        report(Diagnose(item.CreationSite, "The task definition " + td.FamilyDisplay + " does not list MANAGED_INSTANCES in RequiresCompatibilities"));
                    }
                }
            }
        }
    }
}
