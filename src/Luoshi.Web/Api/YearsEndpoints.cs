using System.Security.Claims;
using Luoshi.Domain.Years;
using Luoshi.Web.Access;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Luoshi.Web.Api;

/// <summary>Promises across years (docs/closing.md, "Across years"): a closed year's tasks to carry over and the office's
/// carry-over (结转), the targets' matches to earlier years and the office's decisions, and a target's series. Only the
/// office decides (the ledger refuses others); a reporter reads its own unit's tasks.</summary>
internal static class YearsEndpoints
{
    /// <summary>The office's choice of tasks to carry over; none = the default (every task confirmed 未完成).</summary>
    public sealed record CarryBody(IReadOnlyList<string>? Tasks);

    /// <summary>The office's decision on a match: confirm the suggestion (no earlier), name another, or none.</summary>
    public sealed record MatchBody(string? Earlier, int? EarlierYear, bool None);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:int}/years/carry", CandidatesAsync).WithSummary("A closed year's tasks with their confirmed results, the default choice (未完成) and where each was carried");
        api.MapPost("/plans/{planId:int}/years/carry", CarryAsync).Changes(Policies.SignedIn).WithSummary("The office carries tasks over into the next year's plan (结转)");
        api.MapGet("/plans/{planId:int}/years/matches", MatchesAsync).WithSummary("Every target beside its match in an earlier year");
        api.MapPost("/plans/{planId:int}/years/matches/{target}", MatchAsync).Changes(Policies.SignedIn).WithSummary("The office confirms, corrects or removes a target's match");
        api.MapGet("/plans/{planId:int}/targets/{target}/series", SeriesAsync).WithSummary("A target's goal and result in every year it was promised");
    }

    private static async Task<Results<Ok<IReadOnlyList<CarryCandidate>>, NotFound>> CandidatesAsync(int planId, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        if (await ledger.Value.Years.CandidatesAsync(planId, ct) is not { } list)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok<IReadOnlyList<CarryCandidate>>(user.ReadsAll() ? list : [.. list.Where(c => c.LeadUnit == user.UnitName())]);
    }

    private static async Task<Results<Ok<IReadOnlyList<string>>, ProblemHttpResult>> CarryAsync(int planId, CarryBody? body, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        var result = await ledger.OnToday.Years.CarryOverAsync(planId, LifecycleEndpoints.Actor(user), body?.Tasks, ct);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : ApiResults.Refused(result.Error!);
    }

    private static async Task<Ok<IReadOnlyList<TargetMatchView>>> MatchesAsync(int planId, UserLedger ledger, CancellationToken ct) =>
        TypedResults.Ok(await ledger.Value.Years.MatchesAsync(planId, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> MatchAsync(int planId, string target, MatchBody? body, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        var result = await ledger.OnToday.Years.DecideAsync(planId, target, LifecycleEndpoints.Actor(user), body?.Earlier, body?.EarlierYear, body?.None ?? false, ct);
        return result.Succeeded ? TypedResults.NoContent() : ApiResults.Refused(result.Error!);
    }

    private static async Task<Results<Ok<IReadOnlyList<YearPoint>>, NotFound>> SeriesAsync(int planId, string target, UserLedger ledger, CancellationToken ct)
    {
        var series = await ledger.Value.Years.SeriesAsync(planId, target, ct);
        return series.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(series);
    }
}
