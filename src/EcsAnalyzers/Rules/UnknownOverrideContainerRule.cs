using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA5015: a RunTask container override whose constant <c>Name</c> is not a container of the task definition the
/// request provably runs (registered in the same body, linked by the front-end), at the Name write. Only when that
/// registration's every write is visible and each of its containers has a known constant name. Names are compared
/// exactly, as for ECSA4006 and ECSA5013 (ECS container names are case-sensitive).
/// </summary>
internal sealed class UnknownOverrideContainerRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5015_UnknownOverrideContainer;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var launch in model.LaunchRequests)
        {
            if (launch.IsService || launch.TaskDefinition is not { } td || !td.Request.AllWritesVisible || td.ContainerNames is not { } names)
            {
                continue;
            }

            foreach (var overrides in launch.Request.Objects("Overrides"))
            {
                foreach (var container in overrides.Items("ContainerOverrides").Objects())
                {
                    if (container.Definite("Name")?.Text is not { } name || name.Trim().Length == 0 || TaskDefinitionModel.HasContainer(names, name))
                    {
                        continue; // unknown, blank (ECSA5014's) or a container of the task definition
                    }

                    report(Diagnose(container.Candidates("Name")[0].Where, name, td.FamilyDisplay, string.Join(", ", names.ConvertAll(n => "'" + n + "'"))));
                }
            }
        }
    }
}
