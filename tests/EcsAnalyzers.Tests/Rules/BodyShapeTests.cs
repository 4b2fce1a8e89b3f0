using System.Threading.Tasks;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>
/// Every kind of body the driver hands the analyzer (one code block per member) is read once: a finding in it is
/// reported exactly once, where it lies.
/// </summary>
public class BodyShapeTests
{
    private const string Bridge = """
        new RegisterTaskDefinitionRequest
            {
                RequiresCompatibilities = new List<string> { "FARGATE" },
                {|#0:NetworkMode = NetworkMode.Bridge|},
            }
        """;

    public static TheoryData<string, string> Shapes => new()
    {
        { "method block", $$"""RegisterTaskDefinitionRequest M() { return {{Bridge}}; }""" },
        { "method expression body", $$"""RegisterTaskDefinitionRequest M() => {{Bridge}};""" },
        { "constructor", $$"""RegisterTaskDefinitionRequest _r; C() { _r = {{Bridge}}; }""" },
        { "destructor", $$"""~C() { var r = {{Bridge}}; System.GC.KeepAlive(r); }""" },
        { "property expression body", $$"""RegisterTaskDefinitionRequest P => {{Bridge}};""" },
        { "property initializer", $$"""RegisterTaskDefinitionRequest P { get; } = {{Bridge}};""" },
        { "get accessor block", $$"""RegisterTaskDefinitionRequest P { get { return {{Bridge}}; } }""" },
        { "get accessor expression body", $$"""RegisterTaskDefinitionRequest P { get => {{Bridge}}; }""" },
        { "set accessor", $$"""RegisterTaskDefinitionRequest _r; object P { set { _r = {{Bridge}}; } }""" },
        { "indexer expression body", $$"""RegisterTaskDefinitionRequest this[int i] => {{Bridge}};""" },
        { "field initializer", $$"""RegisterTaskDefinitionRequest _r = {{Bridge}};""" },
        { "second of two fields", $$"""static readonly object _a = 1, _r = {{Bridge}};""" },
        { "lambda in a field initializer", $$"""static readonly System.Func<RegisterTaskDefinitionRequest> F = () => {{Bridge}};""" },
        { "local function", $$"""object M() { return Local(); RegisterTaskDefinitionRequest Local() => {{Bridge}}; }""" },
        { "operator", $$"""public static implicit operator RegisterTaskDefinitionRequest(C c) => {{Bridge}};""" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public Task A_finding_is_reported_once_in_every_kind_of_body(string shape, string member) => Verify.Rules("ECSA1001").Analyzer(
        $$"""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        // {{shape}}
        class C
        {
            {{member}}
        }
        """,
        Verify.Diagnostic("ECSA1001").WithLocation(0).WithArguments("network mode 'bridge'"));

    [Fact]
    public Task Two_fields_of_one_declaration_are_each_reported_once() => Verify.Rules("ECSA1001").Analyzer("""
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        class C
        {
            static readonly RegisterTaskDefinitionRequest A = new RegisterTaskDefinitionRequest
            {
                RequiresCompatibilities = new List<string> { "FARGATE" },
                {|#0:NetworkMode = NetworkMode.Bridge|},
            }, B = new RegisterTaskDefinitionRequest
            {
                RequiresCompatibilities = new List<string> { "FARGATE" },
                {|#1:NetworkMode = NetworkMode.Host|},
            };
        }
        """,
        Verify.Diagnostic("ECSA1001").WithLocation(0).WithArguments("network mode 'bridge'"),
        Verify.Diagnostic("ECSA1001").WithLocation(1).WithArguments("network mode 'host'"));

    [Fact]
    public Task Top_level_statements_are_read() => Verify.Rules("ECSA1001").Analyzer("""
        // top-level
        using System.Collections.Generic;
        using Amazon.ECS;
        using Amazon.ECS.Model;

        var request = new RegisterTaskDefinitionRequest
        {
            RequiresCompatibilities = new List<string> { "FARGATE" },
            {|#0:NetworkMode = NetworkMode.Bridge|},
        };
        System.Console.WriteLine(request.Family);
        """,
        Verify.Diagnostic("ECSA1001").WithLocation(0).WithArguments("network mode 'bridge'"));
}
