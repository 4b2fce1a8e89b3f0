using System;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>ECSA6006: <c>User</c> is root (<c>root</c>, <c>0</c>, <c>root:group</c>, <c>0:gid</c>), at the write. Not for Windows containers.</summary>
internal sealed class RootUserRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA6006_RootUser;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var container in model.Objects)
        {
            if (container.TypeName != "ContainerDefinition" || model.InWindowsTask(container))
            {
                continue;
            }

            foreach (var (value, write) in container.Constants("User"))
            {
                if (value.Text is { } user && IsRoot(user))
                {
                    report(Diagnose(write.Where, TaskDefinitionModel.ContainerDisplay(container), user));
                }
            }
        }
    }

    /// <summary>The user part (before ':') is exactly <c>root</c> or <c>0</c> (user names are case-sensitive).</summary>
    internal static bool IsRoot(string user)
    {
        var colon = user.IndexOf(':');
        var name = colon < 0 ? user : user.Substring(0, colon);
        return name is "root" or "0";
    }
}
