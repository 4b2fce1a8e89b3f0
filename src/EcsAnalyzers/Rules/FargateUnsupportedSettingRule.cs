using System;
using System.Collections.Immutable;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA1004: a setting Fargate does not support, one finding per setting. Under awsvpc, DnsServers and ExtraHosts are
/// ECSA4002's. tmpfs is supported on Fargate since 2026-01 and is never reported. Only for task definitions that list
/// FARGATE: one that lists MANAGED_INSTANCES alone runs privileged containers, devices and the like. Settings whose removal changes nothing
/// else carry <see cref="FixData.Remove"/>.
/// </summary>
internal sealed class FargateUnsupportedSettingRule : Rule
{
    private static readonly string[] FargateLogDrivers = { "awslogs", "splunk", "awsfirelens" };

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA1004_FargateUnsupportedSetting;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (td.RequiresFargate)
            {
                Findings(td, (where, what, removable) => report(Diagnose(where, removable ? FixData.Removable : ImmutableDictionary<string, string?>.Empty, what)));
            }
        }
    }

    /// <summary>What Fargate does not support in the task definition, whatever it lists: each setting's site, description and whether removing it is safe.</summary>
    internal static void Findings(TaskDefinitionModel td, Action<Site, string, bool> report)
    {
        var request = td.Request;
        Present(request, "IpcMode", "ipcMode", removable: true, report);
        foreach (var (mode, write) in request.Constants("PidMode"))
        {
            if (mode.Constant is not null && !mode.Is("task"))
            {
                Report(write, "pidMode '" + mode.Display + "' (the supported value is 'task')", removable: true, report);
            }
        }

        Present(request, "PlacementConstraints", "placement constraints", removable: true, report);
        Present(request, "InferenceAccelerators", "inference accelerators", removable: true, report);
        if (request.DefiniteObject("EphemeralStorage") is { } storage)
        {
            foreach (var (size, write) in storage.Constants("SizeInGiB"))
            {
                if (size.AsInt32 is { } gib && (gib < 21 || gib > 200))
                {
                    Report(write, "ephemeral storage of " + gib + " GiB (21-200 GiB)", removable: false, report);
                }
            }
        }

        foreach (var volume in td.Volumes)
        {
            Present(volume, "DockerVolumeConfiguration", "Docker volumes (use an EFS volume)", removable: false, report);
            Present(volume, "FsxWindowsFileServerVolumeConfiguration", "FSx for Windows File Server volumes (EC2 only)", removable: false, report);
            if (volume.DefiniteObject("Host") is { } host)
            {
                foreach (var (path, write) in host.Constants("SourcePath"))
                {
                    // An S3 "path" is ECSA2001's, whose fix (an EFS volume) settles both.
                    if (path.Text is { Length: > 0 } text && !S3BucketAsVolumeRule.IsS3Location(text))
                    {
                        Report(write, "host source paths (a volume without one is task storage; share data with an EFS volume)", removable: false, report);
                    }
                }
            }
        }

        var awsvpc = td.NetworkModeIs("awsvpc");
        foreach (var container in td.Containers)
        {
            True(container, "Privileged", "privileged containers", report);
            True(container, "DisableNetworking", "DisableNetworking", report);
            if (!awsvpc)
            {
                Present(container, "DnsServers", "DNS servers", removable: true, report);
                Present(container, "ExtraHosts", "extra hosts", removable: true, report);
            }

            Present(container, "DnsSearchDomains", "DNS search domains", removable: true, report);
            Present(container, "DockerSecurityOptions", "Docker security options", removable: true, report);
            foreach (var (timeout, write) in container.Constants("StopTimeout"))
            {
                if (timeout.AsInt32 is > 120)
                {
                    Report(write, "a stop timeout over 120 seconds", removable: false, report);
                }
            }

            foreach (var (timeout, write) in container.Constants("StartTimeout"))
            {
                if (timeout.AsInt32 is < 2 or > 120)
                {
                    Report(write, "a start timeout of " + timeout.Display + " seconds (2-120 seconds)", removable: false, report);
                }
            }

            if (container.DefiniteObject("LinuxParameters") is { } linux)
            {
                Present(linux, "Devices", "devices", removable: true, report);
                Present(linux, "SharedMemorySize", "SharedMemorySize", removable: true, report);
                if (linux.DefiniteObject("Capabilities") is { } capabilities)
                {
                    foreach (var item in capabilities.Items("Add"))
                    {
                        if (item is ConstantValue { Text: { } capability } && !IsPtrace(capability))
                        {
                            report(item.Where, "adding the capability '" + capability + "' (only SYS_PTRACE)", false);
                        }
                    }
                }
            }

            foreach (var item in container.Items("ResourceRequirements"))
            {
                if (item is ObjectValue requirement && requirement.Definite("Type") is { } type)
                {
                    if (type.Is("GPU"))
                    {
                        report(requirement.CreationSite, "GPU resource requirements", false);
                    }
                    else if (type.Is("NeuronDevice"))
                    {
                        report(requirement.CreationSite, "NeuronDevice resource requirements (Amazon ECS Managed Instances only)", false);
                    }
                }
            }

            if (container.DefiniteObject("LogConfiguration") is { } log)
            {
                foreach (var (driver, write) in log.Constants("LogDriver"))
                {
                    if (driver.Constant is not null && Array.FindIndex(FargateLogDrivers, d => driver.Is(d)) < 0)
                    {
                        Report(write, "the log driver '" + driver.Display + "' (use awslogs, splunk or awsfirelens)", removable: false, report);
                    }
                }
            }
        }
    }

    private static bool IsPtrace(string capability)
    {
        var c = capability.Trim();
        return c.Equals("SYS_PTRACE", StringComparison.OrdinalIgnoreCase) || c.Equals("CAP_SYS_PTRACE", StringComparison.OrdinalIgnoreCase);
    }

    private static void True(ObjectValue o, string property, string what, Action<Site, string, bool> report)
    {
        foreach (var (value, write) in o.Constants(property))
        {
            if (value.Constant is true)
            {
                Report(write, what, removable: true, report);
            }
        }
    }

    private static void Present(ObjectValue o, string property, string what, bool removable, Action<Site, string, bool> report)
    {
        foreach (var write in o.PresentWrites(property))
        {
            Report(write, what, removable, report);
        }
    }

    private static void Report(Write write, string what, bool removable, Action<Site, string, bool> report) => report(write.Where, what, removable);
}
