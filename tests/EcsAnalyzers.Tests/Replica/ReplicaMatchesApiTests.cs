using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using AwsSdkEcs.Replica;

namespace EcsAnalyzers.Tests.Replica;

/// <summary>
/// Proves the AWSSDK.ECS replicas the tests compile against match api.json (the real SDK's public API) member by member:
/// an analyzer looking for a misspelled property would silently never fire for real users.
/// </summary>
public class ReplicaMatchesApiTests
{
    private static readonly string ApiPath = Path.Combine(SdkReferences.RepoRoot, "tests", "AwsSdkEcs.Replica", "api.json");

    private static JsonElement Api { get; } = JsonDocument.Parse(File.ReadAllText(ApiPath)).RootElement;

    [Fact]
    public void Checked_in_api_json_is_the_shared_copy_when_present()
    {
        var shared = Path.Combine(SdkReferences.RepoRoot, "..", "shared", "aws-sdk-ecs", "api.json");
        if (File.Exists(shared))
        {
            Assert.Equal(File.ReadAllText(shared), File.ReadAllText(ApiPath));
        }
    }

    [Fact]
    public void Generated_source_is_up_to_date()
    {
        var expected = ReplicaGenerator.Generate(File.ReadAllText(ApiPath));
        var actual = File.ReadAllText(Path.Combine(SdkReferences.RepoRoot, "tests", "AwsSdkEcs.Replica", ReplicaGenerator.FileName)).Replace("\r\n", "\n");
        Assert.True(expected == actual, "Regenerate: dotnet run --project tests/AwsSdkEcs.Replica/Generator");
    }

    [Theory]
    [InlineData(SdkVersion.V3, "3.3.0.0")]
    [InlineData(SdkVersion.V4, "4.0.0.0")]
    public void Assembly_identity_is_the_real_one(SdkVersion sdk, string version)
    {
        var ecs = Load(sdk);
        var name = ecs.GetName();
        Assert.Equal("AWSSDK.ECS", name.Name);
        Assert.Equal(Version.Parse(version), name.Version);
        var core = Array.Find(ecs.GetReferencedAssemblies(), a => a.Name == "AWSSDK.Core");
        Assert.NotNull(core);
        Assert.Equal(sdk == SdkVersion.V4 ? 4 : 3, core!.Version!.Major);
    }

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public void Every_model_type_has_exactly_the_api_properties_with_the_api_types(SdkVersion sdk)
    {
        var ecs = Load(sdk);
        var problems = new List<string>();
        var checkedTypes = 0;
        foreach (var t in Api.GetProperty("types").EnumerateObject())
        {
            var type = ecs.GetType("Amazon.ECS.Model." + t.Name);
            var exists = !t.Value.TryGetProperty("exists", out var e) || e.ValueKind != JsonValueKind.False;
            var expectedHere = exists && !(sdk == SdkVersion.V3 && ReplicaGenerator.IsV4Only(t.Name));
            if (!expectedHere)
            {
                if (type is not null)
                {
                    problems.Add($"{t.Name} must not exist on {sdk}");
                }

                continue;
            }

            if (type is null)
            {
                problems.Add($"{t.Name} is missing");
                continue;
            }

            checkedTypes++;
            var expectedBase = t.Value.GetProperty("baseType").GetString() switch
            {
                "Amazon.ECS.Model.AmazonECSRequest" => "Amazon.ECS.AmazonECSRequest", // the class lives in Amazon.ECS (api.json namespaces note)
                var b => b,
            };
            if (type.BaseType?.FullName != expectedBase)
            {
                problems.Add($"{t.Name}: base {type.BaseType?.FullName}, expected {expectedBase}");
            }

            var expected = new Dictionary<string, string>();
            foreach (var p in t.Value.GetProperty("properties").EnumerateArray())
            {
                var propertyType = p.GetProperty("type").GetString()!;
                if (sdk == SdkVersion.V3 && ReplicaGenerator.IsV4Only(propertyType))
                {
                    continue;
                }

                expected[p.GetProperty("name").GetString()!] = sdk == SdkVersion.V3 ? V3Typing(propertyType) : propertyType;
            }

            var actual = new Dictionary<string, string>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                actual[property.Name] = Format(property.PropertyType);
                if (property.GetMethod?.IsPublic != true || property.SetMethod?.IsPublic != true)
                {
                    problems.Add($"{t.Name}.{property.Name} must have a public getter and setter");
                }
            }

            foreach (var (name, expectedType) in expected)
            {
                if (!actual.TryGetValue(name, out var actualType))
                {
                    problems.Add($"{t.Name}.{name} is missing");
                }
                else if (actualType != expectedType.Replace("Amazon.ECS.Model.", "", StringComparison.Ordinal))
                {
                    problems.Add($"{t.Name}.{name} is {actualType}, expected {expectedType}");
                }
            }

            foreach (var name in actual.Keys)
            {
                if (!expected.ContainsKey(name))
                {
                    problems.Add($"{t.Name}.{name} is not in api.json");
                }
            }
        }

