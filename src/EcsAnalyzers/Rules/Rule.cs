using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>One rule: a pure check over what was read from a body. Fires only on proven facts.</summary>
internal abstract class Rule
{
    /// <summary>All rules, in ID order. The analyzer runs each over every body that creates SDK objects.</summary>
    public static ImmutableArray<Rule> All { get; } = ImmutableArray.Create<Rule>(
        new FargateRequiresAwsvpcRule(),
        new FargateTaskSizeMissingRule(),
        new FargateTaskSizeInvalidRule(),
        new FargateUnsupportedSettingRule(),
        new FargateNetworkConfigurationRule(),
        new PublicIpWithEc2Rule(),
        new DaemonNotSupportedRule(),
        new FargateIncompatibleTaskDefinitionRule(),
        new RetiredPlatformVersionRule(),
        new LaunchTypeWithCapacityProvidersRule(),
        new MixedCapacityProvidersRule(),
        new PlatformVersionWithEc2Rule(),
        new S3BucketAsVolumeRule(),
        new UnknownVolumeRule(),
        new EfsTransitEncryptionRule(),
        new AccessPointRootDirectoryRule(),
        new EfsIamWithoutTaskRoleRule(),
        new VolumeKindsRule(),
        new S3FuseDockerVolumeRule(),
        new S3FilesWithoutTaskRoleRule(),
        new MissingTaskRoleRule(),
        new MissingExecutionRoleRule(),
        new SameTaskAndExecutionRoleRule(),
        new InvalidRoleRule(),
        new HostPortMismatchRule(),
        new AwsvpcUnsupportedSettingRule(),
        new PortMappingsWithNoneModeRule(),
        new InvalidPortMappingRule(),
        new LoadBalancerContainerRule(),
        new DuplicateContainerNameRule(),
        new NoEssentialContainerRule(),
        new ContainerMemoryMissingRule(),
        new MemoryReservationAboveLimitRule(),
        new ContainersExceedTaskRule(),
        new InvalidNameRule(),
        new TooManyContainersRule(),
        new HealthCheckRule(),
        new NearMissValueRule(),
        new AwslogsOptionsRule(),
        new DuplicateEnvironmentVariableRule(),
        ContainerDependencyRule.EssentialTarget,
        ContainerDependencyRule.UnknownTarget,
        new UnnamedContainerOverrideRule(),
        new UnknownOverrideContainerRule(),
        new ManagedInstancesBridgeModeRule(),
        new ManagedInstancesUnsupportedSettingRule(),
        new ManagedInstancesWindowsRule(),
        new ManagedInstancesLaunchTypeRule(),
        new NeuronDeviceRule(),
        new ManagedInstancesExecutionRoleRule(),
        new PrivilegedContainerRule(),
        new SecretInEnvironmentRule(),
        new EfsWithoutTransitEncryptionRule(),
        new WritableRootFilesystemRule(),
        new HostNamespaceRule(),
        new RootUserRule(),
        new NoLogConfigurationRule(),
        new DangerousCapabilityRule(),
        new NoMemoryLimitRule(),
        new PublicIpRule(),
        new NullCollectionRule(),
        new CopiedRevisionRule());

    public abstract DiagnosticDescriptor Descriptor { get; }

    public abstract void Check(BlockModel model, Action<Diagnostic> report);

    /// <summary>A diagnostic of this rule at <paramref name="where"/>.</summary>
    protected Diagnostic Diagnose(Site where, params object?[] args) => DiagnoseWith(where, null, FixData.None, args);

    /// <summary>A diagnostic of this rule at <paramref name="where"/>, with what its fix needs.</summary>
    protected Diagnostic Diagnose(Site where, ImmutableDictionary<string, string?> fix, params object?[] args) => DiagnoseWith(where, null, fix, args);

    /// <summary>
    /// A diagnostic of this rule at <paramref name="where"/>. A site that is not the setting itself (a value from a helper,
    /// one branch of a conditional) gets no fix data and is marked <see cref="FixData.NotFixable"/>; a value from a helper
    /// has the helper's line as its one additional location.
    /// </summary>
    protected Diagnostic DiagnoseWith(Site where, IEnumerable<Location>? additional, ImmutableDictionary<string, string?> fix, params object?[] args)
    {
        if (where.Fixable)
        {
            return Diagnostic.Create(Descriptor, where.Location, additional, fix, args);
        }

        return Diagnostic.Create(
            Descriptor,
            where.Location,
            where.HelperLocation is not { } helper ? null : where.ValueLocation is { } value ? new[] { helper, value } : new[] { helper },
            FixData.NotFixableProperties,
            args);
    }
}
