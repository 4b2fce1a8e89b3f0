using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA5012 and ECSA5013, over each container's DependsOn: a SUCCESS/COMPLETE condition on an essential container, and a
/// dependency on a container that is not in the task definition. Both point at the <c>new ContainerDependency</c>.
/// </summary>
internal sealed class ContainerDependencyRule : Rule
{
    private readonly bool _unknownTarget;

    private ContainerDependencyRule(bool unknownTarget) => _unknownTarget = unknownTarget;

    public static ContainerDependencyRule EssentialTarget { get; } = new(unknownTarget: false);

    public static ContainerDependencyRule UnknownTarget { get; } = new(unknownTarget: true);

    public override DiagnosticDescriptor Descriptor => _unknownTarget ? Descriptors.ECSA5013_UnknownDependency : Descriptors.ECSA5012_EssentialDependency;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            List<string>? names = null;
            foreach (var container in td.Containers)
            {
                foreach (var dependency in container.Items("DependsOn").Objects())
                {
                    if (dependency.Definite("ContainerName")?.Text is not { } target)
                    {
                        continue;
                    }

                    if (_unknownTarget)
                    {
                        names ??= td.ContainerNames; // null when some container or name is not known
                        if (names is not null && !TaskDefinitionModel.HasContainer(names, target))
                        {
                            report(Diagnose(dependency.CreationSite, target, string.Join(", ", names)));
                        }
                    }
                    else if (dependency.Definite("Condition") is { } condition && (condition.Is("SUCCESS") || condition.Is("COMPLETE"))
                        && td.ContainerNamed(target) is { } targetContainer && TaskDefinitionModel.IsEssential(targetContainer) == true)
                    {
                        report(Diagnose(dependency.CreationSite, target, condition.Display.ToUpperInvariant()));
                    }
                }
            }
        }
    }
}
