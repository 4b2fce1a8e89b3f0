using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA2004: an EFS or S3 Files volume with an access point and a root directory other than "/"; points at RootDirectory.</summary>
internal sealed class AccessPointRootDirectoryRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA2004_AccessPointRootDirectory;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var volume in model.Objects)
        {
            var accessPoint = volume.TypeName switch
            {
                "EFSVolumeConfiguration" => volume.DefiniteObject("AuthorizationConfig") is { } authorization && authorization.HasValue("AccessPointId"),
                "S3FilesVolumeConfiguration" => volume.HasValue("AccessPointArn"),
                _ => false,
            };
            if (!accessPoint)
            {
                continue;
            }

            foreach (var (root, write) in volume.Constants("RootDirectory"))
            {
                if (root.Text is { } path && path.Trim().Length > 0 && path.Trim() != "/")
                {
                    report(Diagnose(write.Where, FixData.Removable, path));
                }
            }
        }
    }
}
