using System.IO;
using System.Linq;
using System.Text.Json;
using EcsAnalyzers.Rules;

namespace EcsAnalyzers.Tests.Meta;

/// <summary>The analyzer's table of service model values (ECSA5009's known values) equals the enums of api.json.</summary>
public class ServiceModelValuesTests
{
    [Fact]
    public void The_table_equals_the_enums_of_api_json()
    {
        using var api = JsonDocument.Parse(File.ReadAllText(Path.Combine(SdkReferences.RepoRoot, "tests", "AwsSdkEcs.Replica", "api.json")));
        var enums = api.RootElement.GetProperty("enums").GetProperty("all");
        var expected = enums.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetProperty("fields").EnumerateObject().Select(f => f.Value.GetString()!).ToArray());
        var missing = expected.Keys.Except(ServiceModelValues.ByType.Keys).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
        Assert.Empty(ServiceModelValues.ByType.Keys.Except(expected.Keys));
        foreach (var (type, values) in expected)
        {
            Assert.Equal(values.OrderBy(v => v, System.StringComparer.Ordinal), ServiceModelValues.ByType[type].OrderBy(v => v, System.StringComparer.Ordinal));
        }
    }
}
