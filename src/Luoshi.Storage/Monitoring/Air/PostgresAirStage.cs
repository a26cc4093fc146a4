using Luoshi.Monitoring.Air;
using Npgsql;
using NpgsqlTypes;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>Streams rows into the temporary tables by binary COPY, opened on the first row of the file's layout (one
/// COPY at a time on a connection, and a file has one layout).</summary>
internal sealed class PostgresAirStage(NpgsqlConnection connection) : IAirStage
{
    private NpgsqlBinaryImporter? _copy;

    public void Hour(in AirHour row)
    {
        var copy = _copy ??= Begin(AirStageTables.Hours, ["station", "date", "hour", .. AirStageTables.HourValues]);
        copy.StartRow();
        copy.Write(row.Station, NpgsqlDbType.Integer);
        copy.Write(row.Date, NpgsqlDbType.Date);
        copy.Write((short)row.Hour, NpgsqlDbType.Smallint);
        Write(copy, row.So2);
        Write(copy, row.No2);
        Write(copy, row.Pm10);
        Write(copy, row.Co);
        Write(copy, row.O3);
        Write(copy, row.Pm25);
    }

    public void Day(in AirDay row)
    {
        var copy = _copy ??= Begin(AirStageTables.Days, ["station", "date", .. AirStageTables.DayValues]);
        copy.StartRow();
        copy.Write(row.Station, NpgsqlDbType.Integer);
        copy.Write(row.Date, NpgsqlDbType.Date);
        Write(copy, row.So2);
        Write(copy, row.No2);
        Write(copy, row.Pm10);
        Write(copy, row.Co);
        Write(copy, row.O3OneHourMax);
        Write(copy, row.O3EightHourMax);
        Write(copy, row.Pm25);
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        if (_copy is { } copy)
        {
            _copy = null;
            await copy.CompleteAsync(ct).ConfigureAwait(false);
            await copy.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Disposing a COPY that was not completed cancels it; the transaction then rolls back.
        if (_copy is { } copy)
        {
            await copy.DisposeAsync().ConfigureAwait(false);
        }
    }

    private NpgsqlBinaryImporter Begin(string table, string[] columns) =>
        connection.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");

    private static void Write(NpgsqlBinaryImporter copy, double value)
    {
        if (double.IsNaN(value))
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Double);
        }
    }
}
