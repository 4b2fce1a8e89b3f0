using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA4001: in awsvpc or host mode, a non-zero HostPort that differs from the ContainerPort (0 is accepted: ECS
/// rewrites it to the container port).
/// </summary>
internal sealed class HostPortMismatchRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA4001_HostPortMismatch;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            var mode = td.NetworkModeIs("awsvpc") ? "awsvpc" : td.NetworkModeIs("host") ? "host" : null;
            if (mode is null)
            {
                continue;
            }

            foreach (var container in td.Containers)
            {
                foreach (var mapping in container.Items("PortMappings").Objects())
                {
                    if (mapping.Definite("ContainerPort")?.AsInt32 is not { } containerPort)
                    {
                        continue;
                    }

                    foreach (var (hostPort, write) in mapping.Constants("HostPort"))
                    {
                        if (hostPort.AsInt32 is { } host && host != 0 && host != containerPort)
                        {
                            report(Diagnose(write.Where, FixData.Removable, mode, host, containerPort));
                        }
                    }
                }
            }
        }
    }
}
