using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA7003: a Windows operating system family in a task definition that lists MANAGED_INSTANCES (Linux only), at the OperatingSystemFamily write.</summary>
internal sealed class ManagedInstancesWindowsRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA7003_ManagedInstancesWindows;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.RequiresManagedInstances || td.Request.DefiniteObject("RuntimePlatform") is not { } platform)
            {
                continue;
            }

            foreach (var (family, write) in platform.Constants("OperatingSystemFamily"))
            {
                if (family.Constant is string && family.Display.StartsWith("WINDOWS", StringComparison.OrdinalIgnoreCase))
                {
                    report(Diagnose(write.Where, family.Display));
                }
            }
        }
    }
}
