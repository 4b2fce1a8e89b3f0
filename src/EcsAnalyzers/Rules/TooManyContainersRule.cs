using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA5007: more than 10 containers (the known ones alone); points at the request's creation.</summary>
internal sealed class TooManyContainersRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5007_TooManyContainers;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            // One list on every path (alternatives written under if are not added up); its known containers alone.
            var lists = td.Request.Candidates("ContainerDefinitions");
            if (lists.Count == 1 && !lists[0].Conditional && lists[0].Value is ListValue list
                && TaskDefinitionModel.Distinct(list.Items) is { Count: > 10 } containers)
            {
                report(Diagnostic.Create(Descriptor, td.CreationLocation, td.FamilyDisplay, containers.Count));
            }
        }
    }
}
