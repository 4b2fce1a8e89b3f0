using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA2003: an EFS volume with IAM authorization or an access point whose transit encryption is provably not ENABLED.
/// Points at <c>TransitEncryption</c> when it is set (the fix changes it), else at <c>new EFSVolumeConfiguration</c>.
/// </summary>
internal sealed class EfsTransitEncryptionRule : Rule
{
    private const string Enabled = "Amazon.ECS.EFSTransitEncryption.ENABLED";

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA2003_EfsTransitEncryptionRequired;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var efs in model.Objects)
        {
            if (efs.TypeName != "EFSVolumeConfiguration" || WhyRequired(efs) is not { } why)
            {
                continue;
            }

            if (efs.IsProvablyUnset("TransitEncryption"))
            {
                report(Diagnose(efs.CreationSite, FixData.AddSetting("TransitEncryption", Enabled, sdkConstant: true), why));
                continue;
            }

            foreach (var (value, write) in efs.Constants("TransitEncryption"))
            {
                if (value.Constant is not null && !value.Is("ENABLED"))
                {
                    report(Diagnose(write.Where, FixData.ReplaceWithConstant(Enabled), why));
                }
            }
        }
    }

    /// <summary>What makes transit encryption required (provable IAM authorization or access point), or null.</summary>
    internal static string? WhyRequired(ObjectValue efs) =>
        efs.DefiniteObject("AuthorizationConfig") is not { } authorization ? null
        : authorization.Definite("Iam") is { } iam && iam.Is("ENABLED") ? "IAM authorization"
        : authorization.HasValue("AccessPointId") ? "an access point"
        : null;
}
