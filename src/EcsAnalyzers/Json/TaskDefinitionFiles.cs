using System;
using EcsAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcsAnalyzers.Json;

/// <summary>
/// Task-definition JSON files, read as additional files: the package's build props add them with the metadata
/// <c>EcsTaskDefinition = true</c>. Each marked file is read once per compilation; malformed JSON is ECSA8001 alone,
/// otherwise the file's task definition goes through every rule. Independent of AWSSDK.ECS: most projects deployed to
/// ECS never call the SDK.
/// </summary>
internal static class TaskDefinitionFiles
{
    /// <summary>The additional-file metadata that marks a task definition, as the analyzer config exposes it.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.EcsTaskDefinition";

    /// <summary>Larger files are not read (a task definition is a few kilobytes; the service takes at most 64 KiB).</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    public static void Analyze(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!IsTaskDefinitionFile(context.Options.AnalyzerConfigOptionsProvider.GetOptions(file)))
        {
            return;
        }

        if (file.GetText(context.CancellationToken) is not { } text || text.Length > MaxLength)
        {
            return;
        }

        Analyze(file.Path, text, context.ReportDiagnostic, context.CancellationToken);
    }

    public static bool IsTaskDefinitionFile(AnalyzerConfigOptions options) =>
        options.TryGetValue(MetadataKey, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads one file's text and reports what the rules find in it.</summary>
    public static void Analyze(string path, Microsoft.CodeAnalysis.Text.SourceText text, Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        var content = text.ToString();
        var (root, parser) = JsonParser.Parse(content, cancellationToken);
        if (root is null)
        {
            // Malformed: reported only when the text looks like a task definition (a marked file may be any JSON, or no JSON at all).
            if (parser.Error is var (position, message) && LooksLikeTaskDefinition(content))
            {
                report(Diagnostic.Create(
                    Descriptors.ECSA8001_MalformedJson,
                    TaskDefinitionFileReader.LocationOf(path, text, position, position + (position < content.Length ? 1 : 0)),
                    message));
            }

            return;
        }

        if (TaskDefinitionFileReader.TaskDefinitionOf(root) is not { } taskDefinition)
        {
            return;
        }

        var model = TaskDefinitionFileReader.Read(path, text, taskDefinition, report);

        // The rules word their messages for C#; what they find in a file is reported in JSON words.
        var reportInJson = JsonWording.Around(report);
        foreach (var rule in Rule.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rule.Check(model, reportInJson);
        }
    }

    private static bool LooksLikeTaskDefinition(string content) =>
        content.IndexOf("\"containerDefinitions\"", StringComparison.Ordinal) >= 0 || content.IndexOf("\"family\"", StringComparison.Ordinal) >= 0;
}
