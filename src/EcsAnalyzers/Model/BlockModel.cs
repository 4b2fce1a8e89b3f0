using System.Collections.Generic;
using EcsAnalyzers.Sdk;

namespace EcsAnalyzers.Model;

/// <summary>Everything read from one executable body: the task definition requests and every SDK object reachable from what was created there.</summary>
internal sealed class BlockModel
{
    /// <param name="pending">An empty stack to walk with (the reader's, reused from body to body).</param>
    /// <param name="returned">Objects and lists that helpers returned into the body (a request built by a factory).</param>
    public BlockModel(EcsKnownTypes sdk, Dictionary<int, ObjectValue>.ValueCollection created, List<Value> returned, Stack<ObjectValue> pending)
    {
        Sdk = sdk;
        foreach (var o in created)
        {
            if (o.MarkReached())
            {
                pending.Push(o);
            }
        }

        foreach (var value in returned)
        {
            if (value is ObjectValue o)
            {
                Reach(o, pending);
            }
            else if (value is ListValue list)
            {
                foreach (var item in list.Items)
                {
                    if (item is ObjectValue element)
                    {
                        Reach(element, pending);
                    }
                }
            }
        }

        var all = new List<ObjectValue>(created.Count);
        while (pending.Count > 0)
        {
            var o = pending.Pop();
            all.Add(o);
            for (var i = 0; i < o.PropertyCount; i++)
            {
                foreach (var w in o.CandidatesAt(i))
                {
                    switch (w.Value)
                    {
                        case ObjectValue child:
                            Reach(child, pending);
                            break;
                        case ListValue list:
                            foreach (var item in list.Items)
                            {
                                if (item is ObjectValue element)
                                {
                                    Reach(element, pending);
                                }
                            }

                            break;
                    }
                }
            }
        }

        all.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Position.CompareTo(b.Position));
        Objects = all;
        List<TaskDefinitionModel>? taskDefinitions = null;
        List<LaunchRequestModel>? launchRequests = null;
        List<LaunchRequestModel>? serviceUpdates = null;
        foreach (var o in all)
        {
            if (Is(o, sdk.RegisterTaskDefinitionRequest))
            {
                (taskDefinitions ??= new()).Add(new TaskDefinitionModel(o));
            }
            else if (Is(o, sdk.RunTaskRequest) || Is(o, sdk.CreateServiceRequest))
            {
                (launchRequests ??= new()).Add(new LaunchRequestModel(o, isService: Is(o, sdk.CreateServiceRequest)));
            }
            else if (Is(o, sdk.UpdateServiceRequest))
            {
                (serviceUpdates ??= new()).Add(new LaunchRequestModel(o, isService: true, isUpdate: true));
            }
        }

        TaskDefinitions = taskDefinitions ?? new List<TaskDefinitionModel>(0);
        LaunchRequests = launchRequests ?? new List<LaunchRequestModel>(0);
        ServiceUpdates = serviceUpdates ?? new List<LaunchRequestModel>(0);
    }

    /// <summary>
    /// A task definition read from a file (a JSON file): its objects, in file order, and the request. No SDK symbols: the
    /// project need not reference AWSSDK.ECS.
    /// </summary>
    public BlockModel(List<ObjectValue> objects, ObjectValue request)
    {
        Objects = objects;
        TaskDefinitions = new List<TaskDefinitionModel>(1) { new TaskDefinitionModel(request) };
        LaunchRequests = new List<LaunchRequestModel>(0);
        ServiceUpdates = new List<LaunchRequestModel>(0);
    }

    /// <summary>The SDK symbols of the compilation; null for a model read from a file.</summary>
    public EcsKnownTypes? Sdk { get; }

    /// <summary>Every SDK model object read, in source order.</summary>
    public List<ObjectValue> Objects { get; }

    // List<T>, not an interface: a foreach over it then uses the struct enumerator and allocates nothing.
    public List<TaskDefinitionModel> TaskDefinitions { get; }

    /// <summary>The <c>RunTaskRequest</c>s and <c>CreateServiceRequest</c>s.</summary>
    public List<LaunchRequestModel> LaunchRequests { get; }

    /// <summary>
    /// The <c>UpdateServiceRequest</c>s: launch-like, but what they leave out the service keeps (its launch type, network
    /// configuration, deployment controller), so only the launch rules that judge what they set run on them.
    /// </summary>
    public List<LaunchRequestModel> ServiceUpdates { get; }

    /// <summary>The rule options of the analyzed body's file (<c>.editorconfig</c>).</summary>
    public Options.EcsOptions Options { get; set; } = EcsAnalyzers.Options.EcsOptions.Default;

    /// <summary>The container is listed by a task definition that requires FARGATE (Fargate rules judge its settings).</summary>
    public bool InFargateTask(ObjectValue container)
    {
        foreach (var td in TaskDefinitions)
        {
            if (td.RequiresFargate && td.Containers.Contains(container))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The container is listed by a task definition that provably runs Windows.</summary>
    public bool InWindowsTask(ObjectValue container)
    {
        foreach (var td in TaskDefinitions)
        {
            if (td.OperatingSystem == OperatingSystem.Windows && td.Containers.Contains(container))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(ObjectValue o, Microsoft.CodeAnalysis.INamedTypeSymbol? type) =>
        type is not null && Microsoft.CodeAnalysis.SymbolEqualityComparer.Default.Equals(o.Symbol, type);

    private static void Reach(ObjectValue o, Stack<ObjectValue> pending)
    {
        if (o.MarkReached())
        {
            pending.Push(o);
        }
    }
}
