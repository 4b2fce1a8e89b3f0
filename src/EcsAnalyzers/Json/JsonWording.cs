using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Json;

/// <summary>
/// What the rules report for a task-definition file, in JSON words: <c>set "networkMode": "awsvpc"</c> instead of
/// <c>set NetworkMode = NetworkMode.Awsvpc</c>. Each descriptor whose message format speaks C# has a JSON variant, made
/// once (same ID, title, category, severity, description, help link and tags; only the message format differs). A
/// diagnostic carries no public list of its arguments, so they are read back from its C# message with a pattern made
/// from the C# format; arguments that name an SDK property (<c>NetworkMode</c>) or hold a C# phrase are translated,
/// then the diagnostic is made again with the JSON descriptor, at the same locations with the same properties. The
/// rules and their C# messages do not change.
/// </summary>
internal static class JsonWording
{
    /// <summary>The JSON message formats, for the descriptors whose message format speaks C#.</summary>
    private static readonly Dictionary<string, string> JsonFormats = new(StringComparer.Ordinal)
    {
        [DiagnosticIds.FargateRequiresAwsvpc] = "Fargate only supports network mode 'awsvpc', but this task definition uses {0}; set \"networkMode\": \"awsvpc\"",
        [DiagnosticIds.FargateTaskSizeMissing] = "Fargate requires that {0} be defined at the task level; the smallest Fargate size that fits the containers is \"cpu\": \"{1}\", \"memory\": \"{2}\"",
        [DiagnosticIds.FargateNetworkConfigurationMissing] = "{0} needs networkConfiguration.awsvpcConfiguration with at least one subnet, but {1} (ECS answers: Network Configuration must be provided when networkMode 'awsvpc' is specified)",
        [DiagnosticIds.PublicIpWithEc2] = "Assign public IP is not supported for the EC2 launch type; remove \"assignPublicIp\" (tasks on EC2 reach the internet through the subnet's route, such as a NAT gateway)",
        [DiagnosticIds.LaunchTypeWithCapacityProviders] = "Specifying both a launch type and capacity provider strategy is not supported; remove \"launchType\"",
        [DiagnosticIds.PlatformVersionWithEc2] = "The platform version must be null when specifying an EC2 launch type; remove \"platformVersion\" '{0}'",
        [DiagnosticIds.S3BucketAsVolume] = "'{0}' is an S3 bucket or object, not a file system: ECS cannot mount it as the {1}; use an Amazon EFS volume, or an Amazon S3 Files file system (s3filesVolumeConfiguration, which needs a task role)",
        [DiagnosticIds.EfsTransitEncryptionRequired] = "An EFS volume with {0} needs \"transitEncryption\": \"ENABLED\"",
        [DiagnosticIds.EfsIamWithoutTaskRole] = "Task definition {0} mounts EFS with IAM authorization, which uses the task role, but it has no task role (taskRoleArn): the mount is refused at run time",
        [DiagnosticIds.MissingTaskRole] = "Task definition {0} has no task role (taskRoleArn): its containers get no AWS credentials of their own (on EC2 they fall back to the instance profile, on Fargate they have none); set \"taskRoleArn\" to a least-privilege role",
        [DiagnosticIds.MissingExecutionRole] = "Task definition {0} needs an execution role (executionRoleArn): {1}",
        [DiagnosticIds.HostPortMismatch] = "When networkMode={0}, the host ports and container ports in port mappings must match, but \"hostPort\" {1} differs from \"containerPort\" {2}; remove \"hostPort\"",
        [DiagnosticIds.NoEssentialContainer] = "Task definition {0} has no essential container; mark at least one container \"essential\": true (an omitted \"essential\" is true)",
        [DiagnosticIds.MemoryReservationAboveLimit] = "Container {0} reserves {1} MiB (memoryReservation) but is limited to {2} MiB (memory); the limit must be at least the reservation",
        [DiagnosticIds.EssentialDependency] = "A dependency container with SUCCESS or COMPLETE condition cannot be an essential container, but '{0}' is essential ({1}); mark it \"essential\": false",
        [DiagnosticIds.UnnamedContainerOverride] = "This container override {0}: ECS answers \"name cannot be blank.\"; set \"name\" to the container it changes",
        [DiagnosticIds.UnknownOverrideContainer] = "Override for container named {0} is not a container in the taskDefinition (task definition {1}, registered in this method; its containers are {2})",
        [DiagnosticIds.ManagedInstancesBridgeMode] = "Amazon ECS Managed Instances supports the network modes awsvpc and host, not bridge; set \"networkMode\": \"awsvpc\"",
        [DiagnosticIds.ManagedInstancesLaunchType] = "To run on Amazon ECS Managed Instances, you must use the capacityProviderStrategy request parameter and omit the launchType request parameter; name the Managed Instances capacity provider instead of \"launchType\": \"MANAGED_INSTANCES\"",
        [DiagnosticIds.ManagedInstancesExecutionRole] = "Task definition {0} has no execution role, but {1}; add \"executionRoleArn\"",
        [DiagnosticIds.PrivilegedContainer] = "Container {0} runs privileged: it gets root on the host (every device, every capability); remove \"privileged\": true",
        [DiagnosticIds.SecretInEnvironment] = "Environment variable '{0}' of container {1} holds {2} in plain text; reference it from Secrets Manager or Parameter Store through \"secrets\"",
        [DiagnosticIds.EfsWithoutTransitEncryption] = "EFS volume {0} is mounted without transit encryption; set \"transitEncryption\": \"ENABLED\"",
        [DiagnosticIds.WritableRootFilesystem] = "Container {0} has a writable root file system; set \"readonlyRootFilesystem\": true and mount volumes where it writes",
        [DiagnosticIds.HostNamespace] = "\"{0}\": \"host\" shares the host's {1} namespace with the containers",
        [DiagnosticIds.RootUser] = "Container {0} runs as root (\"user\": \"{1}\"); run it as an unprivileged user",
        [DiagnosticIds.NoMemoryLimit] = "Container {0} has no memory hard limit (memory): it can use all the memory of its task or instance",
        [DiagnosticIds.PublicIp] = "\"assignPublicIp\": \"ENABLED\" gives {0} a public IP address; use private subnets (with a NAT gateway or VPC endpoints) and \"assignPublicIp\": \"DISABLED\"",
    };

