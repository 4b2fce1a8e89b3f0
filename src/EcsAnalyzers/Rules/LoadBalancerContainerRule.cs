using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA4006: a CreateService load balancer whose ContainerName is not a container of the task definition registered in
/// the same body (at the ContainerName write), or whose ContainerPort is not a container port of that container (at the
/// ContainerPort write). Only when every container, its name, and that container's port mappings are known.
/// </summary>
internal sealed class LoadBalancerContainerRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA4006_LoadBalancerContainerMismatch;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var launch in model.LaunchRequests)
        {
            if (!launch.IsService || launch.TaskDefinition is not { } td || !td.Request.AllWritesVisible || td.ContainerNames is not { } names)
            {
                continue;
            }

            foreach (var balancer in launch.Request.Items("LoadBalancers").Objects())
            {
                if (balancer.Definite("ContainerName")?.Text is not { } name)
                {
                    continue;
                }

                if (!TaskDefinitionModel.HasContainer(names, name))
                {
                    report(Diagnose(balancer.Candidates("ContainerName")[0].Where, "The container " + name + " does not exist in the task definition", td.FamilyDisplay,
                        "its containers are " + string.Join(", ", names.ConvertAll(n => "'" + n + "'"))));
                    continue;
                }

                if (balancer.Definite("ContainerPort")?.AsInt32 is not { } port || td.ContainerNamed(name) is not { } container || ContainerPorts(container) is not { } ports
                    || ports.Contains(port))
                {
                    continue;
                }

                report(Diagnose(balancer.Candidates("ContainerPort")[0].Where, "The container " + name + " did not have a container port " + port + " defined", td.FamilyDisplay,
                    ports.Count == 0 ? "it has no port mappings" : "its container ports are " + string.Join(", ", ports)));
            }
        }
    }

    /// <summary>Every container port of the container, when its port mappings are all known (none when provably unset); else null.</summary>
    private static List<int>? ContainerPorts(ObjectValue container)
    {
        if (container.IsProvablyUnset("PortMappings"))
        {
            return new List<int>();
        }

        var candidates = container.Candidates("PortMappings");
        if (!container.AllWritesVisible || candidates.Count != 1 || candidates[0].Conditional || candidates[0].Value is not ListValue { AllItemsKnown: true } list)
        {
            return null;
        }

        var ports = new List<int>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (item is not ObjectValue mapping || !mapping.AllWritesVisible || mapping.Definite("ContainerPort")?.AsInt32 is not { } port)
            {
                return null;
            }

            ports.Add(port);
        }

        return ports;
    }
}
