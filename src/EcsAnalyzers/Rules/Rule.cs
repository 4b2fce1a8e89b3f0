using System;
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
        new RetiredPlatformVersionRule(),
        new LaunchTypeWithCapacityProvidersRule(),
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
        ContainerDependencyRule.UnknownTarget);

    public abstract DiagnosticDescriptor Descriptor { get; }

    public abstract void Check(BlockModel model, Action<Diagnostic> report);
}