        Assert.Empty(problems);
        Assert.True(checkedTypes >= 53, $"only {checkedTypes} types checked");
    }

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public void Every_constant_class_has_exactly_the_api_fields_and_values(SdkVersion sdk)
    {
        var ecs = Load(sdk);
        var problems = new List<string>();
        var fields = 0;
        var expectedFields = 0;
        foreach (var e in Api.GetProperty("enums").GetProperty("all").EnumerateObject())
        {
            var type = ecs.GetType("Amazon.ECS." + e.Name);
            if (type is null)
            {
                problems.Add($"{e.Name} is missing");
                continue;
            }

            if (type.BaseType?.FullName != "Amazon.Runtime.ConstantClass")
            {
                problems.Add($"{e.Name} does not derive from ConstantClass");
            }

            var expected = new Dictionary<string, string>();
            foreach (var f in e.Value.GetProperty("fields").EnumerateObject())
            {
                expected[f.Name] = f.Value.GetString()!;
                expectedFields++;
            }

            var declared = type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
            foreach (var field in declared)
            {
                fields++;
                if (!expected.TryGetValue(field.Name, out var value))
                {
                    problems.Add($"{e.Name}.{field.Name} is not in api.json");
                    continue;
                }

                var actual = type.BaseType!.GetProperty("Value")!.GetValue(field.GetValue(null)) as string;
                if (!field.IsInitOnly || field.FieldType != type || actual != value)
                {
                    problems.Add($"{e.Name}.{field.Name} = '{actual}', expected static readonly {e.Name} '{value}'");
                }
            }

            foreach (var name in expected.Keys)
            {
                if (Array.Find(declared, f => f.Name == name) is null)
                {
                    problems.Add($"{e.Name}.{name} is missing");
                }
            }

            if (type.GetMethod("FindValue", [typeof(string)]) is null || type.GetMethod("op_Implicit", [typeof(string)]) is null)
            {
                problems.Add($"{e.Name} lacks FindValue(string) or the implicit conversion from string");
            }
        }

        Assert.Empty(problems);
        Assert.Equal(expectedFields, fields);
        Assert.True(fields > 200, $"only {fields} fields checked");
    }

    [Theory]
    [InlineData(SdkVersion.V3, false)]
    [InlineData(SdkVersion.V4, true)]
    public void Collections_start_empty_on_v3_and_null_on_v4(SdkVersion sdk, bool startsNull)
    {
        var request = Activator.CreateInstance(Load(sdk).GetType("Amazon.ECS.Model.RegisterTaskDefinitionRequest")!)!;
        var list = request.GetType().GetProperty("ContainerDefinitions")!.GetValue(request);
        Assert.Equal(startsNull, list is null);
        if (!startsNull)
        {
            Assert.Empty((IList)list!);
        }
    }

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4)]
    public void Client_interface_and_class_have_exactly_the_api_operations(SdkVersion sdk)
    {
        var ecs = Load(sdk);
        var operations = ReplicaGenerator.Operations(Api);
        Assert.True(operations.Count >= 5, $"only {operations.Count} operations in client.operations");
        var problems = new List<string>();
        foreach (var (typeName, isClass) in new[] { ("Amazon.ECS.IAmazonECS", false), ("Amazon.ECS.AmazonECSClient", true) })
        {
            var type = ecs.GetType(typeName);
            if (type is null)
            {
                problems.Add($"{typeName} is missing");
                continue;
            }

            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            foreach (var op in operations)
            {
                var candidates = Array.FindAll(methods, m => m.Name == op + "Async");
                if (candidates.Length != 1)
                {
                    problems.Add($"{typeName}.{op}Async: {candidates.Length} public overloads, expected 1");
                    continue;
                }

                var method = candidates[0];
                var returns = method.ReturnType;
                if (!returns.IsGenericType || returns.GetGenericTypeDefinition().FullName != "System.Threading.Tasks.Task`1"
                    || returns.GetGenericArguments()[0].FullName != $"Amazon.ECS.Model.{op}Response")
                {
                    problems.Add($"{typeName}.{op}Async returns {returns}, expected Task<Amazon.ECS.Model.{op}Response>");
                }
                else if (returns.GetGenericArguments()[0].BaseType?.FullName != "Amazon.Runtime.AmazonWebServiceResponse")
                {
                    problems.Add($"{op}Response does not derive from Amazon.Runtime.AmazonWebServiceResponse");
                }

                var parameters = method.GetParameters();
                if (parameters.Length != 2
                    || parameters[0].ParameterType.FullName != $"Amazon.ECS.Model.{op}Request"
                    || parameters[0].ParameterType.BaseType?.FullName != "Amazon.ECS.AmazonECSRequest"
                    || parameters[1].ParameterType.FullName != "System.Threading.CancellationToken"
                    || !parameters[1].IsOptional)
                {
                    problems.Add($"{typeName}.{op}Async({string.Join(", ", Array.ConvertAll(parameters, p => p.ParameterType.FullName))}), expected ({op}Request request, CancellationToken cancellationToken = default)");
                }

                if (isClass && (!method.IsVirtual || method.IsFinal))
                {
                    problems.Add($"{typeName}.{op}Async must be public virtual");
                }
            }

            foreach (var method in methods)
            {
                if (method.Name.EndsWith("Async", StringComparison.Ordinal) && !operations.Contains(method.Name.Substring(0, method.Name.Length - "Async".Length)))
                {
                    problems.Add($"{typeName}.{method.Name} is not in client.operations");
                }
            }
        }

        Assert.Empty(problems);
        var client = ecs.GetType("Amazon.ECS.IAmazonECS")!;
        Assert.Contains(client.GetInterfaces(), i => i.FullName == "Amazon.Runtime.IAmazonService");
        Assert.Contains(ecs.GetType("Amazon.ECS.AmazonECSClient")!.GetInterfaces(), i => i == client);
        Assert.Null(ecs.GetType("Amazon.ECS.Model.RestartPolicy"));
    }

    private static string V3Typing(string type) => type switch
    {
        "int?" or "bool?" or "long?" or "double?" or "DateTime?" => type.TrimEnd('?'),
        _ => type,
    };

    private static string Format(Type t)
    {
        if (Nullable.GetUnderlyingType(t) is { } underlying)
        {
            return Format(underlying) + "?";
        }

        if (t.IsGenericType)
        {
            var name = t.Name.Substring(0, t.Name.IndexOf('`'));
            return name + "<" + string.Join(", ", Array.ConvertAll(t.GetGenericArguments(), Format)) + ">";
        }

        return t.FullName switch
        {
            "System.String" => "string",
            "System.Int32" => "int",
            "System.Boolean" => "bool",
            "System.Int64" => "long",
            "System.Double" => "double",
            "System.DateTime" => "DateTime",
            _ => t.Name,
        };
    }

    private static readonly Dictionary<SdkVersion, Assembly> Loaded = new();

    /// <summary>Loads a replica and its real AWSSDK.Core into a context of their own (the two generations cannot share one).</summary>
    private static Assembly Load(SdkVersion sdk)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(sdk, out var assembly))
            {
                var dir = SdkReferences.ReplicaDirectory(sdk);
                var context = new AssemblyLoadContext("replica-" + sdk, isCollectible: false);
                context.Resolving += (ctx, name) => File.Exists(Path.Combine(dir, name.Name + ".dll")) ? ctx.LoadFromAssemblyPath(Path.Combine(dir, name.Name + ".dll")) : null;
                context.LoadFromAssemblyPath(Path.Combine(dir, "AWSSDK.Core.dll"));
                Loaded[sdk] = assembly = context.LoadFromAssemblyPath(Path.Combine(dir, "AWSSDK.ECS.dll"));
            }

            return assembly;
        }
    }
}
