using System.Security.Claims;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;
using Luoshi.Web.Access;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Luoshi.Web.Api;

/// <summary>The year-end closing (年底交账): the plan's account, opening it, and the steps on a task's account. Who may
/// take a step is decided by the ledger from the caller's role and unit (ClosingRules); a refusal is a problem document.</summary>
internal static class ClosingEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:int}/closing", ReadAsync).WithSummary("The year's account: every task's result, targets' finals and evidence (a reporter sees its unit's tasks)");
        api.MapPost("/plans/{planId:int}/closing/open", OpenAsync).Changes(Policies.SignedIn).WithSummary("The office opens the year-end closing, optionally with its tolerances");
        api.MapPost("/plans/{planId:int}/closing/tasks/{code}/{step}", StepAsync).Changes(Policies.SignedIn)
            .WithSummary("Takes a closing step on a task's account: submit, return, confirm, correct");
    }

    private static async Task<Results<Ok<ClosingView>, NotFound>> ReadAsync(int planId, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        if (await ledger.Value.Closing.ReadAsync(planId, ct) is not { } reading)
        {
            return TypedResults.NotFound();
        }

        var view = ClosingView.Of(reading);
        return TypedResults.Ok(user.ReadsAll() ? view
            : view with { Tasks = [.. view.Tasks.Where(t => reading.Task(t.Task)!.Reading.Involves(user.UnitName() ?? ""))] });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> OpenAsync(
        int planId, ClosingTolerances? body, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        var result = await ledger.OnToday.Closing.OpenAsync(planId, LifecycleEndpoints.Actor(user), body, ct);
        return result.Succeeded ? TypedResults.NoContent() : ApiResults.Refused(result.Error!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> StepAsync(
        int planId, string code, string step, ClosingBody? body, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        if (ClosingActions.Parse(step) is not { } known)
        {
            return ApiResults.Refused(new Problem(Catalogue.Closing.UnknownStep(step), Place.OfField("step"), ProblemKind.NotFound));
        }

        var result = await ClosingActions.TakeAsync(ledger.OnToday.Closing, planId, code, LifecycleEndpoints.Actor(user), known, body ?? new ClosingBody(), ct);
        return result.Succeeded ? TypedResults.NoContent() : ApiResults.Refused(result.Error!);
    }
}
