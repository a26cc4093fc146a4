using nietras.SeparatedValues;

namespace Luoshi.Monitoring.Air;

/// <summary>Streams an air monitoring CSV file row by row into a sink, collecting every error with its place.</summary>
/// <remarks>
/// Memory does not grow with the file: one row is held at a time (plus what the sink keeps). Missing values (blank,
/// NA) are allowed and counted; a row with any error is reported and not passed on, and reading goes on so that the
/// user sees every problem of the file at once.
/// </remarks>
public static class AirCsvReader
{
    /// <summary>Reads <paramref name="path"/> (which must exist) into <paramref name="sink"/>.</summary>
    public static AirReadResult Read(string path, IAirRowSink sink, AirReadOptions? options = null)
    {
        var result = new AirReadResult(path);
        using var reader = Sep.New(',')
            .Reader(o => o with { DisableColCountCheck = true, Unescape = true, HasHeader = true })
            .FromFile(path);
        if (AirColumns.Find(reader.Header.ColNames, out var problem) is not { } columns)
        {
            result.Add(1, null, problem!);
            return result;
        }

        var rows = new AirRowReader(columns, options ?? AirReadOptions.Default, result);
        sink.Begin(columns.Layout, rows.Stations);
        foreach (var row in reader)
        {
            rows.Read(row, sink);
        }

        rows.Finish();
        return result;
    }
}
