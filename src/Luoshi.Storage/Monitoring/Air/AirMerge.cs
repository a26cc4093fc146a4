using System.Data.Common;
using System.Globalization;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>Merges the staged rows of a good file into the stored ones in three statements: list the first
/// corrections for the audit entry, replace the rows whose values differ, add the rows that are new. The SQL is the
/// same on SQLite (3.39 or later) and PostgreSQL.</summary>
internal static class AirMerge
{
    /// <summary>How many corrections the audit entry lists in full; the count covers them all.</summary>
    public const int Listed = 20;

    public static async Task<(long Inserted, long Corrected, List<AirCorrection> Listed)> RunAsync(
        DbConnection connection, DbTransaction transaction, bool daily, IReadOnlyDictionary<int, int> stations, CancellationToken ct)
    {
        foreach (var (number, id) in stations)
        {
            await AirStageTables.RunAsync(connection, transaction, ct, string.Create(CultureInfo.InvariantCulture,
                $"INSERT INTO {AirStageTables.Stations} (station, station_id) VALUES ({number}, {id})")).ConfigureAwait(false);
        }

        var (table, stage, keys, values) = daily
            ? ("air_days", AirStageTables.Days, new[] { "date" }, AirStageTables.DayValues)
            : ("air_hours", AirStageTables.Hours, new[] { "date", "hour" }, AirStageTables.HourValues);
        var from = $"{stage} s JOIN {AirStageTables.Stations} m ON m.station = s.station";
        var match = $"t.station_id = m.station_id AND {string.Join(" AND ", keys.Select(k => $"t.{k} = s.{k}"))}";
        var differ = string.Join(" OR ", values.Select(v => $"t.{v} IS DISTINCT FROM s.{v}"));

        var listed = await ListAsync(connection, transaction, table, from, match, differ, keys, values, ct).ConfigureAwait(false);
        var corrected = await ExecuteAsync(connection, transaction,
            $"UPDATE {table} AS t SET {string.Join(", ", values.Select(v => $"{v} = s.{v}"))} FROM {from} WHERE {match} AND ({differ})", ct).ConfigureAwait(false);
        var columns = string.Join(", ", ["station_id", .. keys, .. values]);
        var inserted = await ExecuteAsync(connection, transaction,
            $"INSERT INTO {table} ({columns}) SELECT m.station_id, {string.Join(", ", keys.Concat(values).Select(c => "s." + c))} "
            + $"FROM {from} WHERE true ON CONFLICT (station_id, {string.Join(", ", keys)}) DO NOTHING", ct).ConfigureAwait(false);
        return (inserted, corrected, listed);
    }

    private static async Task<List<AirCorrection>> ListAsync(
        DbConnection connection, DbTransaction transaction, string table, string from, string match, string differ,
        string[] keys, string[] values, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"SELECT a.code, {string.Join(", ", keys.Select(k => "s." + k))}, {string.Join(", ", values.Select(v => "t." + v))}, "
            + $"{string.Join(", ", values.Select(v => "s." + v))} FROM {from} JOIN {table} t ON {match} JOIN air_stations a ON a.id = m.station_id "
            + $"WHERE {differ} ORDER BY a.code, {string.Join(", ", keys.Select(k => "s." + k))} LIMIT {Listed}";
        var list = new List<AirCorrection>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var date = reader.GetFieldValue<DateOnly>(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var time = keys.Length == 2 ? string.Create(CultureInfo.InvariantCulture, $"{date} {Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture):00}:00") : date;
            Dictionary<string, double?> Values(int first) => values.Select((v, i) => (v, i))
                .ToDictionary(p => p.v, p => reader.IsDBNull(first + p.i) ? (double?)null : reader.GetDouble(first + p.i));
            list.Add(new AirCorrection(reader.GetString(0), time, Values(1 + keys.Length), Values(1 + keys.Length + values.Length)));
        }

        return list;
    }

    private static async Task<long> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
