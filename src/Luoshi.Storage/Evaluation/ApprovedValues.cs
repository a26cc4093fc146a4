using Luoshi.Domain.Evaluation;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Evaluation;

/// <summary>Reads the values of approved reports, grouped by target, with a plain data reader: a city's year holds
/// hundreds of thousands of them, and the evaluation must stay well under a second.</summary>
internal static class ApprovedValues
{
    // The tasks are joined only to pick one plan: for all plans the join would cost a lookup per value. Column 3 says
    // whether the ratio and milestone columns need reading at all; most values are plain amounts.
    private const string Select =
        "SELECT v.target_id, r.period, v.value, v.numerator IS NOT NULL OR v.denominator IS NOT NULL OR v.done_on IS NOT NULL, "
        + "v.numerator, v.denominator, v.done_on FROM progress_values v JOIN progress_reports r ON r.id = v.report_id ";

    public static async Task<Dictionary<int, List<Observation>>> ReadAsync(LedgerDbContext db, int? planId, CancellationToken ct)
    {
        var sql = Select + (planId is null
            ? "WHERE r.state = 'Approved'"
            : "JOIN tasks t ON t.id = r.task_id WHERE r.state = 'Approved' AND t.plan_id = @plan");
        var byTarget = new Dictionary<int, List<Observation>>();
        await RowReading.ForEachAsync(db, sql, planId, reader =>
        {
            var value = reader.IsDBNull(2) ? (decimal?)null : reader.GetDecimal(2);
            var observation = reader.GetBoolean(3)
                ? new Observation(
                    reader.GetInt32(1), value,
                    reader.IsDBNull(4) ? null : reader.GetDecimal(4),
                    reader.IsDBNull(5) ? null : reader.GetDecimal(5),
                    reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6))
                : new Observation(reader.GetInt32(1), value);
            var target = reader.GetInt32(0);
            if (!byTarget.TryGetValue(target, out var list))
            {
                byTarget[target] = list = [];
            }

            list.Add(observation);
        }, ct).ConfigureAwait(false);
        return byTarget;
    }
}
