using System.Security.Claims;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Luoshi.Web.Api;

/// <summary>Supporting units' contributions (配合单位进展): a supporting unit writes its own; the lead unit of the task,
/// the office and leaders read them. One the caller may not read answers 404, like one that does not exist.</summary>
internal static class ContributionEndpoints
{
    /// <summary>What a supporting unit sends: the task and period, and its own text (no target values).</summary>
    public sealed record ContributionBody(
        string TaskCode, int Period, string? Progress, string? Problems, string? NextSteps, IReadOnlyList<string>? Evidence, int? Version = null);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:int}/contributions", ListAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("A plan's contributions of supporting units, optionally of one task and period; a unit gets its own and those to tasks it leads");
        api.MapGet("/contributions/{id:int}", FindAsync).RequireAuthorization(Policies.SignedIn).WithSummary("One contribution");
        api.MapPost("/plans/{planId:int}/contributions", CreateAsync).Changes(Policies.Report)
            .WithSummary("Writes the caller's unit's contribution to a task it supports for a period (403 for the lead unit, which sends the report)");
        api.MapPut("/contributions/{id:int}", UpdateAsync).Changes(Policies.Report)
            .WithSummary("Changes the caller's unit's contribution on the version read (409 when someone changed it since)");
    }

    private static async Task<Results<Ok<List<ContributionSummary>>, NotFound>> ListAsync(
        int planId, string? task, int? period, ClaimsPrincipal user, LedgerReads reads, Ledger store, CancellationToken ct)
    {
        if (await reads.PlanAsync(planId, ct) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        var leads = plan.Tasks.ToDictionary(t => t.Code, t => t.LeadUnit, StringComparer.Ordinal);
        var found = await store.ListContributionsAsync(planId, task, period, ct: ct);
        return TypedResults.Ok(found.Where(c => MayRead(user, c.Unit, leads.GetValueOrDefault(c.TaskCode))).ToList());
    }

    private static async Task<Results<Ok<Contribution>, NotFound>> FindAsync(int id, ClaimsPrincipal user, LedgerReads reads, Ledger store, CancellationToken ct)
    {
        var contribution = await store.FindContributionAsync(id, ct);
        var task = contribution is null ? null : await TaskOfAsync(reads, contribution.TaskId, ct);
        return contribution is null || task is null || !MayRead(user, contribution.Unit, task.LeadUnit)
            ? TypedResults.NotFound()
            : TypedResults.Ok(contribution);
    }

    private static async Task<Results<Created<Contribution>, ProblemHttpResult>> CreateAsync(
        int planId, ContributionBody body, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        var saved = await ledger.Value.SaveContributionAsync(Draft(planId, body, user.UnitName()!), null, ct);
        return saved.Succeeded ? TypedResults.Created($"/api/contributions/{saved.Value!.Id}", saved.Value) : ApiResults.Refused(saved.Error!);
    }

    private static async Task<Results<Ok<Contribution>, NotFound, ProblemHttpResult>> UpdateAsync(
        int id, ContributionBody body, ClaimsPrincipal user, LedgerReads reads, Ledger store, UserLedger ledger, CancellationToken ct)
    {
        var contribution = await store.FindContributionAsync(id, ct);
        if (contribution is null || !UnitScope.MayWrite(user, contribution.Unit))
        {
            return TypedResults.NotFound();
        }

        if (body.Version is not { } version)
        {
            return ApiResults.Invalid(Catalogue.Reports.VersionNeeded, "version");
        }

        // The address names the contribution; a body naming another task or period would change another one.
        var plan = await reads.PlanOfTaskAsync(contribution.TaskId, ct);
        var task = plan?.Tasks.FirstOrDefault(t => t.Id == contribution.TaskId);
        if (plan is null || task is null || body.TaskCode != task.Code || body.Period != contribution.Period)
        {
            var calendar = new Domain.Periods.ReportingCalendar(plan?.Year ?? 2000, plan?.Cadence ?? Domain.Periods.ReportingCadence.MonthlyByDay(28));
            return ApiResults.Refused(Catalogue.Contributions.Fixed(task?.Code ?? "", calendar[contribution.Period]));
        }

        var saved = await ledger.Value.SaveContributionAsync(Draft(task.PlanId, body, contribution.Unit), version, ct);
        return saved.Succeeded ? TypedResults.Ok(saved.Value!) : ApiResults.Refused(saved.Error!);
    }

    private static bool MayRead(ClaimsPrincipal user, string unit, string? lead) =>
        UnitScope.MayRead(user, unit) || (lead is not null && UnitScope.MayRead(user, lead));

    private static async Task<PlanTask?> TaskOfAsync(LedgerReads reads, int taskId, CancellationToken ct) =>
        (await reads.PlanOfTaskAsync(taskId, ct))?.Tasks.FirstOrDefault(t => t.Id == taskId);

    private static ContributionDraft Draft(int planId, ContributionBody body, string unit) => new(
        planId, body.TaskCode, body.Period, unit, body.Progress ?? "", body.Problems ?? "", body.NextSteps ?? "", body.Evidence ?? []);
}