    /// <summary>C# phrases in message arguments, and their JSON words (for the name or family of something a file leaves unknown).</summary>
    private static readonly (string CSharp, string Json)[] Phrases =
    {
        ("not known at compile time", "not known from the file"),
    };

    /// <summary>A property name inside an argument: the whole argument, in parentheses, after "in ", or starting it before " is ".</summary>
    private static readonly Regex PropertyInArgument = new(@"(?<=^|\(|\bin )[A-Z][A-Za-z0-9]*(?=$|\)| is )", RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, Variant> Variants = Build();

    /// <summary>The descriptor a JSON file's diagnostic of <paramref name="descriptor"/>'s rule is reported with.</summary>
    public static DiagnosticDescriptor For(DiagnosticDescriptor descriptor) =>
        Variants.TryGetValue(descriptor.Id, out var variant) ? variant.Json : descriptor;

    /// <summary>A report that rewords each diagnostic before handing it on.</summary>
    public static Action<Diagnostic> Around(Action<Diagnostic> report) => diagnostic => report(Reword(diagnostic));

    /// <summary>The diagnostic in JSON words: its arguments translated and, where the format speaks C#, the JSON descriptor.</summary>
    public static Diagnostic Reword(Diagnostic diagnostic)
    {
        if (!Variants.TryGetValue(diagnostic.Id, out var variant) || !ReferenceEquals(diagnostic.Descriptor, variant.CSharp))
        {
            return diagnostic; // ECSA8001-8003 are the front-end's own, in JSON words already
        }

        var match = variant.Pattern.Match(diagnostic.GetMessage(CultureInfo.InvariantCulture));
        if (!match.Success)
        {
            return diagnostic;
        }

        var args = new object?[variant.ArgumentCount];
        var changed = !ReferenceEquals(variant.Json, variant.CSharp);
        for (var i = 0; i < args.Length; i++)
        {
            var group = match.Groups["a" + i.ToString(CultureInfo.InvariantCulture)];
            var text = group.Success ? group.Value : "";
            var json = variant.Quoted.Contains(i) ? text : Argument(text);
            changed |= !ReferenceEquals(json, text);
            args[i] = json;
        }

        return changed
            ? Diagnostic.Create(variant.Json, diagnostic.Location, diagnostic.Severity, diagnostic.AdditionalLocations, diagnostic.Properties, args)
            : diagnostic;
    }

    /// <summary>One argument in JSON words: an SDK property name becomes its JSON key; C# phrases become JSON ones.</summary>
    internal static string Argument(string text)
    {
        var result = PropertyInArgument.Replace(text, m => !InQuotes(text, m.Index) && KeyOf(m.Value) is { } key ? key : m.Value);
        foreach (var (cSharp, json) in Phrases)
        {
            result = result.Replace(cSharp, json);
        }

        return result == text ? text : result;
    }

    /// <summary>Whether <paramref name="index"/> lies in a quoted value ('web'): user values are never translated.</summary>
    private static bool InQuotes(string text, int index)
    {
        var quotes = 0;
        for (var i = 0; i < index; i++)
        {
            quotes += text[i] == '\'' ? 1 : 0;
        }

        return quotes % 2 == 1;
    }

    /// <summary>The JSON key of an SDK property of a task-definition type, or null when no task-definition type has it.</summary>
    private static string? KeyOf(string property)
    {
        var key = char.ToLowerInvariant(property[0]) + property.Substring(1);
        foreach (var shape in ServiceShapes.Shapes.Values)
        {
            if (shape.Members.TryGetValue(key, out var member) && member.Property == property)
            {
                return key;
            }
        }

        return null;
    }

    private static Dictionary<string, Variant> Build()
    {
        var variants = new Dictionary<string, Variant>(StringComparer.Ordinal);
        foreach (var descriptor in Descriptors.All)
        {
            if (descriptor.Category == DiagnosticCategories.TaskDefinitionFiles)
            {
                continue;
            }

            var json = JsonFormats.TryGetValue(descriptor.Id, out var format)
                ? new DiagnosticDescriptor(
                    descriptor.Id,
                    descriptor.Title,
                    format,
                    descriptor.Category,
                    descriptor.DefaultSeverity,
                    descriptor.IsEnabledByDefault,
                    descriptor.Description,
                    descriptor.HelpLinkUri,
                    System.Linq.Enumerable.ToArray(descriptor.CustomTags))
                : descriptor;
            var (pattern, count, quoted) = PatternOf(descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture));
            variants[descriptor.Id] = new Variant(descriptor, json, pattern, count, quoted);
        }

        return variants;
    }

