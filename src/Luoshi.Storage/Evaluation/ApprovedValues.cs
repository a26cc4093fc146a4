using System.Data.Common;
using Luoshi.Domain.Evaluation;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Evaluation;

/// <summary>Reads the values of approved reports, grouped by target, with a plain data reader: a city's year holds
/// hundreds of thousands of them, and the evaluation must stay well under a second.</summary>
internal static class ApprovedValues
{
    public static async Task<Dictionary<int, List<Observation>>> ReadAsync(LedgerDbContext db, int? planId, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText =
                    "SELECT v.target_id, r.period, v.value, v.numerator, v.denominator, v.done_on FROM progress_values v "
                    + "JOIN progress_reports r ON r.id = v.report_id JOIN tasks t ON t.id = r.task_id WHERE r.state = 'Approved'"
                    + (planId is null ? "" : " AND t.plan_id = @plan");
                if (planId is { } id)
                {
                    var parameter = command.CreateParameter();
                    (parameter.ParameterName, parameter.Value) = ("plan", id);
                    command.Parameters.Add(parameter);
                }

                return await GroupAsync(command, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task<Dictionary<int, List<Observation>>> GroupAsync(DbCommand command, CancellationToken ct)
    {
        var byTarget = new Dictionary<int, List<Observation>>();
        var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var observation = new Observation(
                    reader.GetInt32(1),
                    reader.IsDBNull(2) ? null : reader.GetDecimal(2),
                    reader.IsDBNull(3) ? null : reader.GetDecimal(3),
                    reader.IsDBNull(4) ? null : reader.GetDecimal(4),
                    reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5));
                var target = reader.GetInt32(0);
                if (!byTarget.TryGetValue(target, out var list))
                {
                    byTarget[target] = list = [];
                }

                list.Add(observation);
            }
        }

        return byTarget;
    }
}
