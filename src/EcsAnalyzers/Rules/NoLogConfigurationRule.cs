using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA6007: a container whose <c>LogConfiguration</c> is provably never set, at <c>new ContainerDefinition</c>.</summary>
internal sealed class NoLogConfigurationRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA6007_NoLogConfiguration;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var container in model.Objects)
        {
            if (container.TypeName == "ContainerDefinition" && container.IsProvablyUnset("LogConfiguration"))
            {
                report(Diagnose(container.CreationSite, TaskDefinitionModel.ContainerDisplay(container)));
            }
        }
    }
}
