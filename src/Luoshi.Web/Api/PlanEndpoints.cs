using System.Security.Claims;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Luoshi.Web.Reading.Overview;
using Luoshi.Web.Reading.Targets;
using Luoshi.Web.Reading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Luoshi.Web.Api;

/// <summary>Plans, their overview, task breakdown and targets; the office changes assignments.</summary>
internal static class PlanEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/plans", ListAsync).RequireAuthorization(Policies.SignedIn).WithSummary("All plans, newest year first");
        api.MapGet("/plans/{planId:int}/overview", OverviewAsync).RequireAuthorization(Policies.ReadAll)
            .WithSummary("Counts by status, section and unit, the unit ranking and the overdue reports of a plan on a day (default today)");
        api.MapGet("/plans/{planId:int}/tasks", TasksAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The task breakdown; a unit reporter gets only the tasks its unit leads or supports. status: on_track, behind, at_risk, missed, not_reported, achieved");
        api.MapGet("/plans/{planId:int}/targets/{code}", TargetAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("A target period by period: expected, actual and projected values, and where it stands");
        api.MapPut("/plans/{planId:int}/tasks/{code}/assignment", AssignAsync).Changes(Policies.RunLedger)
            .WithSummary("Changes a task's lead unit, supporting units, leader or deadline (supervision office)");
    }

    private static async Task<Ok<List<PlanItem>>> ListAsync(LedgerReads reads, CancellationToken ct) =>
        TypedResults.Ok((await reads.PlansAsync(ct)).Select(p => new PlanItem(p.Id, p.Region, p.Year, p.Cadence.Frequency == ReportingFrequency.Monthly ? "monthly" : "quarterly")).ToList());

    private static async Task<Results<Ok<OverviewData>, NotFound>> OverviewAsync(int planId, DateOnly? asOf, LedgerReads reads, LedgerClock clock, OverviewReader overview, CancellationToken ct) =>
        await reads.PlanAsync(planId, ct) is { } plan ? TypedResults.Ok(await overview.ReadAsync(plan, asOf ?? clock.Today, ct)) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<TaskLine>>, NotFound, ProblemHttpResult>> TasksAsync(
        int planId, DateOnly? asOf, string? status, string? unit, ClaimsPrincipal user, LedgerReads reads, LedgerClock clock, CancellationToken ct)
    {
        if (await reads.PlanAsync(planId, ct) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        TargetStatus? wanted = null;
        if (status is not null)
        {
            wanted = TargetStatusKey.Parse(status);
            if (wanted is null)
            {
                return ApiResults.Invalid(Catalogue.Status.UnknownKey(status), "status");
            }
        }

        return await reads.ReadingAsync(plan.Id, asOf ?? clock.Today, ct) is { } reading
            ? TypedResults.Ok(TaskBreakdown.Lines(reading, user, wanted, unit))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<TargetView>, NotFound, ForbidHttpResult>> TargetAsync(
        int planId, string code, DateOnly? asOf, ClaimsPrincipal user, LedgerReads reads, LedgerClock clock, CancellationToken ct)
    {
        if (await reads.PlanAsync(planId, ct) is not { } plan || plan.Tasks.FirstOrDefault(t => t.Targets.Any(x => x.Code == code)) is not { } task)
        {
            return TypedResults.NotFound();
        }

        if (!user.ReadsAll() && !TaskBreakdown.Involves(task, user.UnitName() ?? ""))
        {
            return TypedResults.Forbid();
        }

        return (await reads.ReadingAsync(plan.Id, asOf ?? clock.Today, ct))?.Target(code) is { } reading
            ? TypedResults.Ok(TargetView.Of(reading))
            : TypedResults.NotFound();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> AssignAsync(int planId, string code, AssignmentBody body, UserLedger ledger, CancellationToken ct)
    {
        var result = await ledger.Value.AssignAsync(planId, code, new Assignment(body.LeadUnit, body.SupportingUnits, body.Leader, body.Deadline), ct);
        return result.Succeeded ? TypedResults.NoContent() : ApiResults.Refused(result.Error!);
    }
}
