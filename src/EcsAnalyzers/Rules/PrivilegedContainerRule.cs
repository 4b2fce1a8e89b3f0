using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA6001: <c>Privileged = true</c>, at the write. In a Fargate task definition ECSA1004 rejects it instead.</summary>
internal sealed class PrivilegedContainerRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA6001_PrivilegedContainer;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var container in model.Objects)
        {
            if (container.TypeName != "ContainerDefinition" || model.InFargateTask(container))
            {
                continue;
            }

            foreach (var (value, write) in container.Constants("Privileged"))
            {
                if (value.Constant is true)
                {
                    report(Diagnose(write.Where, FixData.Removable, TaskDefinitionModel.ContainerDisplay(container)));
                }
            }
        }
    }
}
