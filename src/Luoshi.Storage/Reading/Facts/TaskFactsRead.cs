using Luoshi.Domain.Periods;
using Luoshi.Domain.Reading;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Reading.Facts;

/// <summary>Reads task_facts rows of one plan or of all plans with a plain data reader: per task the periods and
/// reports sent, per target the values sent.</summary>
internal static class TaskFactsRead
{
    public sealed class Found
    {
        public Dictionary<int, PeriodSet> Periods { get; } = [];

        public Dictionary<int, IReadOnlyList<SentReport>> Reports { get; } = [];

        public Dictionary<int, TargetValues> Values { get; } = [];
    }

    public static async Task<Found> ReadAsync(LedgerDbContext db, int? planId, CancellationToken ct)
    {
        var sql = "SELECT task_id, sent_periods, sent_reports, sent_values FROM task_facts" + (planId is null ? "" : " WHERE plan_id = @plan");
        var found = new Found();
        await RowReading.ForEachAsync(db, sql, planId, reader =>
        {
            var task = reader.GetInt32(0);
            found.Periods[task] = new PeriodSet((uint)reader.GetInt64(1));
            found.Reports[task] = SentValuesText.ReadReports(reader.GetString(2));
            SentValuesText.ReadValues(reader.GetString(3), found.Values);
        }, ct).ConfigureAwait(false);
        return found;
    }
}
