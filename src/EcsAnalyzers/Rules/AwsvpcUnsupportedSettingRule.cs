using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA4002: Links, Hostname, DnsServers or ExtraHosts on a container of an awsvpc task definition.</summary>
internal sealed class AwsvpcUnsupportedSettingRule : Rule
{
    private static readonly string[] Settings = { "Links", "Hostname", "DnsServers", "ExtraHosts" };

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA4002_AwsvpcUnsupportedSetting;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.NetworkModeIs("awsvpc"))
            {
                continue;
            }

            foreach (var container in td.Containers)
            {
                foreach (var setting in Settings)
                {
                    foreach (var write in container.PresentWrites(setting))
                    {
                        report(Diagnose(write.Where, FixData.Removable, setting));
                    }
                }
            }
        }
    }
}
