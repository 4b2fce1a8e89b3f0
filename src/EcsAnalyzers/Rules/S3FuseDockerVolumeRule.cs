using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA2007 (Info): a Docker volume driven by an S3 FUSE plugin, or whose driver options point at an S3 URI. Not on
/// Fargate, where ECSA1004 already rejects Docker volumes.
/// </summary>
internal sealed class S3FuseDockerVolumeRule : Rule
{
    private static readonly string[] Plugins = { "s3fs", "rexray/s3fs", "mountpoint-s3", "mount-s3", "goofys", "s3fuse", "yas3fs", "riofs", "s3ql", "objectivefs" };

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA2007_S3FuseDockerVolume;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (td.RequiresFargate)
            {
                continue;
            }

            foreach (var volume in td.Volumes)
            {
                if (volume.DefiniteObject("DockerVolumeConfiguration") is not { } docker)
                {
                    continue;
                }

                foreach (var (driver, write) in docker.Constants("Driver"))
                {
                    if (driver.Text is { } name && IsS3Plugin(name))
                    {
                        report(Diagnose(write.Where, "the volume driver '" + name + "'"));
                    }
                }

                foreach (var item in docker.Items("DriverOpts"))
                {
                    if (item is KeyValueValue { Entry: ConstantValue { Text: { } option } } entry && S3BucketAsVolumeRule.IsS3Location(option))
                    {
                        report(Diagnose(entry.Where, "the driver option '" + option + "'"));
                    }
                }
            }
        }
    }

    private static bool IsS3Plugin(string driver)
    {
        var name = driver.Trim().ToLowerInvariant();
        var colon = name.LastIndexOf(':');
        name = colon > 0 ? name.Substring(0, colon) : name; // rexray/s3fs:0.11.4
        foreach (var plugin in Plugins)
        {
            if (name == plugin || name.EndsWith("/" + plugin, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
