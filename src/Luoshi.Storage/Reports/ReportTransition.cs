using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reports;

/// <summary>Moves a report through its review (submit, approve, return) by the rules of <see cref="ReportWorkflow"/>,
/// on the version the caller read.</summary>
internal static class ReportTransition
{
    public static Task<StoreResult<ProgressReport>> RunAsync(
        StoreSession session, int reportId, ReportAction action, string? reason, int expectedVersion, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var report = await db.Reports.Include(r => r.Values).SingleOrDefaultAsync(r => r.Id == reportId, token).ConfigureAwait(false);
                if (report is null)
                {
                    return StoreResults.Fail<ProgressReport>(Catalogue.Reports.NoReport(reportId));
                }

                if (report.Version != expectedVersion)
                {
                    return StoreResults.Fail<ProgressReport>(await ReportConflict.DescribeAsync(db, reportId, token).ConfigureAwait(false));
                }

                var (next, error) = ReportWorkflow.Apply(report.State, action, reason);
                if (next is not { } state)
                {
                    return StoreResults.Fail<ProgressReport>(error!);
                }

                var codes = await TargetCodesAsync(db, report.TaskId, token).ConfigureAwait(false);
                var before = ReportSnapshot.Of(report, codes);
                Apply(session, report, action, state, reason);
                ReportVersions.ExpectVersion(db.Entry(report), expectedVersion);
                AuditLog.Add(db, session, "report." + action.ToString().ToLowerInvariant(), AuditEntities.Report,
                    ReportConflict.Key(reportId), before, ReportSnapshot.Of(report, codes));
                return await ReportWrite.SaveAsync(db, report, token).ConfigureAwait(false);
            },
            result => result.Succeeded,
            ct);

    private static void Apply(StoreSession session, ProgressReport report, ReportAction action, ReportState state, string? reason)
    {
        report.State = state;
        if (action == ReportAction.Submit)
        {
            report.SubmittedAt = session.Now;
        }
        else if (action == ReportAction.Return)
        {
            report.ReturnReason = reason;
        }
    }

    private static Task<Dictionary<int, string>> TargetCodesAsync(LedgerDbContext db, int taskId, CancellationToken ct) =>
        db.Targets.AsNoTracking().Where(t => t.TaskId == taskId).ToDictionaryAsync(t => t.Id, t => t.Code, ct);
}
