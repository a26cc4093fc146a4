using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reports;

/// <summary>Creates a task's report for a period as a draft, or changes a draft or returned one on the version the
/// caller read; a save on an older version is a conflict and changes nothing.</summary>
internal static class ReportSaving
{
    public static Task<StoreResult<ProgressReport>> RunAsync(StoreSession session, ReportDraft draft, int? expectedVersion, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var (target, error) = await ReportTarget.CheckAsync(db, draft, token).ConfigureAwait(false);
                if (target is null)
                {
                    return StoreResults.Fail<ProgressReport>(error!);
                }

                var report = await db.Reports.Include(r => r.Values)
                    .SingleOrDefaultAsync(r => r.TaskId == target.Task.Id && r.Period == draft.Period, token).ConfigureAwait(false);
                return report is null
                    ? await CreateAsync(db, session, draft, target, expectedVersion, token).ConfigureAwait(false)
                    : await UpdateAsync(db, session, draft, target, report, expectedVersion, token).ConfigureAwait(false);
            },
            result => result.Succeeded,
            ct);

    private static async Task<StoreResult<ProgressReport>> CreateAsync(
        LedgerDbContext db, StoreSession session, ReportDraft draft, ReportTarget target, int? expectedVersion, CancellationToken ct)
    {
        if (expectedVersion is not null)
        {
            return StoreResults.Fail<ProgressReport>(Catalogue.Reports.NoneYet(draft.TaskCode, target.Calendar[draft.Period]));
        }

        var report = new ProgressReport { TaskId = target.Task.Id, Period = draft.Period, Unit = target.Unit, State = ReportState.Draft };
        Fill(report, draft, target);
        db.Reports.Add(report);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        AuditLog.Add(db, session, "report.create", AuditEntities.Report, ReportConflict.Key(report.Id), null, Snapshot(report, target));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return StoreResults.Ok(report);
    }

    private static async Task<StoreResult<ProgressReport>> UpdateAsync(
        LedgerDbContext db, StoreSession session, ReportDraft draft, ReportTarget target, ProgressReport report, int? expectedVersion,
        CancellationToken ct)
    {
        if (expectedVersion is not { } expected)
        {
            return StoreResults.Fail<ProgressReport>(Catalogue.Reports.AlreadyThere(draft.TaskCode, target.Calendar[draft.Period], report.Version));
        }

        if (report.Version != expected)
        {
            return StoreResults.Fail<ProgressReport>(await ReportConflict.DescribeAsync(db, report.Id, ct).ConfigureAwait(false));
        }

        if (!ReportWorkflow.IsEditable(report.State))
        {
            return StoreResults.Fail<ProgressReport>(Catalogue.Reports.NotEditable(report.State));
        }

        var before = Snapshot(report, target);
        report.Unit = target.Unit;
        Fill(report, draft, target);
        ReportVersions.ExpectVersion(db.Entry(report), expected);
        AuditLog.Add(db, session, "report.update", AuditEntities.Report, ReportConflict.Key(report.Id), before, Snapshot(report, target));
        return await ReportWrite.SaveAsync(db, report, ct).ConfigureAwait(false);
    }

    // Values are matched by target: one kept is updated, so the unique (report, target) pair never clashes in a save.
    private static void Fill(ProgressReport report, ReportDraft draft, ReportTarget target)
    {
        (report.Progress, report.Problems, report.NextSteps, report.Evidence) = (draft.Progress, draft.Problems, draft.NextSteps, [.. draft.Evidence]);
        var kept = report.Values.ToDictionary(v => v.TargetId);
        var values = new List<ProgressValue>();
        foreach (var given in draft.Values)
        {
            var value = kept.GetValueOrDefault(target.TargetIds[given.TargetCode]) ?? new ProgressValue { TargetId = target.TargetIds[given.TargetCode] };
            (value.Value, value.Numerator, value.Denominator, value.DoneOn) = (given.Value, given.Numerator, given.Denominator, given.DoneOn);
            values.Add(value);
        }

        report.Values.RemoveAll(v => !values.Contains(v));
        foreach (var value in values.Where(v => !report.Values.Contains(v)))
        {
            report.Values.Add(value);
        }
    }

    private static ReportSnapshot Snapshot(ProgressReport report, ReportTarget target) =>
        ReportSnapshot.Of(report, target.TargetIds.ToDictionary(p => p.Value, p => p.Key));
}
