using System.Security.Claims;
using Luoshi.Domain.Access;
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

/// <summary>Progress reports: a unit reads, writes and submits its own; the office and leaders read all. Another unit's
/// report answers 404, exactly like a report that does not exist.</summary>
internal static class ReportEndpoints
{
    /// <summary>A report with its attachments' descriptions.</summary>
    public sealed record ReportView(ProgressReport Report, IReadOnlyList<Attachment> Attachments);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:int}/reports", ListAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("A plan's reports, optionally in one state (draft, submitted, returned, resubmitted, approved) or of one unit; a unit reporter gets only its own");
        api.MapGet("/reports/{id:int}", FindAsync).RequireAuthorization(Policies.SignedIn).WithSummary("One report with its values and attachments");
        api.MapPost("/plans/{planId:int}/reports", CreateAsync).Changes(Policies.Report).WithSummary("Starts the caller's unit's report on a task for a period, as a draft");
        api.MapPut("/reports/{id:int}", UpdateAsync).Changes(Policies.Report).WithSummary("Changes a draft or returned report on the version read (409 when someone changed it since)");
        api.MapPost("/reports/{id:int}/submit", SubmitAsync).Changes(Policies.Report).WithSummary("Submits (or resubmits) the report for review");
    }

    private static async Task<Results<Ok<List<ReportSummary>>, NotFound>> ListAsync(
        int planId, ReportState? state, string? unit, ClaimsPrincipal user, LedgerReads reads, CancellationToken ct)
    {
        if (await reads.PlanAsync(planId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var reports = await reads.ReportsAsync(planId, ct);
        return TypedResults.Ok(reports
            .Where(r => UnitScope.MayRead(user, r.Unit))
            .Where(r => state is null || r.State == state)
            .Where(r => unit is null || r.Unit == unit)
            .ToList());
    }

    private static async Task<Results<Ok<ReportView>, NotFound>> FindAsync(int id, ClaimsPrincipal user, Ledger ledger, CancellationToken ct)
    {
        var report = await ledger.FindReportAsync(id, ct);
        return report is null || !UnitScope.MayRead(user, report.Unit)
            ? TypedResults.NotFound()
            : TypedResults.Ok(new ReportView(report, await ledger.ListAttachmentsAsync(id, ct)));
    }

    private static async Task<Results<Created<ProgressReport>, ProblemHttpResult>> CreateAsync(int planId, ReportBody body, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        var saved = await ledger.Value.SaveReportAsync(Draft(planId, body, user.UnitName()!), null, ct);
        return saved.Succeeded ? TypedResults.Created($"/api/reports/{saved.Value!.Id}", saved.Value) : ApiResults.Refused(saved.Error!);
    }

    private static async Task<Results<Ok<ProgressReport>, NotFound, ProblemHttpResult>> UpdateAsync(
        int id, ReportBody body, ClaimsPrincipal user, Ledger store, LedgerReads reads, UserLedger ledger, CancellationToken ct)
    {
        var report = await store.FindReportAsync(id, ct);
        if (report is null || !UnitScope.MayWrite(user, report.Unit))
        {
            return TypedResults.NotFound();
        }

        if (body.Version is not { } version)
        {
            return ApiResults.Invalid(Catalogue.Reports.VersionNeeded, "version");
        }

        var plan = await reads.PlanOfTaskAsync(report.TaskId, ct);
        // The address names the report: a body naming another task would save that task's report instead.
        if (plan?.Tasks.FirstOrDefault(t => t.Id == report.TaskId) is not { } task || body.TaskCode != task.Code)
        {
            return ApiResults.Invalid(Catalogue.Reports.TaskFixed(plan?.Tasks.FirstOrDefault(t => t.Id == report.TaskId)?.Code ?? ""), "taskCode");
        }

        if (body.Period != report.Period)
        {
            return ApiResults.Invalid(Catalogue.Reports.PeriodFixed(new Domain.Periods.ReportingCalendar(plan!.Year, plan.Cadence)[report.Period]), "period");
        }

        var saved = await ledger.Value.SaveReportAsync(Draft(plan!.Id, body, report.Unit), version, ct);
        return saved.Succeeded ? TypedResults.Ok(saved.Value!) : ApiResults.Refused(saved.Error!);
    }

    private static async Task<Results<Ok<ProgressReport>, NotFound, ProblemHttpResult>> SubmitAsync(
        int id, ReviewBody body, ClaimsPrincipal user, Ledger store, UserLedger ledger, CancellationToken ct)
    {
        var report = await store.FindReportAsync(id, ct);
        if (report is null || !UnitScope.MayWrite(user, report.Unit))
        {
            return TypedResults.NotFound();
        }

        var result = await ledger.Value.TransitionAsync(id, ReportAction.Submit, null, body.Version, ct);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : ApiResults.Refused(result.Error!);
    }

    private static ReportDraft Draft(int planId, ReportBody body, string unit) => new(
        planId, body.TaskCode, body.Period, unit, body.Values ?? [], body.Progress ?? "", body.Problems ?? "", body.NextSteps ?? "", body.Evidence ?? []);
}
