using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EcsAnalyzers.Model;

/// <summary>A <c>RegisterTaskDefinitionRequest</c> as read, with the facts the rules ask about.</summary>
internal sealed class TaskDefinitionModel
{
    public TaskDefinitionModel(ObjectValue request) => Request = request;

    public ObjectValue Request { get; }

    /// <summary><c>RequiresCompatibilities</c> provably contains FARGATE (a literal, a constant or <c>Compatibility.FARGATE</c>).</summary>
    public bool RequiresFargate => Requires("FARGATE");

    /// <summary><c>RequiresCompatibilities</c> provably contains MANAGED_INSTANCES (Amazon ECS Managed Instances).</summary>
    public bool RequiresManagedInstances => Requires("MANAGED_INSTANCES");

    /// <summary><c>RequiresCompatibilities</c> provably contains <paramref name="compatibility"/>.</summary>
    public bool Requires(string compatibility)
    {
        foreach (var item in Request.Items("RequiresCompatibilities"))
        {
            if (item is ConstantValue c && c.Is(compatibility))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>RequiresCompatibilities</c> is provably a non-empty list of known values without <paramref name="compatibility"/>
    /// on every path (every write visible). An unset list is not an omission: ECS derives compatibilities from the content.
    /// </summary>
    public bool ProvablyOmits(string compatibility)
    {
        var candidates = Request.Candidates("RequiresCompatibilities");
        if (!Request.AllWritesVisible || candidates.Count == 0)
        {
            return false;
        }

        foreach (var write in candidates)
        {
            if (write.Value is not ListValue { AllItemsKnown: true, Items.Count: > 0 } list)
            {
                return false;
            }

            foreach (var item in list.Items)
            {
                if (item is not ConstantValue { Text: not null } c || c.Is(compatibility))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // The model's lists are typed List<T>, not an interface, so that every foreach over them uses the struct enumerator.

    /// <summary>The known container definitions, each once (one object listed twice is one container).</summary>
    public List<ObjectValue> Containers => _containers ??= Distinct(Request.Items("ContainerDefinitions"));

    private List<ObjectValue>? _containers;

    /// <summary>The known volumes, each once.</summary>
    public List<ObjectValue> Volumes => _volumes ??= Distinct(Request.Items("Volumes"));

    private List<ObjectValue>? _volumes;

    /// <summary>The objects among <paramref name="items"/>, each once.</summary>
    public static List<ObjectValue> Distinct(ItemList items)
    {
        var result = new List<ObjectValue>();
        foreach (var item in items)
        {
            if (item is ObjectValue o && !result.Contains(o))
            {
                result.Add(o);
            }
        }

        return result;
    }

    /// <summary>The objects among <paramref name="items"/>, each once.</summary>
    public static List<ObjectValue> Distinct(List<Value> items)
    {
        var result = new List<ObjectValue>(items.Count);
        foreach (var item in items)
        {
            if (item is ObjectValue o && !result.Contains(o))
            {
                result.Add(o);
            }
        }

        return result;
    }

    /// <summary>True when the network mode is provably <paramref name="mode"/> (every write sets it; compared as the SDK does).</summary>
    public bool NetworkModeIs(string mode) => Request.Definite("NetworkMode") is { } c && c.Is(mode);

    /// <summary>The operating system family: Windows or Linux when provable (an omitted runtime platform is Linux), else unknown.</summary>
    public OperatingSystem OperatingSystem
    {
        get
        {
            if (Request.IsProvablyUnset("RuntimePlatform"))
            {
                return OperatingSystem.Linux;
            }

            if (Request.DefiniteObject("RuntimePlatform") is not { } platform)
            {
                return OperatingSystem.Unknown;
            }

            if (platform.IsProvablyUnset("OperatingSystemFamily"))
            {
                return OperatingSystem.Linux;
            }

            return platform.Definite("OperatingSystemFamily")?.Text is { } family
                ? family.StartsWith("WINDOWS", System.StringComparison.OrdinalIgnoreCase) ? OperatingSystem.Windows
                : family.StartsWith("LINUX", System.StringComparison.OrdinalIgnoreCase) ? OperatingSystem.Linux : OperatingSystem.Unknown
                : OperatingSystem.Unknown;
        }
    }

    /// <summary>Every container is known: the list was written once, from known items only, and each is an object.</summary>
    public bool AllContainersKnown
    {
        get
        {
            var candidates = Request.Candidates("ContainerDefinitions");
            if (candidates.Count != 1 || candidates[0].Value is not ListValue { AllItemsKnown: true } list)
            {
                return false;
            }

            foreach (var item in list.Items)
            {
                if (item is not ObjectValue)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Every container is known and none can be added where the analyzer does not look: every write of the request is
    /// visible (not a request a helper returns to callers that may complete it). What proves a container missing.
    /// </summary>
    public bool AllContainersFinal => Request.AllWritesVisible && AllContainersKnown;

    /// <summary>Every container's name, when <see cref="AllContainersFinal"/> and each has one constant name; else null.</summary>
    public List<string>? ContainerNames
    {
        get
        {
            if (!AllContainersFinal)
            {
                return null;
            }

            var names = new List<string>();
            foreach (var container in Containers)
            {
                if (container.Definite("Name")?.Text is not { } name)
                {
                    return null;
                }

                names.Add(name);
            }

            return names;
        }
    }

    /// <summary>A container's name for messages: quoted, or a description when it is set at run time.</summary>
    public static string ContainerDisplay(ObjectValue container) =>
        container.Definite("Name")?.Text is { } name ? "'" + name + "'" : "(name not known at compile time)";

    /// <summary>Whether a container is essential: an omitted <c>Essential</c> counts as true; null when not known.</summary>
    public static bool? IsEssential(ObjectValue container) =>
        container.IsProvablyUnset("Essential") ? true : container.Definite("Essential")?.Constant as bool?;

    /// <summary>
    /// <paramref name="names"/> (from <see cref="ContainerNames"/>) has <paramref name="name"/>, ignoring case: how ECS
    /// compares container names is not documented, so a reference that differs only in case is never reported missing.
    /// </summary>
    public static bool HasContainer(List<string> names, string name)
    {
        foreach (var n in names)
        {
            if (string.Equals(n, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The container with a constant name, when exactly one known container has it.</summary>
    public ObjectValue? ContainerNamed(string name)
    {
        ObjectValue? found = null;
        foreach (var container in Containers)
        {
            if (container.Definite("Name")?.Text is { } n && string.Equals(n, name, System.StringComparison.Ordinal))
            {
                if (found is not null)
                {
                    return null;
                }

                found = container;
            }
        }

        return found;
    }

    /// <summary>The family for messages: the constant, or a description when it is set at run time.</summary>
    public string FamilyDisplay
    {
        get
        {
            foreach (var (value, _) in Request.Constants("Family"))
            {
                if (value.Text is { } family)
                {
                    return "'" + family + "'";
                }
            }

            return "(family not known at compile time)";
        }
    }

    /// <summary>Where a diagnostic about something missing points: <c>new RegisterTaskDefinitionRequest</c>, not the initializer.</summary>
    public Site CreationSite => Request.CreationSite;
}

internal enum OperatingSystem
{
    Unknown,
    Linux,
    Windows,
}

internal static class Locations
{
    /// <summary>From <c>new</c> through the type name (or <c>new()</c>), so the squiggle stays short.</summary>
    public static Location OfCreation(SyntaxNode creation) => creation switch
    {
        ObjectCreationExpressionSyntax c => Location.Create(c.SyntaxTree, TextSpan.FromBounds(c.NewKeyword.SpanStart, c.Type.Span.End)),
        ImplicitObjectCreationExpressionSyntax c => Location.Create(c.SyntaxTree, TextSpan.FromBounds(c.NewKeyword.SpanStart, c.ArgumentList.Span.End)),
        _ => creation.GetLocation(),
    };
}
