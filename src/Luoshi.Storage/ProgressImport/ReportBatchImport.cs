using Luoshi.Domain.Progress;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Luoshi.Storage.ProgressImport;

/// <summary>Stores the reports of a filled-in file in one transaction through the progress file's own path (lookups,
/// prepared statements, one audit entry for the file), so a template and a CSV file keep the same rules and speed.</summary>
internal static class ReportBatchImport
{
    public static Task<CsvImportResult> RunAsync(StoreSession session, int planId, ReportBatch batch, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var lookups = await ProgressLookups.LoadAsync(db, planId, batch.Source, token).ConfigureAwait(false);
                if (lookups is null)
                {
                    return new CsvImportResult(0, [new StoreError(PlanLookup.MissingPlan(planId))]);
                }

                var key = $"{planId}/{batch.Sha256}";
                if (await db.AuditEntries.AnyAsync(a => a.Entity == AuditEntities.ProgressFile && a.EntityKey == key, token).ConfigureAwait(false))
                {
                    return new CsvImportResult(0, []);
                }

                var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
                var connection = db.Database.GetDbConnection();
                var commands = await ProgressCommands.PrepareAsync(connection, transaction, token).ConfigureAwait(false);
                await using (commands.ConfigureAwait(false))
                {
                    using var values = ValueSink.For(commands, connection, transaction);
                    var (rows, error) = await WriteAsync(batch, lookups, commands, values, session.Now, token).ConfigureAwait(false);
                    if (error is not null)
                    {
                        return new CsvImportResult(0, [error]);
                    }

                    AuditLog.Add(db, session, "progress.import", AuditEntities.ProgressFile, key, null,
                        new { File = batch.Source, PlanId = planId, Rows = rows, Reports = batch.Reports.Count, Sha256 = batch.Sha256 });
                    await db.SaveChangesAsync(token).ConfigureAwait(false);
                    return new CsvImportResult(rows, []);
                }
            },
            result => result.Succeeded,
            ct);

    // The file's reader has checked every row against the plan; what is left to find here is a report that became
    // uneditable, or changed, since: the first such stops the batch, and the transaction rolls back.
    private static async Task<(long Rows, StoreError? Error)> WriteAsync(
        ReportBatch batch, ProgressLookups lookups, ProgressCommands commands, ValueSink values, DateTimeOffset now, CancellationToken ct)
    {
        var state = batch.Submit ? ReportState.Submitted : ReportState.Draft;
        long rows = 0;
        foreach (var draft in batch.Reports)
        {
            var place = $"{batch.Source}, task {draft.TaskCode}";
            if (!lookups.Tasks.TryGetValue(draft.TaskCode, out var task))
            {
                return (0, new StoreError($"the plan of {lookups.Plan} has no task {draft.TaskCode}", place));
            }

            var unit = lookups.Units.Find(draft.Unit) ?? draft.Unit.Trim();
            if (!task.Units.Contains(unit))
            {
                return (0, new StoreError($"{draft.Unit} is neither the lead nor a supporting unit of task {task.Code}", place));
            }

            if (lookups.Reports.GetValueOrDefault(ProgressLookups.ReportKey(task.Index, draft.Period)) is { } stored && !ReportWorkflow.IsEditable(stored.State))
            {
                return (0, new StoreError(
                    $"the report of task {task.Code} for period {draft.Period} is already {stored.State.ToString().ToLowerInvariant()} and can no longer be replaced", place));
            }

            var text = new ProgressWrite.ReportText(draft.Progress, draft.Problems, draft.NextSteps);
            var (id, conflict) = await ProgressWrite.WriteReportAsync(place, new(task, draft.Period, unit, state, text), lookups, commands, now, ct).ConfigureAwait(false);
            if (conflict is not null)
            {
                return (0, conflict);
            }

            foreach (var value in draft.Values)
            {
                if (!lookups.Targets.TryGetValue(value.TargetCode, out var target) || target.Task != task)
                {
                    return (0, new StoreError($"target {value.TargetCode} does not belong to task {task.Code}", place));
                }

                await values.AddAsync(id, new ProgressLine(target, draft.Period, unit, value.Value, value.Numerator, value.Denominator, value.DoneOn, state), ct).ConfigureAwait(false);
                rows++;
            }
        }

        await values.FlushAsync(ct).ConfigureAwait(false);
        return (rows, null);
    }
}
