using Luoshi.Web.Access;
using Luoshi.Web.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Luoshi.Web.Api;

/// <summary>Maps the REST API under /api: the same data as the pages, for scripts and other systems. Reads accept a
/// browser session or a token; every change needs an API token, so no other site can make a signed-in browser change
/// anything (cookies travel with cross-site requests, an Authorization header does not).</summary>
public static class ApiSetup
{
    /// <summary>Maps every endpoint group.</summary>
    public static IEndpointRouteBuilder MapLuoshiApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("ledger").CheckDays();
        PlanEndpoints.Map(api);
        ReportEndpoints.Map(api);
        ContributionEndpoints.Map(api);
        ReviewEndpoints.Map(api);
        LifecycleEndpoints.Map(api);
        ClosingEndpoints.Map(api);
        SelfAssessmentEndpoints.Map(api);
        YearsEndpoints.Map(api);
        MonitoringEndpoints.Map(api);
        HouseholdEndpoints.Map(api);
        PublicEndpoints.Map(api.MapGroup("/public").WithTags("public").AllowAnonymous());
        AttachmentEndpoints.Map(app);
        ExportEndpoints.Map(app);
        return app;
    }

    /// <summary>A change: the policy, and only the API token scheme.</summary>
    internal static TBuilder Changes<TBuilder>(this TBuilder builder, string policy) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute(policy) { AuthenticationSchemes = ApiTokenHandler.SchemeName });
}
