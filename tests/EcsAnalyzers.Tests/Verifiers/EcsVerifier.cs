using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace EcsAnalyzers.Tests.Verifiers;

/// <summary>A Microsoft.CodeAnalysis.Testing test of <see cref="EcsRequestAnalyzer"/> (and a fixer) against one SDK surface.</summary>
public sealed class EcsTest<TCodeFix> : CSharpCodeFixTest<EcsRequestAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public EcsTest(SdkVersion sdk, bool referenceSdk = true)
    {
        Sdk = sdk;
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        TestState.AdditionalReferences.AddRange(referenceSdk ? SdkReferences.For(sdk) : SdkReferences.NetOnly);
        FixedState.AdditionalReferences.AddRange(referenceSdk ? SdkReferences.For(sdk) : SdkReferences.NetOnly);
        foreach (var descriptor in Descriptors.All)
        {
            if (!descriptor.IsEnabledByDefault)
            {
                DisabledDiagnostics.Add(descriptor.Id); // the harness turns every rule on: a rule off by default stays off unless a test names it
            }
        }
    }

    public SdkVersion Sdk { get; }

    /// <summary>Checks only these rules: every other ECSA diagnostic is disabled (a test about one rule stays about it as rules are added).</summary>
    public void OnlyRules(System.Collections.Generic.IEnumerable<string> ids)
    {
        var keep = new System.Collections.Generic.HashSet<string>(ids);
        var enable = new System.Text.StringBuilder();
        foreach (var descriptor in Descriptors.All)
        {
            if (!keep.Contains(descriptor.Id))
            {
                DisabledDiagnostics.Add(descriptor.Id);
            }
            else if (!descriptor.IsEnabledByDefault)
            {
                DisabledDiagnostics.Remove(descriptor.Id);
                // A rule off by default is tested as a user who turns it on sees it.
                enable.Append("dotnet_diagnostic.").Append(descriptor.Id).Append(".severity = warning\n");
            }
        }

        if (enable.Length > 0)
        {
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + enable));
        }
    }

    /// <summary>Adds <c>.editorconfig</c> lines (rule options) for every C# file of the test.</summary>
    public void EditorConfig(string? lines)
    {
        if (lines is not null)
        {
            TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + lines + "\n"));
        }
    }

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);
}

/// <summary>Entry points used by the rule tests. By default every check runs against both SDK surfaces.</summary>
public static class Verify
{
    public static DiagnosticResult Diagnostic(string id) => new(id, Descriptors.All.Single(d => d.Id == id).DefaultSeverity);

    /// <summary>Expects exactly the markup diagnostics of every rule, on both SDK v3.7 and v4.</summary>
    public static Task Analyzer(string source, params DiagnosticResult[] expected) => Analyzer(source, SdkReferences.Both, expected);

    public static Task Analyzer(string source, System.Collections.Generic.IEnumerable<SdkVersion> sdks, params DiagnosticResult[] expected) =>
        Analyzer(source, sdks, onlyRules: null, expected);

    /// <summary>Checks only the given rules (others are disabled): <c>Verify.Rules("ECSA1002").Analyzer(...)</c>.</summary>
    public static RuleScope Rules(params string[] ids) => new(ids);

    public sealed class RuleScope
    {
        private readonly string[] _ids;
        private readonly string? _editorConfig;

        internal RuleScope(string[] ids, string? editorConfig = null)
        {
            _ids = ids;
            _editorConfig = editorConfig;
        }

        /// <summary>The same rules, with these <c>.editorconfig</c> lines for every C# file (rule options).</summary>
        public RuleScope WithEditorConfig(string lines) => new(_ids, lines);

        /// <summary>Expects exactly the markup diagnostics of these rules, on both SDK v3.7 and v4.</summary>
        public Task Analyzer(string source, params DiagnosticResult[] expected) => Verify.Analyzer(source, SdkReferences.Both, _ids, expected, _editorConfig);

        public Task Analyzer(string source, System.Collections.Generic.IEnumerable<SdkVersion> sdks, params DiagnosticResult[] expected) =>
            Verify.Analyzer(source, sdks, _ids, expected, _editorConfig);
    }

    private static async Task Analyzer(string source, System.Collections.Generic.IEnumerable<SdkVersion> sdks, string[]? onlyRules, DiagnosticResult[] expected, string? editorConfig = null)
    {
        foreach (var sdk in sdks)
        {
            var test = new EcsTest<EmptyCodeFixProvider>(sdk) { TestCode = source };
            if (onlyRules is not null)
            {
                test.OnlyRules(onlyRules);
            }

            test.EditorConfig(editorConfig);

            test.ExpectedDiagnostics.AddRange(expected);
            ConfigureOutput(test, source);
            await test.RunAsync(CancellationToken.None);
        }
    }

    /// <summary>Applies the fix to every diagnostic (and Fix All) and compares; fixed code must compile as the input did.</summary>
    /// <param name="fixAllIterations">Fix All fixes one rule (one equivalence key) per pass: the number of rules the input shows.</param>
    public static async Task CodeFix<TCodeFix>(string source, string fixedSource, SdkVersion sdk = SdkVersion.V4, string? equivalenceKey = null, int? codeActionIndex = null, int fixAllIterations = 1, DiagnosticResult[]? expected = null)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new EcsTest<TCodeFix>(sdk) { TestCode = source, FixedCode = fixedSource, NumberOfFixAllIterations = fixAllIterations };
        test.ExpectedDiagnostics.AddRange(expected ?? []);
        // A fixer test is about the diagnostics its fixer fixes: those the test names, or all of them when it names none.
        var fixable = new TCodeFix().FixableDiagnosticIds;
        var named = fixable.Where(id => source.Contains(id, System.StringComparison.Ordinal) || (expected ?? []).Any(e => e.Id == id)).ToList();
        test.OnlyRules(named.Count > 0 ? named : fixable);
        ConfigureOutput(test, source);
        test.CodeActionEquivalenceKey = equivalenceKey;
        test.CodeActionIndex = codeActionIndex;
        await test.RunAsync(CancellationToken.None);
    }

    public static void ConfigureOutput<TCodeFix>(EcsTest<TCodeFix> test, string source)
        where TCodeFix : CodeFixProvider, new()
    {
        if (!source.Contains("class ", System.StringComparison.Ordinal) && !source.Contains("namespace ", System.StringComparison.Ordinal)
            || source.Contains("// top-level", System.StringComparison.Ordinal))
        {
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
        }
    }
}
