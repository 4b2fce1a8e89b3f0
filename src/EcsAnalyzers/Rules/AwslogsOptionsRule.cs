using System;
using System.Collections.Generic;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA5010: the awslogs driver without the awslogs-group or awslogs-region option, or on Fargate without
/// awslogs-stream-prefix. Needs the options known (a dictionary of constant keys, or none at all); points at
/// <c>new LogConfiguration</c>.
/// </summary>
internal sealed class AwslogsOptionsRule : Rule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA5010_AwslogsOptions;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        foreach (var td in model.TaskDefinitions)
        {
            foreach (var container in td.Containers)
            {
                if (container.DefiniteObject("LogConfiguration") is not { } log || log.Definite("LogDriver") is not { } driver || !driver.Is("awslogs")
                    || Keys(log) is not { } keys)
                {
                    continue;
                }

                var missing = new List<string>();
                foreach (var option in td.RequiresFargate ? new[] { "awslogs-group", "awslogs-region", "awslogs-stream-prefix" } : new[] { "awslogs-group", "awslogs-region" })
                {
                    if (!keys.Contains(option))
                    {
                        missing.Add(option);
                    }
                }

                if (missing.Count > 0)
                {
                    report(Diagnose(log.CreationSite, TaskDefinitionModel.ContainerDisplay(container), string.Join(", ", missing)));
                }
            }
        }
    }

    /// <summary>The option names, when every option is known (none written counts as none); else null.</summary>
    private static HashSet<string>? Keys(ObjectValue log)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (log.IsProvablyUnset("Options"))
        {
            return keys;
        }

        var candidates = log.Candidates("Options");
        if (!log.AllWritesVisible || candidates.Count != 1 || candidates[0].Value is not ListValue { AllItemsKnown: true } options)
        {
            return null;
        }

        foreach (var item in options.Items)
        {
            if (item is not KeyValueValue { Key: ConstantValue { Text: { } key } })
            {
                return null;
            }

            keys.Add(key);
        }

        return keys;
    }
}
