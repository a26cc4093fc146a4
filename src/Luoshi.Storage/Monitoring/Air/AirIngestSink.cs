using Luoshi.Monitoring.Air;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>Takes the good rows of an air file as the reader streams them: holds back a row that breaks a value rule
/// (<see cref="AirValueRules"/>, which keeps its problem), refuses a second row for a station-hour (or station-day) of
/// the same file, notes the time range, and passes each row to the stage.</summary>
/// <remarks>Seen hours are one 24-bit mask per station-day, so a year of 50 stations holds 18,000 small entries.</remarks>
internal sealed class AirIngestSink(IAirStage stage, AirValueRules rules) : IAirRowSink
{
    private readonly Dictionary<(int Station, int Day), int> _seen = [];
    private long _first = long.MaxValue;
    private long _last = long.MinValue;

    /// <summary>Rows passed on.</summary>
    public long Rows { get; private set; }

    /// <summary>The earliest hour (or day at 0:00), null before the first row.</summary>
    public DateTime? First => Rows == 0 ? null : At(_first);

    /// <summary>The latest hour (or day at 0:00).</summary>
    public DateTime? Last => Rows == 0 ? null : At(_last);

    public void Begin(AirLayout layout, IReadOnlyList<string> stations) => rules.Begin(layout);

    public bool Hour(in AirHour row)
    {
        if (!rules.Allows(row))
        {
            return true;
        }

        if (!See(row.Station, row.Date, row.Hour))
        {
            return false;
        }

        stage.Hour(row);
        return true;
    }

    public bool Day(in AirDay row)
    {
        if (!rules.Allows(row))
        {
            return true;
        }

        if (!See(row.Station, row.Date, 0))
        {
            return false;
        }

        stage.Day(row);
        return true;
    }

    private bool See(int station, DateOnly date, int hour)
    {
        var key = (station, date.DayNumber);
        var mask = _seen.GetValueOrDefault(key);
        var bit = 1 << hour;
        if ((mask & bit) != 0)
        {
            return false;
        }

        _seen[key] = mask | bit;
        var at = ((long)date.DayNumber * 24) + hour;
        (_first, _last) = (Math.Min(_first, at), Math.Max(_last, at));
        Rows++;
        return true;
    }

    private static DateTime At(long hours) => DateOnly.FromDayNumber((int)(hours / 24)).ToDateTime(new TimeOnly((int)(hours % 24), 0));
}
