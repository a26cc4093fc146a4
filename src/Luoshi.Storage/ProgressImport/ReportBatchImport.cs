using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;

namespace Luoshi.Storage.ProgressImport;

/// <summary>Stores the reports of a filled-in file in one transaction through the progress file's own path (lookups,
/// prepared statements, one audit entry for the file), so a template and a CSV file keep the same rules and speed.</summary>
internal static class ReportBatchImport
{
    public static Task<CsvImportResult> RunAsync(StoreSession session, int planId, ReportBatch batch, CancellationToken ct) =>
        ProgressTransaction.RunAsync(session, planId, batch.Source, batch.Sha256, async (lookups, commands, values, token) =>
        {
            var (rows, error) = await WriteAsync(batch, lookups, commands, values, session.Now, token).ConfigureAwait(false);
            return (rows, batch.Reports.Count, error is null ? [] : [error]);
        }, ct);

    // The file's reader has checked every row against the plan; what is left to find here is a report that became
    // uneditable, or changed, since: the first such stops the batch, and the transaction rolls back.
    private static async Task<(long Rows, Problem? Error)> WriteAsync(
        ReportBatch batch, ProgressLookups lookups, ProgressCommands commands, ValueSink values, DateTimeOffset now, CancellationToken ct)
    {
        var state = batch.Submit ? ReportState.Submitted : ReportState.Draft;
        long rows = 0;
        foreach (var draft in batch.Reports)
        {
            var place = Place.OfFile(batch.Source);
            if (!lookups.Tasks.TryGetValue(draft.TaskCode, out var task))
            {
                return (0, new Problem(Catalogue.Progress.NoTask(lookups.Plan, draft.TaskCode), place));
            }

            var unit = lookups.Units.Find(draft.Unit) ?? draft.Unit.Trim();
            if (!task.Units.Contains(unit))
            {
                return (0, new Problem(Catalogue.Reports.NotUnitOfTask(draft.Unit, task.Code), place));
            }

            if (unit != task.Lead)
            {
                return (0, Catalogue.Contributions.OnlyLeadReports(unit, task.Code, task.Lead ?? "") with { Place = place });
            }

            if (lookups.Reports.GetValueOrDefault(ProgressLookups.ReportKey(task.Index, draft.Period)) is { } stored && !ReportWorkflow.IsEditable(stored.State))
            {
                return (0, new Problem(Catalogue.Reports.NoLongerReplaceable(task.Code, draft.Period, stored.State), place, ProblemKind.Conflict));
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
                    return (0, new Problem(Catalogue.Reports.TargetNotOfTask(value.TargetCode, task.Code), place));
                }

                await values.AddAsync(id, new ProgressLine(target, draft.Period, unit, value.Value, value.Numerator, value.Denominator, value.DoneOn, state), ct).ConfigureAwait(false);
                rows++;
            }
        }

        await values.FlushAsync(ct).ConfigureAwait(false);
        return (rows, null);
    }
}
