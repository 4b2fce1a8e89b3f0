using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA6004 (disabled by default): <c>ReadonlyRootFilesystem</c> not true: at <c>new ContainerDefinition</c> when it is
/// never set (the fix adds it), at the write when it is set to false (the fix sets it true). Not for Windows containers,
/// which do not support it.
/// </summary>
internal sealed class WritableRootFilesystemRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA6004_WritableRootFilesystem;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var container in model.Objects)
        {
            if (container.TypeName != "ContainerDefinition" || model.InWindowsTask(container))
            {
                continue;
            }

            var name = TaskDefinitionModel.ContainerDisplay(container);
            if (container.IsProvablyUnset("ReadonlyRootFilesystem"))
            {
                report(Diagnose(container.CreationSite, FixData.AddCode("ReadonlyRootFilesystem", "true"), name));
                continue;
            }

            foreach (var (value, write) in container.Constants("ReadonlyRootFilesystem"))
            {
                if (value.Constant is false)
                {
                    report(Diagnose(write.Where, FixData.ReplaceWithCode("true"), name));
                }
            }
        }
    }
}
