using System.Security.Claims;
using Luoshi.Domain.Households;
using Luoshi.Storage;
using Luoshi.Storage.Households.Reading;
using Luoshi.Storage.Households.Warnings;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Households;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Luoshi.Web.Api;

/// <summary>The return-to-poverty register for scripts: the same scope and masking as the pages, and every read of a
/// household's detail audited under the caller's login.</summary>
internal static class HouseholdEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/households", ListAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Households in the caller's area, a page at a time (at most 200), names and identity numbers masked; area: a town or village code; q: words in the head's full name, the village's or town's name, or the household's number");
        api.MapGet("/households/warnings", WarningsAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Late flags, unassisted identifications and households under the line uncovered, by town and village, on a day (default today)");
        api.MapGet("/households/{key}", DetailAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("One household as the caller's role may see it; every call is recorded in the audit trail");
    }

    private static async Task<Results<Ok<HouseholdPage>, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, Ledger ledger, string? area, MonitoringState? state, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        // The same search as the list page's box, within the same area scope: a name is searched in full, shown masked.
        var listed = await ledger.ListHouseholdsAsync(Viewers.Of(user), new HouseholdFilter(area, state, q), page ?? 1, pageSize ?? 50, ct);
        return listed.Succeeded ? TypedResults.Ok(listed.Value!) : ApiResults.Refused(listed.Error!);
    }

    private static async Task<Ok<HouseholdWarnings>> WarningsAsync(ClaimsPrincipal user, Ledger ledger, LedgerClock clock, DateOnly? asOf, CancellationToken ct) =>
        TypedResults.Ok(await ledger.HouseholdWarningsAsync(Viewers.Of(user), asOf ?? clock.Today, ct));

    private static async Task<Results<Ok<HouseholdDetail>, NotFound>> DetailAsync(string key, ClaimsPrincipal user, Ledger ledger, CancellationToken ct)
    {
        await using var caller = ledger.ForActor(user.Login()!);
        var shown = await caller.ViewHouseholdAsync(Viewers.Of(user), key, ct);
        return shown.Succeeded ? TypedResults.Ok(shown.Value!) : TypedResults.NotFound();
    }
}