    /// <summary>
    /// A pattern that matches the messages of a format, each argument <c>{n}</c> a group <c>an</c> (a repeated one must
    /// repeat), and the arguments the format quotes (<c>'{0}'</c>: a user's value, never translated).
    /// </summary>
    private static (Regex Pattern, int ArgumentCount, HashSet<int> Quoted) PatternOf(string format)
    {
        var pattern = new StringBuilder("^");
        var seen = new HashSet<int>();
        var quoted = new HashSet<int>();
        var literal = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{' && format.IndexOf('}', i) is var close and > 0
                && int.TryParse(format.Substring(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                pattern.Append(Regex.Escape(literal.ToString()));
                literal.Clear();
                if (i > 0 && format[i - 1] is '\'' or '"' && close + 1 < format.Length && format[close + 1] == format[i - 1])
                {
                    quoted.Add(index);
                }

                var name = "a" + index.ToString(CultureInfo.InvariantCulture);
                pattern.Append(seen.Add(index) ? "(?<" + name + ">.*?)" : @"\k<" + name + ">");
                i = close;
            }
            else
            {
                literal.Append(c);
            }
        }

        pattern.Append(Regex.Escape(literal.ToString())).Append('$');
        var count = 0;
        foreach (var index in seen)
        {
            count = Math.Max(count, index + 1);
        }

        return (new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant), count, quoted);
    }

    private sealed class Variant
    {
        public Variant(DiagnosticDescriptor cSharp, DiagnosticDescriptor json, Regex pattern, int argumentCount, HashSet<int> quoted)
        {
            Quoted = quoted;
            CSharp = cSharp;
            Json = json;
            Pattern = pattern;
            ArgumentCount = argumentCount;
        }

        public DiagnosticDescriptor CSharp { get; }

        public DiagnosticDescriptor Json { get; }

        public Regex Pattern { get; }

        public int ArgumentCount { get; }

        /// <summary>The arguments the C# format quotes: user values.</summary>
        public HashSet<int> Quoted { get; }
    }
}
