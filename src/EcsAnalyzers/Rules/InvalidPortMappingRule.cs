using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA4004: a container or host port outside 1-65535 (a host port of 0 never is), or, in awsvpc/host mode, the same
/// port and protocol mapped twice in the task (at the second mapping's ContainerPort). TCP and UDP on one port are fine.
/// </summary>
internal sealed class InvalidPortMappingRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA4004_InvalidPortMapping;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            var shared = td.NetworkModeIs("awsvpc") || td.NetworkModeIs("host");
            Dictionary<(int, string), string>? seen = null;
            foreach (var container in td.Containers)
            {
                foreach (var mapping in container.Items("PortMappings").Objects())
                {
                    foreach (var (port, write) in mapping.Constants("ContainerPort"))
                    {
                        if (port.AsInt32 is { } p && (p < 1 || p > 65535))
                        {
                            report(Diagnose(write.Where, "container port " + p + " is outside 1-65535"));
                        }
                    }

                    foreach (var (port, write) in mapping.Constants("HostPort"))
                    {
                        if (port.AsInt32 is { } p && (p < 0 || p > 65535))
                        {
                            report(Diagnose(write.Where, "host port " + p + " is outside 1-65535 (0 asks for a dynamic port)"));
                        }
                    }

                    if (shared && mapping.Definite("ContainerPort")?.AsInt32 is { } containerPort and >= 1 and <= 65535 && Protocol(mapping) is { } protocol)
                    {
                        var owner = TaskDefinitionModel.ContainerDisplay(container);
                        seen ??= new Dictionary<(int, string), string>();
                        if (seen.TryGetValue((containerPort, protocol), out var first))
                        {
                            foreach (var write in mapping.Candidates("ContainerPort"))
                            {
                                report(Diagnose(write.Where, "port " + containerPort + "/" + protocol + " is already mapped by container " + first + " (in awsvpc and host mode each port and protocol is mapped once per task)"));
                            }
                        }
                        else
                        {
                            seen.Add((containerPort, protocol), owner);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The mapping's protocol, lower case ("tcp" when omitted); null when not known.</summary>
    private static string? Protocol(ObjectValue mapping)
    {
        if (mapping.IsProvablyUnset("Protocol"))
        {
            return "tcp";
        }

        return mapping.Definite("Protocol") is { Constant: string } c ? c.Display.ToLowerInvariant() : null;
    }
}
