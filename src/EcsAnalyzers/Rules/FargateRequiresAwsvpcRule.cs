using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA1001: a task definition that requires FARGATE with a network mode other than awsvpc, or none (it defaults to bridge).
/// Additional locations carry what the fix also removes: host ports that differ from the container port, and links.
/// </summary>
internal sealed class FargateRequiresAwsvpcRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA1001_FargateRequiresAwsvpc;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.RequiresFargate)
            {
                continue;
            }

            List<Location>? removals = null;
            foreach (var (mode, write) in td.Request.Constants("NetworkMode"))
            {
                if (mode.Constant is not null && !mode.Is("awsvpc"))
                {
                    removals ??= AwsvpcIncompatibleSettings(td);
                    report(DiagnoseWith(write.Where, removals, FixData.None, "network mode '" + mode.Display + "'"));
                }
            }

            if (td.Request.IsProvablyUnset("NetworkMode"))
            {
                report(DiagnoseWith(td.CreationSite, AwsvpcIncompatibleSettings(td), FixData.None, "no network mode (it defaults to 'bridge')"));
            }
        }
    }

    /// <summary>Settings that awsvpc rejects and the fix removes with the network mode change.</summary>
    private static List<Location> AwsvpcIncompatibleSettings(TaskDefinitionModel td)
    {
        var locations = new List<Location>();
        foreach (var container in td.Containers)
        {
            foreach (var item in container.Items("PortMappings"))
            {
                if (item is not ObjectValue mapping)
                {
                    continue;
                }

                foreach (var (hostPort, write) in mapping.Constants("HostPort"))
                {
                    if (hostPort.AsInt32 is { } host && host != 0 && !write.Conditional && write.Via is null && SingleInt(mapping, "ContainerPort") is { } containerPort && host != containerPort)
                    {
                        locations.Add(write.Location);
                    }
                }
            }

            foreach (var write in container.Candidates("Links"))
            {
                if (!write.Conditional && write.Via is null && write.Value is ListValue)
                {
                    locations.Add(write.Location);
                }
            }
        }

        return locations;
    }

    private static int? SingleInt(ObjectValue o, string property)
    {
        var candidates = o.Candidates(property);
        return candidates.Count == 1 && candidates[0].Value is ConstantValue c ? c.AsInt32 : null;
    }
}
