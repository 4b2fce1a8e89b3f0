using System;
using System.Collections.Immutable;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA7001: a task definition that lists MANAGED_INSTANCES with the network mode bridge, set explicitly (an unset or
/// none network mode is contradictory in AWS's pages: not reported). When it also lists FARGATE, ECSA1001 reports the
/// same write (and its fix does more): not reported twice.
/// </summary>
internal sealed class ManagedInstancesBridgeModeRule : Rule
{
    private static readonly ImmutableDictionary<string, string?> UseAwsvpc = FixData.ReplaceWithConstant("Amazon.ECS.NetworkMode.Awsvpc");

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA7001_ManagedInstancesBridgeMode;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            if (!td.RequiresManagedInstances || td.RequiresFargate)
            {
                continue;
            }

            foreach (var (mode, write) in td.Request.Constants("NetworkMode"))
            {
                if (mode.Is("bridge"))
                {
                    report(Diagnose(write.Where, UseAwsvpc));
                }
            }
        }
    }
}
