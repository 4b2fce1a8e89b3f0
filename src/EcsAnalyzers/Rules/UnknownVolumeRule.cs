using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA2002: a mount point names a volume the task definition does not declare. Needs every volume known, each with a
/// constant name (S3 Files and configured-at-launch volumes are volumes like any other here).
/// </summary>
internal sealed class UnknownVolumeRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA2002_UnknownVolume;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            List<string>? declared = null;
            var known = true;
            foreach (var container in td.Containers)
            {
                foreach (var mount in container.Items("MountPoints").Objects())
                {
                    foreach (var (source, write) in mount.Constants("SourceVolume"))
                    {
                        if (source.Text is not { } name || !known)
                        {
                            continue;
                        }

                        declared ??= DeclaredVolumes(td);
                        known = declared is not null;
                        if (declared is not null && !declared.Contains(name))
                        {
                            report(Diagnose(write.Where, name, declared.Count == 0 ? "the task definition declares no volumes" : "declared: " + string.Join(", ", declared)));
                        }
                    }
                }
            }
        }
    }

    /// <summary>The declared volume names, or null when some volume or name is not known, or a volume may be added elsewhere.</summary>
    private static List<string>? DeclaredVolumes(TaskDefinitionModel td)
    {
        var request = td.Request;
        if (!request.AllWritesVisible)
        {
            return null; // a request a helper returns: its callers may add the volume
        }

        if (request.IsProvablyUnset("Volumes"))
        {
            return new List<string>();
        }

        var candidates = request.Candidates("Volumes");
        if (candidates.Count != 1 || candidates[0].Conditional || candidates[0].Value is not ListValue { AllItemsKnown: true } list)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var item in list.Items)
        {
            if (item is not ObjectValue volume || volume.Definite("Name")?.Text is not { } name)
            {
                return null;
            }

            names.Add(name);
        }

        return names;
    }
}
