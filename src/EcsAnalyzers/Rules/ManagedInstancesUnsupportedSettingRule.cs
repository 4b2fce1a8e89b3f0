using System;
using System.Collections.Immutable;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA7002: a setting AWS documents as not valid on Amazon ECS Managed Instances, in a task definition that lists
/// MANAGED_INSTANCES; one finding per setting. Under awsvpc, Links/Hostname/DnsServers/ExtraHosts are ECSA4002's; in a
/// task definition that also lists FARGATE, the settings ECSA1004 reports are its. tmpfs, DockerLabels and host source
/// paths are not reported (AWS's pages disagree). Settings whose removal changes nothing else carry <see cref="FixData.Remove"/>.
/// </summary>
internal sealed class ManagedInstancesUnsupportedSettingRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA7002_ManagedInstancesUnsupportedSetting;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.RequiresManagedInstances)
            {
                continue;
            }

            var fargate = td.RequiresFargate; // ECSA1004 reports what Fargate rejects too
            var awsvpc = td.NetworkModeIs("awsvpc"); // ECSA4002 reports what awsvpc rejects
            var request = td.Request;
            if (!fargate)
            {
                Present(request, "IpcMode", "ipcMode", removable: true, report);
                Present(request, "InferenceAccelerators", "inference accelerators", removable: false, report);
            }

            Present(request, "EphemeralStorage", "ephemeral storage settings", removable: true, report);
            Present(request, "ProxyConfiguration", "proxy configurations", removable: false, report);
            foreach (var volume in td.Volumes)
            {
                if (!fargate)
                {
                    Present(volume, "DockerVolumeConfiguration", "Docker volumes", removable: false, report);
                    Present(volume, "FsxWindowsFileServerVolumeConfiguration", "FSx for Windows File Server volumes", removable: false, report);
                }
            }

            foreach (var container in td.Containers)
            {
                if (!fargate)
                {
                    foreach (var (value, write) in container.Constants("DisableNetworking"))
                    {
                        if (value.Constant is true)
                        {
                            Report(write, "DisableNetworking", removable: true, report);
                        }
                    }

                    Present(container, "DnsSearchDomains", "DNS search domains", removable: true, report);
                    Present(container, "DockerSecurityOptions", "Docker security options", removable: true, report);
                }

                if (!awsvpc)
                {
                    if (!fargate)
                    {
                        Present(container, "DnsServers", "DNS servers", removable: true, report);
                        Present(container, "ExtraHosts", "extra hosts", removable: true, report);
                    }

                    Present(container, "Hostname", "container host names (Hostname)", removable: true, report);
                    Present(container, "Links", "links", removable: true, report);
                }

                if (container.DefiniteObject("LinuxParameters") is { } linux)
                {
                    Present(linux, "MaxSwap", "MaxSwap", removable: true, report);
                    Present(linux, "Swappiness", "Swappiness", removable: true, report);
                    if (!fargate)
                    {
                        Present(linux, "SharedMemorySize", "SharedMemorySize", removable: true, report);
                    }
                }

                foreach (var item in container.Items("ResourceRequirements"))
                {
                    if (item is ObjectValue requirement && requirement.Definite("Type") is { } type && type.Is("InferenceAccelerator"))
                    {
                        report(Diagnose(requirement.CreationSite, "InferenceAccelerator resource requirements"));
                    }
                }
            }
        }
    }

    private void Present(ObjectValue o, string property, string what, bool removable, Action<Diagnostic> report)
    {
        foreach (var write in o.PresentWrites(property))
        {
            Report(write, what, removable, report);
        }
    }

    private void Report(Write write, string what, bool removable, Action<Diagnostic> report) =>
        report(Diagnose(write.Where, removable ? FixData.Removable : ImmutableDictionary<string, string?>.Empty, what));
}
