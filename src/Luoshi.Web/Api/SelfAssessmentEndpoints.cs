using System.Security.Claims;
using Luoshi.Domain.Assessment;
using Luoshi.Web.Access;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Luoshi.Web.Api;

/// <summary>The unit assessment (考核): the ranking and every unit's self-assessment and review; the steps on a unit's
/// self-assessment. Who may take a step is decided by the ledger (SelfAssessmentRules); a refusal is a problem document.</summary>
internal static class SelfAssessmentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:int}/assessment", ReadAsync)
            .WithSummary("The ranking and every unit's self-assessment with each point and where it came from (a reporter sees its own unit)");
        api.MapPost("/plans/{planId:int}/assessment/units/{unit}/{step}", StepAsync).Changes(Policies.SignedIn)
            .WithSummary("Takes a self-assessment step: submit (the lead unit), return or confirm (the office, with adjustments)");
    }

    private static async Task<Results<Ok<AssessmentView>, NotFound>> ReadAsync(int planId, ClaimsPrincipal user, LedgerReads reads, CancellationToken ct)
    {
        if (await reads.AssessmentAsync(planId, ct) is not { } board)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(AssessmentView.Of(board, user.ReadsAll() ? null : unit => unit == user.UnitName()));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> StepAsync(
        int planId, string unit, string step, SelfAssessmentBody? body, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        if (SelfAssessmentActions.Parse(step) is not { } known)
        {
            return ApiResults.Refused(SelfAssessmentActions.Unknown(step));
        }

        var result = await SelfAssessmentActions.TakeAsync(ledger.OnToday.SelfAssessments, planId, unit, LifecycleEndpoints.Actor(user), known, body ?? new SelfAssessmentBody(), ct);
        return result.Succeeded ? TypedResults.NoContent() : ApiResults.Refused(result.Error!);
    }
}
