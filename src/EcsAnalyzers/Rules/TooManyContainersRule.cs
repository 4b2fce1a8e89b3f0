using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA5007: more than 10 containers in a list whose items are all known; points at the request's creation.</summary>
internal sealed class TooManyContainersRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5007_TooManyContainers;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            // One list on every path (alternatives written under if are not added up), with every item known (code the
            // reader cannot follow may have removed some).
            var lists = td.Request.Candidates("ContainerDefinitions");
            if (lists.Count == 1 && !lists[0].Conditional && lists[0].Value is ListValue { AllItemsKnown: true } list
                && TaskDefinitionModel.Distinct(list.Items) is { Count: > 10 } containers)
            {
                report(Diagnose(td.CreationSite, td.FamilyDisplay, containers.Count));
            }
        }
    }
}
