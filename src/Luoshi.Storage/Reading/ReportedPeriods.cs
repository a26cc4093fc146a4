using Luoshi.Domain.Periods;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Reading;

/// <summary>Reads, per task, the periods whose report counts as sent (submitted, resubmitted or approved), with a plain
/// data reader: a province's year holds over a hundred thousand reports.</summary>
internal static class ReportedPeriods
{
    private static readonly string States = SentStates.SqlList;

    public static async Task<Dictionary<int, PeriodSet>> ReadAsync(LedgerDbContext db, int? planId, CancellationToken ct)
    {
        var sql = planId is null
            ? $"SELECT r.task_id, r.period FROM progress_reports r WHERE r.state IN ({States})"
            : $"SELECT r.task_id, r.period FROM progress_reports r JOIN tasks t ON t.id = r.task_id WHERE r.state IN ({States}) AND t.plan_id = @plan";
        var reported = new Dictionary<int, PeriodSet>();
        await RowReading.ForEachAsync(db, sql, planId, reader =>
        {
            var task = reader.GetInt32(0);
            reported[task] = reported.GetValueOrDefault(task).With(reader.GetInt32(1));
        }, ct).ConfigureAwait(false);
        return reported;
    }
}
