using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Luoshi.Web.Api;

/// <summary>What anyone may read without signing in: the plans and the targets the office marked public.</summary>
internal static class PublicEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/plans/{planId:int}/targets", TargetsAsync).WithSummary("The published targets of a plan, with goal, figure and status");
    }

    private static async Task<Results<Ok<IReadOnlyList<PublicTarget>>, NotFound>> TargetsAsync(int planId, DateOnly? asOf, LedgerReads reads, LedgerClock clock, CancellationToken ct) =>
        await reads.PlanAsync(planId, ct) is { } plan && await reads.ReadingAsync(plan.Id, asOf ?? clock.Today, ct) is { } reading
            ? TypedResults.Ok(PublicTarget.Of(reading))
            : TypedResults.NotFound();
}
