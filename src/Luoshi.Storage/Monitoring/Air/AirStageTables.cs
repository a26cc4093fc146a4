using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>The temporary tables of an air ingest: rows by the reader's station number, and the numbers' stations.
/// On PostgreSQL they vanish with the transaction; SQLite keeps temporary tables for the pooled connection, so they
/// are dropped before the commit (a rollback takes their creation back).</summary>
internal static class AirStageTables
{
    public const string Hours = "air_stage_hours";
    public const string Days = "air_stage_days";
    public const string Stations = "air_stage_stations";

    public static readonly string[] HourValues = ["so2", "no2", "pm10", "co", "o3", "pm25"];
    public static readonly string[] DayValues = ["so2", "no2", "pm10", "co", "o3_one_hour_max", "o3_eight_hour_max", "pm25"];

    public static async Task CreateAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var sqlite = connection is SqliteConnection;
        var (date, hour, real, end) = sqlite
            ? ("TEXT", "INTEGER", "REAL", "")
            : ("date", "smallint", "double precision", " ON COMMIT DROP");
        string Values(string[] names) => string.Join(", ", names.Select(n => $"{n} {real}"));
        await RunAsync(connection, transaction, ct,
            $"CREATE TEMP TABLE {Hours} (station integer NOT NULL, date {date} NOT NULL, hour {hour} NOT NULL, {Values(HourValues)}){end}",
            $"CREATE TEMP TABLE {Days} (station integer NOT NULL, date {date} NOT NULL, {Values(DayValues)}){end}",
            $"CREATE TEMP TABLE {Stations} (station integer PRIMARY KEY, station_id integer NOT NULL){end}").ConfigureAwait(false);
    }

    public static Task DropAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        connection is SqliteConnection
            ? RunAsync(connection, transaction, ct, $"DROP TABLE temp.{Hours}", $"DROP TABLE temp.{Days}", $"DROP TABLE temp.{Stations}")
            : Task.CompletedTask;

    public static async Task RunAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct, params string[] statements)
    {
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }
}
