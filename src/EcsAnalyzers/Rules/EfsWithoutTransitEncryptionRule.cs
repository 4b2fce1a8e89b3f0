using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA6003: an EFS volume whose transit encryption is provably not ENABLED: at <c>new EFSVolumeConfiguration</c> when it
/// is never set (the fix adds it), at the write when it is set to another value (the fix replaces it). Not where ECSA2003
/// reports the same volume (IAM authorization or an access point make encryption required there).
/// </summary>
internal sealed class EfsWithoutTransitEncryptionRule : Rule
{
    private const string Enabled = "Amazon.ECS.EFSTransitEncryption.ENABLED";

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA6003_EfsWithoutTransitEncryption;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var efs in model.Objects)
        {
            if (efs.TypeName != "EFSVolumeConfiguration" || EfsTransitEncryptionRule.WhyRequired(efs) is not null)
            {
                continue;
            }

            var display = efs.Definite("FileSystemId")?.Text is { } id ? "'" + id + "'" : "(file system not known at compile time)";
            if (efs.IsProvablyUnset("TransitEncryption"))
            {
                report(Diagnose(efs.CreationSite, FixData.AddSetting("TransitEncryption", Enabled, sdkConstant: true), display));
                continue;
            }

            foreach (var (value, write) in efs.Constants("TransitEncryption"))
            {
                if (value.Constant is not null && !value.Is("ENABLED"))
                {
                    report(Diagnose(write.Where, FixData.ReplaceWithConstant(Enabled), display));
                }
            }
        }
    }
}
