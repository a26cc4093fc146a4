using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Luoshi.Bench.Web;

/// <summary>What a built ledger file holds, counted in the file itself with plain SQL over the storage schema, so the
/// report says what was stored rather than what the generator meant to store.</summary>
internal sealed record LedgerCounts(
    IReadOnlyList<(string Key, long Count)> UnitsByKind,
    IReadOnlyList<(string Key, long Count)> TasksByYear,
    IReadOnlyList<(string Key, long Count)> TargetsByYear,
    IReadOnlyList<(string Key, long Count)> TargetsByMeasure,
    IReadOnlyList<(string Key, long Count)> ReportsByState,
    long Values)
{
    /// <summary>Counts the ledger in the SQLite file at <paramref name="path"/>.</summary>
    public static LedgerCounts Of(string path)
    {
        // Read-write although it only reads: a read-only connection cannot remove the -wal and -shm files when it closes.
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadWrite;Pooling=False");
        connection.Open();
        return new(
            Tally(connection, "select kind, count(*) from org_units group by kind"),
            Tally(connection, "select p.year, count(*) from tasks t join plans p on p.id = t.plan_id group by p.year"),
            Tally(connection, "select p.year, count(*) from targets g join plans p on p.id = g.plan_id group by p.year"),
            Tally(connection, "select measure, count(*) from targets group by measure"),
            Tally(connection, "select state, count(*) from progress_reports group by state"),
            Tally(connection, "select 'values', count(*) from progress_values").Single().Count);
    }

    private static List<(string Key, long Count)> Tally(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql + (sql.Contains("group by", StringComparison.Ordinal) ? " order by 2 desc, 1" : "");
        using var reader = command.ExecuteReader();
        var rows = new List<(string Key, long Count)>();
        while (reader.Read())
        {
            rows.Add((Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!, reader.GetInt64(1)));
        }

        return rows;
    }
}
