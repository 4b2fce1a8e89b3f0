using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA2006: one volume with more than one kind of configuration (host, Docker, EFS, S3 Files, FSx, or
/// <c>ConfiguredAtLaunch = true</c>; false is not a kind). Points at the first write, in source order, of a second kind.
/// </summary>
internal sealed class VolumeKindsRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA2006_VolumeKinds;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var volume in model.Objects)
        {
            if (volume.TypeName != "Volume")
            {
                continue;
            }

            var kinds = new List<(string Kind, Write Write)>();
            for (var i = 0; i < volume.PropertyCount; i++)
            {
                foreach (var write in volume.CandidatesAt(i))
                {
                    if (!write.Conditional && Kind(volume.NameAt(i), write.Value) is { } kind)
                    {
                        kinds.Add((kind, write));
                    }
                }
            }

            kinds.Sort((a, b) => a.Write.Position.CompareTo(b.Write.Position));
            foreach (var (kind, write) in kinds)
            {
                if (kind != kinds[0].Kind)
                {
                    report(Diagnose(write.Where, kinds[0].Kind, kind));
                    break;
                }
            }
        }
    }

    private static string? Kind(string property, Value value) => value switch
    {
        ObjectValue { TypeName: "HostVolumeProperties" } => "a host volume",
        ObjectValue { TypeName: "DockerVolumeConfiguration" } => "a Docker volume",
        ObjectValue { TypeName: "EFSVolumeConfiguration" } => "an EFS volume",
        ObjectValue { TypeName: "S3FilesVolumeConfiguration" } => "an S3 Files volume",
        ObjectValue { TypeName: "FSxWindowsFileServerVolumeConfiguration" } => "an FSx for Windows File Server volume",
        ConstantValue { Constant: true } when property == "ConfiguredAtLaunch" => "a volume configured at launch",
        _ => null,
    };
}
