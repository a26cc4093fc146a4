using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Luoshi.Bench.Ledger;

/// <summary>Runs <see cref="StatusSql.Query"/> and reads its rows.</summary>
internal static class StatusQuery
{
    /// <summary>Status name (or null where the query does not cover the target) by "region/target code".</summary>
    public static Dictionary<string, string?> Run(SqliteConnection connection, DateOnly asOf)
    {
        using var command = connection.CreateCommand();
        command.CommandText = StatusSql.Query;
        command.Parameters.AddWithValue("$as_of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        using var reader = command.ExecuteReader();
        var statuses = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read())
        {
            statuses.Add(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
        }

        return statuses;
    }
}
