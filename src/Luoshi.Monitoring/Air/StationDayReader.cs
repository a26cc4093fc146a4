using Luoshi.Domain.Wording;

namespace Luoshi.Monitoring.Air;

/// <summary>Reads an hourly air file into station-days: the fast path from a CSV file to daily values.</summary>
public static class StationDayReader
{
    /// <summary>
    /// Streams <paramref name="path"/> and passes every station-day to <paramref name="sink"/>; a file whose station
    /// rows go back in time is read a second time in holding mode (see <see cref="IStationDaySink.Reset"/>).
    /// </summary>
    /// <returns>What the reading found; station-days were passed on even when it holds errors, so check it.</returns>
    public static AirReadResult Read(string path, IStationDaySink sink, AirReadOptions? options = null)
    {
        try
        {
            return ReadOnce(path, sink, options, holding: false);
        }
        catch (UnsortedAirFileException)
        {
            sink.Reset();
            return ReadOnce(path, sink, options, holding: true);
        }
    }

    private static AirReadResult ReadOnce(string path, IStationDaySink sink, AirReadOptions? options, bool holding)
    {
        var assembler = new StationDayAssembler(sink, holding);
        var result = AirCsvReader.Read(path, assembler, options);
        if (result.Layout == AirLayout.Daily)
        {
            result.Add(1, null, Catalogue.Monitoring.NeedsHourly);
            return result;
        }

        assembler.Finish();
        return result;
    }
}
