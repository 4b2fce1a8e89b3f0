using System;
using System.Collections.Generic;
using System.Text;
using EcsAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Rules;

/// <summary>
/// ECSA9002: a <c>RegisterTaskDefinitionRequest</c> created in the body that takes at least <see cref="MinimumCopied"/>
/// settings from one <c>TaskDefinition</c> value (the reader's <see cref="SettingRead"/>) but never writes some other
/// setting the two types share in the referenced SDK. Only when every write of the request is visible; only copies written
/// unconditionally in the body itself count (a write of any other value, anywhere, counts as taken). At the creation;
/// the additional location is the last copied setting, after which (or beside which) the fix copies the rest. A request
/// whose containers are new objects is a new task definition that borrows settings, not a revision.
/// </summary>
internal sealed class CopiedRevisionRule : Rule
{
    /// <summary>Fewer settings read from one value is not a copy of it.</summary>
    public const int MinimumCopied = 3;

    /// <summary>Fix data: the settings to copy, separated by <see cref="FixData.Separator"/>.</summary>
    public const string Copy = "Copy";

    /// <summary>Fix data: the <c>TaskDefinition</c> expression to copy them from, as written at the additional location.</summary>
    public const string From = "From";

    public override DiagnosticDescriptor Descriptor => Descriptors.ECSA9002_IncompleteRevisionCopy;

    public override void Check(BlockModel model, Action<Diagnostic> report)
    {
        if (model.Sdk is not { } sdk || model.TaskDefinitions.Count == 0)
        {
            return;
        }

        foreach (var td in model.TaskDefinitions)
        {
            var request = td.Request;
            if (!request.AllWritesVisible || request.Via is not null || request.Anchor is not null)
            {
                continue; // written where the analyzer cannot see it, or built by a helper (read where the helper is)
            }

            if (CopiedFrom(request) is not { } copy || HasNewContainers(request))
            {
                continue;
            }

            List<string>? missing = null;
            foreach (var setting in sdk.CopiedSettings)
            {
                if (request.Candidates(setting).Count == 0)
                {
                    (missing ??= new List<string>()).Add(setting);
                }
            }

            if (missing is null)
            {
                continue;
            }

            // The fix copies beside the last setting read in place, where the source's text is in scope; a copy made only
            // through variables is reported without a fix.
            var read = ((UnknownValue)copy.Last.Value).ReadFrom!;
            var fix = copy.LastInPlace is { } inPlace
                ? FixData.None.Add(Copy, string.Join(FixData.Separator.ToString(), missing)).Add(From, ((UnknownValue)inPlace.Value).ReadFrom!.Source.Text)
                : FixData.None;
            var anchor = copy.LastInPlace ?? copy.Last;
            report(DiagnoseWith(td.CreationSite, new[] { anchor.Location }, fix, copy.Count, read.Source.Text, List(missing), missing.Count == 1 ? "it" : "them"));
        }
    }

    /// <summary>
    /// The one source at least <see cref="MinimumCopied"/> settings are copied from (unconditionally, in the body), with
    /// how many, the last such write, and the last one read in place (not through a variable); null when there is none,
    /// or more than one.
    /// </summary>
    private static (int Count, Write Last, Write? LastInPlace)? CopiedFrom(ObjectValue request)
    {
        List<(CopySource Source, int Count, Write Last, Write? LastInPlace)>? sources = null;
        for (var i = 0; i < request.PropertyCount; i++)
        {
            var candidates = request.CandidatesAt(i);
            if (candidates.Count != 1 || candidates[0] is not { Conditional: false, Via: null, Choice: null, Value: UnknownValue { Via: null, ReadFrom: { } read } } write)
            {
                continue;
            }

            sources ??= new List<(CopySource, int, Write, Write?)>(1);
            var index = sources.Count - 1;
            while (index >= 0 && !sources[index].Source.Equals(read.Source))
            {
                index--;
            }

            var inPlace = read.ThroughVariable ? null : write;
            if (index < 0)
            {
                sources.Add((read.Source, 1, write, inPlace));
            }
            else
            {
                var (source, count, last, lastInPlace) = sources[index];
                sources[index] = (source, count + 1, Later(write, last)!, Later(inPlace, lastInPlace));
            }
        }

        if (sources is null)
        {
            return null; // the common case: nothing read from a TaskDefinition, nothing allocated
        }

        (int Count, Write Last, Write? LastInPlace)? found = null;
        foreach (var (_, count, last, lastInPlace) in sources)
        {
            if (count >= MinimumCopied)
            {
                if (found is not null)
                {
                    return null; // copies from two values: which one the rest should come from is not ours to say
                }

                found = (count, last, lastInPlace);
            }
        }

        return found;
    }

    /// <summary>
    /// The request's containers are new objects written here: a new task definition sized or configured like another
    /// one (<c>Cpu = web.Cpu</c>, ...), not a revision of it, which carries the described containers.
    /// </summary>
    private static bool HasNewContainers(ObjectValue request)
    {
        var candidates = request.Candidates("ContainerDefinitions");
        foreach (var candidate in candidates)
        {
            if (candidate.Value is not ListValue { AllItemsKnown: true, Items.Count: > 0 } list || !list.Items.TrueForAll(static item => item is ObjectValue))
            {
                return false;
            }
        }

        return candidates.Count > 0;
    }

    private static Write? Later(Write? a, Write? b) => a is null ? b : b is null || a.Position > b.Position ? a : b;

    /// <summary><c>A</c>, <c>A and B</c>, <c>A, B and C</c>.</summary>
    private static string List(List<string> names)
    {
        var text = new StringBuilder();
        for (var i = 0; i < names.Count; i++)
        {
            text.Append(i == 0 ? "" : i == names.Count - 1 ? " and " : ", ").Append(names[i]);
        }

        return text.ToString();
    }
}
