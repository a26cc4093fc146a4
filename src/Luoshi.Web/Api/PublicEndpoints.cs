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
        group.MapGet("/plans/{planId:int}/targets", TargetsAsync)
            .WithSummary("The published targets of a plan, with goal, figure and status")
            .WithDescription("asOf (yyyy-MM-dd, default today in China) may be from 1 January of the plan's year to today; any other day is refused (400).");
    }

    // The day is read as text and checked by the public page's own rule, so that a day that is no date, before the
    // plan's year or after today gets the same reason here as there, as a problem document naming asOf.
    private static async Task<Results<Ok<IReadOnlyList<PublicTarget>>, NotFound, ProblemHttpResult>> TargetsAsync(
        int planId, string? asOf, LedgerReads reads, LedgerClock clock, CancellationToken ct)
    {
        if (await reads.PlanAsync(planId, ct) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        var (day, refusal) = PublicDay.Of(asOf, plan, clock.Today);
        if (refusal is { } words)
        {
            return ApiResults.Invalid(words, "asOf");
        }

        return await reads.ReadingAsync(plan.Id, day, ct) is { } reading ? TypedResults.Ok(PublicTarget.Of(reading)) : TypedResults.NotFound();
    }
}
