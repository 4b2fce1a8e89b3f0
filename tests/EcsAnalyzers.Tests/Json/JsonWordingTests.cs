using System.Globalization;
using System.Text.RegularExpressions;
using EcsAnalyzers.Json;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Tests.Json;

/// <summary>
/// Diagnostics in a task-definition file read as JSON: each descriptor's JSON variant (<see cref="JsonWording"/>) keeps
/// everything but the message format, and no message format it gives a file speaks C#. A new descriptor whose message
/// speaks C# fails here until it has a JSON variant.
/// </summary>
public class JsonWordingTests
{
    public static TheoryData<string> Ids() => new(Descriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_json_message_format_has_no_csharp_wording(string id)
    {
        var json = JsonWording.For(Descriptors.All.Single(d => d.Id == id));
        var format = json.MessageFormat.ToString(CultureInfo.InvariantCulture);
        var remnants = CSharpWording.In(format, ignoreQuotedValues: false);
        Assert.True(remnants.Count == 0, $"{id}: \"{format}\" reads as C# ({string.Join("; ", remnants)}); give it a JSON variant in Json/JsonWording.cs");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_json_variant_differs_only_in_its_message_format(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        var json = JsonWording.For(descriptor);
        Assert.Equal(descriptor.Id, json.Id);
        Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), json.Title.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(descriptor.Category, json.Category);
        Assert.Equal(descriptor.DefaultSeverity, json.DefaultSeverity);
        Assert.Equal(descriptor.IsEnabledByDefault, json.IsEnabledByDefault);
        Assert.Equal(descriptor.Description.ToString(CultureInfo.InvariantCulture), json.Description.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(descriptor.HelpLinkUri, json.HelpLinkUri);
        Assert.Equal(descriptor.CustomTags, json.CustomTags);
        Assert.Equal(Placeholders(descriptor), Placeholders(json));
        Assert.Same(json, JsonWording.For(descriptor)); // made once
        if (CSharpWording.In(descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), ignoreQuotedValues: false).Count > 0)
        {
            Assert.NotSame(descriptor, json); // a format that speaks C# has its JSON variant
        }
    }

    /// <summary>The check above can fail: the C# formats it replaces are found out.</summary>
    [Theory]
    [InlineData("ECSA1001", "member access of a ConstantClass: NetworkMode = NetworkMode.Awsvpc")]
    [InlineData("ECSA1002", "C# assignment to a property: Cpu = ")]
    [InlineData("ECSA2003", "member access of a ConstantClass: TransitEncryption = EFSTransitEncryption.ENABLED")]
    [InlineData("ECSA3001", "SDK property name: TaskRoleArn")]
    [InlineData("ECSA4001", "SDK property name: HostPort")]
    [InlineData("ECSA5002", "C# bool assignment: Essential = true")]
    [InlineData("ECSA6001", "C# bool assignment: Privileged = true")]
    [InlineData("ECSA6002", "SDK property name: Secrets")]
    [InlineData("ECSA6006", "C# assignment to a property: User = ")]
    [InlineData("ECSA7006", "SDK property name: ExecutionRoleArn")]
    public void The_csharp_formats_are_found_out(string id, string remnant) =>
        Assert.Contains(remnant, CSharpWording.In(Descriptors.All.Single(d => d.Id == id).MessageFormat.ToString(CultureInfo.InvariantCulture), ignoreQuotedValues: false));

    [Theory]
    [InlineData("NetworkMode", "networkMode")]
    [InlineData("SharedMemorySize", "sharedMemorySize")]
    [InlineData("Interval is 0 seconds, outside 5-300", "interval is 0 seconds, outside 5-300")]
    [InlineData("container 'app' reads secrets (Secrets), which ECS fetches with the execution role", "container 'app' reads secrets (secrets), which ECS fetches with the execution role")]
    [InlineData("The task definition 'web' does not list MANAGED_INSTANCES in RequiresCompatibilities", "The task definition 'web' does not list MANAGED_INSTANCES in requiresCompatibilities")]
    [InlineData("(family not known at compile time)", "(family not known from the file)")]
    [InlineData("container 'Memory (Name)' in Image", "container 'Memory (Name)' in image")]
    [InlineData("privileged containers", "privileged containers")]
    [InlineData("Docker volumes (use an EFS volume)", "Docker volumes (use an EFS volume)")]
    public void Arguments_that_name_a_property_or_hold_a_csharp_phrase_are_translated(string argument, string json) =>
        Assert.Equal(json, JsonWording.Argument(argument));

    [Fact]
    public void A_user_value_the_format_quotes_is_not_translated()
    {
        var text = "{ \"family\": \"web\", \"containerDefinitions\": [{ \"name\": \"app\", \"image\": \"nginx\", \"memory\": 512, \"essential\": true, \"dependsOn\": [{ \"containerName\": \"Memory\", \"condition\": \"START\" }] }] }";
        var message = VerifyJson.Message(text, "ECSA5013");
        Assert.StartsWith("Cannot depend on container 'Memory' because", message, System.StringComparison.Ordinal);
    }

    private static string[] Placeholders(DiagnosticDescriptor d) =>
        Regex.Matches(d.MessageFormat.ToString(CultureInfo.InvariantCulture), @"\{\d+\}").Select(m => m.Value).Distinct().OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
}
