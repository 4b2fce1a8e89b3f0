using Microsoft.CodeAnalysis;

namespace EcsAnalyzers.Model;

/// <summary>A <c>RunTaskRequest</c>, <c>CreateServiceRequest</c> or <c>UpdateServiceRequest</c> as read, with the facts the rules ask about.</summary>
internal sealed class LaunchRequestModel
{
    public LaunchRequestModel(ObjectValue request, bool isService, bool isUpdate = false)
    {
        Request = request;
        IsService = isService;
        IsUpdate = isUpdate;
    }

    public ObjectValue Request { get; }

    /// <summary>A <c>CreateServiceRequest</c> or <c>UpdateServiceRequest</c> (else a <c>RunTaskRequest</c>).</summary>
    public bool IsService { get; }

    /// <summary>An <c>UpdateServiceRequest</c>: what it leaves out, the service keeps (an omitted setting is unknown, not a default).</summary>
    public bool IsUpdate { get; }

    /// <summary>The launch type when every write sets the same one, else null (always null for an update: UpdateService has no launch type).</summary>
    public ConstantValue? LaunchType => !IsUpdate && Request.Definite("LaunchType") is { Constant: not null } c ? c : null;

    /// <summary>Provably on Fargate: launch type FARGATE, or a FARGATE/FARGATE_SPOT capacity provider in every strategy the request may have.</summary>
    public bool OnFargate
    {
        get
        {
            if (LaunchType is { } launchType)
            {
                return launchType.Is("FARGATE");
            }

            // Every strategy the request may be sent with (a list written under `if` is one path) names a Fargate provider.
            var strategies = Request.Candidates("CapacityProviderStrategy");
            foreach (var write in strategies)
            {
                if (write.Value is not ListValue list || !HasFargateProvider(list))
                {
                    return false;
                }
            }

            return strategies.Count > 0;
        }
    }

    private static bool HasFargateProvider(ListValue strategy)
    {
        foreach (var item in strategy.Items)
        {
            if (item is ObjectValue entry && entry.Definite("CapacityProvider") is { } provider && (provider.Is("FARGATE") || provider.Is("FARGATE_SPOT")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The deployment controller type when provable (omitted: ECS on CreateService, the service's own, unknown, on UpdateService), else null.</summary>
    public string? DeploymentControllerType
    {
        get
        {
            if (!IsService)
            {
                return null;
            }

            if (Request.IsProvablyUnset("DeploymentController"))
            {
                return IsUpdate ? null : "ECS";
            }

            return Request.DefiniteObject("DeploymentController")?.Definite("Type") is { Constant: string } type ? type.Display.ToUpperInvariant() : null;
        }
    }

    /// <summary>The awsvpc configuration object when the request provably has exactly one.</summary>
    public ObjectValue? AwsvpcConfiguration => Request.DefiniteObject("NetworkConfiguration")?.DefiniteObject("AwsvpcConfiguration");

    /// <summary>
    /// The task definition this request provably launches, registered in the same body (set by the front-end, which
    /// proves the link: the registration response's ARN, or a family registered there); null when not known.
    /// </summary>
    public TaskDefinitionModel? TaskDefinition { get; internal set; }

    /// <summary>Where a finding about the Fargate launch points: the LaunchType FARGATE write, else the first FARGATE/FARGATE_SPOT provider write; null when not on Fargate.</summary>
    public Site? FargateSite
    {
        get
        {
            foreach (var (launchType, write) in IsUpdate ? default : Request.Constants("LaunchType"))
            {
                if (launchType.Is("FARGATE"))
                {
                    return write.Where;
                }
            }

            foreach (var item in Request.Items("CapacityProviderStrategy"))
            {
                if (item is ObjectValue strategy)
                {
                    foreach (var (provider, write) in strategy.Constants("CapacityProvider"))
                    {
                        if (provider.Is("FARGATE") || provider.Is("FARGATE_SPOT"))
                        {
                            return write.Where;
                        }
                    }
                }
            }

            return null;
        }
    }

    public Site CreationSite => Request.CreationSite;
}
