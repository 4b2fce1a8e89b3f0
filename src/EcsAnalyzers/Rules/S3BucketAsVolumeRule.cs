using System;
using System.Collections.Immutable;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA2001: an S3 URI or S3 ARN used as a volume source (host source path, EFS or FSx file system ID).</summary>
internal sealed class S3BucketAsVolumeRule : Rule
{
    /// <summary>Diagnostic property naming the volume configuration that holds the S3 value: Host, Efs or Fsx.</summary>
    public const string KindProperty = "VolumeKind";

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA2001_S3BucketAsVolume;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var o in model.Objects)
        {
            var (property, kind, what) = o.TypeName switch
            {
                "HostVolumeProperties" => ("SourcePath", "Host", "host source path"),
                "EFSVolumeConfiguration" => ("FileSystemId", "Efs", "EFS file system ID"),
                "FSxWindowsFileServerVolumeConfiguration" => ("FileSystemId", "Fsx", "FSx for Windows File Server file system ID"),
                _ => (null, null, null),
            };
            if (property is null)
            {
                continue;
            }

            foreach (var (value, write) in o.Constants(property))
            {
                if (value.Text is { } text && IsS3Location(text))
                {
                    report(Diagnose(write.Where, ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind),
                        text,
                        what));
                }
            }
        }
    }

    /// <summary><c>s3://bucket/...</c> or an S3 ARN (<c>arn:partition:s3:::bucket</c>; S3 Files ARNs are <c>:s3files:</c> and never match).</summary>
    public static bool IsS3Location(string value)
    {
        var v = value.Trim();
        if (v.StartsWith("s3://", StringComparison.OrdinalIgnoreCase) || v.StartsWith("s3a://", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!v.StartsWith("arn:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var partitionEnd = v.IndexOf(':', 4);
        return partitionEnd > 4 && string.CompareOrdinal(v, partitionEnd, ":s3:::", 0, 6) == 0;
    }
}
