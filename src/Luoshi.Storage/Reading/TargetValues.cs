using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Reading;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Reading;

/// <summary>Reads the values of sent reports, grouped by target — approved ones (they count) and those awaiting review
/// (shown, not counted) — with a plain data reader: a city's year holds hundreds of thousands of them, and reading must
/// stay well under a second.</summary>
internal static class TargetValues
{
    /// <summary>A target's approved and pending values.</summary>
    public sealed class Found
    {
        public List<Observation> Approved { get; } = [];

        public List<PendingValue> Pending { get; } = [];
    }

    // The tasks are joined only to pick one plan: for all plans the join would cost a lookup per value. Column 4 says
    // whether the ratio and milestone columns need reading at all; most values are plain amounts.
    private const string Select =
        "SELECT v.target_id, r.period, r.state, v.value, v.numerator IS NOT NULL OR v.denominator IS NOT NULL OR v.done_on IS NOT NULL, "
        + "v.numerator, v.denominator, v.done_on FROM progress_values v JOIN progress_reports r ON r.id = v.report_id ";

    private static readonly string Sent = $"r.state IN ({SentStates.SqlList})";

    public static async Task<Dictionary<int, Found>> ReadAsync(LedgerDbContext db, int? planId, CancellationToken ct)
    {
        var sql = Select + (planId is null ? $"WHERE {Sent}" : $"JOIN tasks t ON t.id = r.task_id WHERE {Sent} AND t.plan_id = @plan");
        var byTarget = new Dictionary<int, Found>();
        var approved = ReportState.Approved.ToString();
        await RowReading.ForEachAsync(db, sql, planId, reader =>
        {
            var target = reader.GetInt32(0);
            if (!byTarget.TryGetValue(target, out var found))
            {
                byTarget[target] = found = new Found();
            }

            var period = reader.GetInt32(1);
            var value = reader.IsDBNull(3) ? (decimal?)null : reader.GetDecimal(3);
            var parts = reader.GetBoolean(4);
            var numerator = parts && !reader.IsDBNull(5) ? reader.GetDecimal(5) : (decimal?)null;
            var denominator = parts && !reader.IsDBNull(6) ? reader.GetDecimal(6) : (decimal?)null;
            var doneOn = parts && !reader.IsDBNull(7) ? reader.GetFieldValue<DateOnly>(7) : (DateOnly?)null;
            if (string.Equals(reader.GetString(2), approved, StringComparison.Ordinal))
            {
                found.Approved.Add(new Observation(period, value, numerator, denominator, doneOn));
            }
            else
            {
                found.Pending.Add(new PendingValue(period, value, numerator, denominator, doneOn));
            }
        }, ct).ConfigureAwait(false);
        return byTarget;
    }
}
