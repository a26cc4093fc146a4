using Luoshi.Monitoring.Air;

namespace Luoshi.Monitoring.Tests.Air;

/// <summary>Temporary air files for the reader's tests, and a sink that keeps what it is given.</summary>
internal sealed class AirFiles : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("luoshi-air-").FullName;

    public static string RealExtract => Path.Combine(AppContext.BaseDirectory, "Fixtures", "air", "beijing-multisite-extract.csv");

    public string Write(string text, string name = "air.csv")
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

/// <summary>Keeps every row the reader passes on, refusing a repeated station and hour as the assembler does.</summary>
internal sealed class KeptRows : IAirRowSink
{
    public List<AirHour> Hours { get; } = [];

    public List<AirDay> Days { get; } = [];

    public IReadOnlyList<string> Stations { get; private set; } = [];

    public void Begin(AirLayout layout, IReadOnlyList<string> stations) => Stations = stations;

    public bool Hour(in AirHour row)
    {
        var hour = row;
        if (Hours.Exists(h => h.Station == hour.Station && h.Date == hour.Date && h.Hour == hour.Hour))
        {
            return false;
        }

        Hours.Add(row);
        return true;
    }

    public bool Day(in AirDay row)
    {
        Days.Add(row);
        return true;
    }
}

/// <summary>Keeps a copy of every station-day, and counts resets.</summary>
internal sealed class KeptDays : IStationDaySink
{
    public List<(string Station, DateOnly Date, double[] Values)> Days { get; } = [];

    public int Resets { get; private set; }

    public void Accept(in StationDayHours day) => Days.Add((day.StationName, day.Date, day.All.ToArray()));

    public void Reset()
    {
        Resets++;
        Days.Clear();
    }
}
