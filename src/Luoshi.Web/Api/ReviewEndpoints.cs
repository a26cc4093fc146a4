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

/// <summary>The supervision office's review (approve, return with a reason), reminders (催办) and the audit trail.</summary>
internal static class ReviewEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/reports/{id:int}/approve", (int id, ReviewBody body, UserLedger ledger, CancellationToken ct) => ReviewAsync(id, ReportAction.Approve, body, ledger, ct))
            .Changes(Policies.RunLedger).WithSummary("Approves a submitted report on the version read");
        api.MapPost("/reports/{id:int}/return", (int id, ReviewBody body, UserLedger ledger, CancellationToken ct) => ReviewAsync(id, ReportAction.Return, body, ledger, ct))
            .Changes(Policies.RunLedger).WithSummary("Returns a submitted report to its unit with a reason");
        api.MapGet("/plans/{planId:int}/reminders", async (int planId, Ledger ledger, CancellationToken ct) => TypedResults.Ok(await ledger.ListRemindersAsync(planId, ct)))
            .RequireAuthorization(Policies.RunLedger).WithSummary("The reminders sent for a plan's reports");
        api.MapPost("/plans/{planId:int}/reminders", RemindAsync).Changes(Policies.RunLedger).WithSummary("Records a reminder (催办) to a unit for a task's report of a period");
        api.MapGet("/audit", async (int? limit, string? entity, Ledger ledger, CancellationToken ct) =>
                TypedResults.Ok(await ledger.AuditAsync(Math.Clamp(limit ?? 100, 1, 1000), entity, ct)))
            .RequireAuthorization(Policies.ReadAll).WithSummary("The newest audit entries (at most 1000), optionally of one entity kind");
    }

    private static async Task<Results<Ok<ProgressReport>, ProblemHttpResult>> ReviewAsync(int id, ReportAction action, ReviewBody body, UserLedger ledger, CancellationToken ct)
    {
        if (action == ReportAction.Return && string.IsNullOrWhiteSpace(body.Reason))
        {
            return ApiResults.Invalid(Catalogue.Reports.ReturnNeedsReason, "reason");
        }

        var result = await ledger.Value.TransitionAsync(id, action, body.Reason?.Trim(), body.Version, ct);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : ApiResults.Refused(result.Error!);
    }

    private static async Task<Results<Created<Reminder>, ProblemHttpResult>> RemindAsync(int planId, ReminderBody body, UserLedger ledger, CancellationToken ct)
    {
        var result = await ledger.Value.RemindAsync(planId, body.TaskCode, body.Period, body.Unit, body.Note, ct);
        return result.Succeeded ? TypedResults.Created($"/api/plans/{planId}/reminders", result.Value!) : ApiResults.Refused(result.Error!);
    }
}
