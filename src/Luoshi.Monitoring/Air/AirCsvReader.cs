using nietras.SeparatedValues;

namespace Luoshi.Monitoring.Air;

/// <summary>Streams an air monitoring CSV file row by row into a sink, collecting every error with its place.</summary>
/// <remarks>
/// Memory does not grow with the file: Sep reads it in blocks and rows are passed on as they come (the sink decides
/// what it keeps). Missing values (blank, NA) are allowed and counted; a row with any error is reported and not
/// passed on, and reading goes on so that the user sees every problem of the file at once. Large files are parsed
/// on a thread of their own while the sink runs on the calling thread (<see cref="ParsingThread"/>).
/// </remarks>
public static class AirCsvReader
{
    // Below this the threads cost more than they save.
    private const long ParallelFrom = 4 << 20;

    /// <summary>The layout the header of <paramref name="path"/> shows, or null when it shows none (reading reports why).</summary>
    public static AirLayout? LayoutOf(string path)
    {
        using var reader = Open(path);
        return AirColumns.Find(reader.Header.ColNames, out _)?.Layout;
    }

    /// <summary>Reads <paramref name="path"/> (which must exist) into <paramref name="sink"/>.</summary>
    public static AirReadResult Read(string path, IAirRowSink sink, AirReadOptions? options = null)
    {
        options ??= AirReadOptions.Default;
        var result = new AirReadResult(path);
        using var reader = Open(path);
        if (AirColumns.Find(reader.Header.ColNames, out var problem) is not { } columns)
        {
            result.Add(1, null, problem!.Value);
            return result;
        }

        var parser = new AirRowParser(columns, options, path, new StationNames(options.KnownStations));
        var consumer = new AirRowConsumer(columns.Layout, result, sink);
        var threads = options.Threads ?? (new FileInfo(path).Length >= ParallelFrom && Environment.ProcessorCount > 1 ? 2 : 1);
        if (threads > 1)
        {
            ParsingThread.Run(reader, parser, consumer);
        }
        else
        {
            foreach (var row in reader)
            {
                consumer.Take(parser.Parse(row));
            }
        }

        consumer.Finish();
        return result;
    }

    // Column counts are checked row by row so that a short row is reported with its line instead of ending the read.
    private static SepReader Open(string path) => Sep.New(',')
        .Reader(o => o with { DisableColCountCheck = true, Unescape = true, HasHeader = true })
        .FromFile(path);
}
