using System.Data;
using Luoshi.Monitoring.Air;
using Microsoft.Data.Sqlite;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>Streams rows into the temporary tables with two prepared inserts, run synchronously: Microsoft.Data.Sqlite
/// does its work synchronously anyway, and wrapping 400,000 calls in tasks costs seconds.</summary>
internal sealed class SqliteAirStage : IAirStage
{
    private readonly SqliteCommand _hour;
    private readonly SqliteCommand _day;

    public SqliteAirStage(SqliteConnection connection, SqliteTransaction transaction)
    {
        _hour = Insert(connection, transaction, AirStageTables.Hours, ["station", "date", "hour", .. AirStageTables.HourValues]);
        _day = Insert(connection, transaction, AirStageTables.Days, ["station", "date", .. AirStageTables.DayValues]);
    }

    public void Hour(in AirHour row)
    {
        var p = _hour.Parameters;
        p[0].Value = row.Station;
        p[1].Value = row.Date;
        p[2].Value = row.Hour;
        Set(p[3], row.So2);
        Set(p[4], row.No2);
        Set(p[5], row.Pm10);
        Set(p[6], row.Co);
        Set(p[7], row.O3);
        Set(p[8], row.Pm25);
        _hour.ExecuteNonQuery();
    }

    public void Day(in AirDay row)
    {
        var p = _day.Parameters;
        p[0].Value = row.Station;
        p[1].Value = row.Date;
        Set(p[2], row.So2);
        Set(p[3], row.No2);
        Set(p[4], row.Pm10);
        Set(p[5], row.Co);
        Set(p[6], row.O3OneHourMax);
        Set(p[7], row.O3EightHourMax);
        Set(p[8], row.Pm25);
        _day.ExecuteNonQuery();
    }

    public Task CompleteAsync(CancellationToken ct) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _hour.DisposeAsync().ConfigureAwait(false);
        await _day.DisposeAsync().ConfigureAwait(false);
    }

    // NaN is the readers' missing value; the table's is NULL.
    private static void Set(SqliteParameter parameter, double value) => parameter.Value = double.IsNaN(value) ? DBNull.Value : value;

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO temp.{table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            var type = i == 1 ? SqliteType.Text : i == 0 || (i == 2 && table == AirStageTables.Hours) ? SqliteType.Integer : SqliteType.Real;
            command.Parameters.Add(new SqliteParameter($"$p{i}", type) { Value = DBNull.Value });
        }

        command.Prepare();
        return command;
    }
}
