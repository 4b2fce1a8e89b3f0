using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA6005: <c>NetworkMode</c>, <c>PidMode</c> or <c>IpcMode</c> set to host, at the write. Not on Fargate task
/// definitions, where ECSA1001 and ECSA1004 reject these settings already.
/// </summary>
internal sealed class HostNamespaceRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA6005_HostNamespace;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (td.RequiresFargate)
            {
                continue;
            }

            Host(td.Request, "NetworkMode", "network", report);
            Host(td.Request, "PidMode", "process", report);
            Host(td.Request, "IpcMode", "IPC", report);
        }
    }

    private void Host(ObjectValue request, string property, string what, Action<Diagnostic> report)
    {
        foreach (var (value, write) in request.Constants(property))
        {
            if (value.Is("host"))
            {
                report(Diagnose(write.Where, property, what));
            }
        }
    }
}
