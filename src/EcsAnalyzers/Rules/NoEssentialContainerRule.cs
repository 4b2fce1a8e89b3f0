using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA5002: every container is provably non-essential (an omitted Essential counts as true); points at the request's creation.</summary>
internal sealed class NoEssentialContainerRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5002_NoEssentialContainer;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.AllContainersFinal || td.Containers.Count == 0) // a caller may add the essential one to a request a helper returns
            {
                continue;
            }

            var anyEssential = false;
            foreach (var container in td.Containers)
            {
                anyEssential |= TaskDefinitionModel.IsEssential(container) != false;
            }

            if (!anyEssential)
            {
                report(Diagnose(td.CreationSite, td.FamilyDisplay));
            }
        }
    }
}
