using System.Globalization;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Air;
using Luoshi.Monitoring.Air;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>The value rules an air row must keep before it is stored, beyond what the file's reader checks: every
/// concentration within its pollutant's physical bound (<see cref="PhysicalBounds"/>) and the day within the days data
/// can be recorded on. A row that breaks one is refused with its line and column, like a reader's error.</summary>
internal sealed class AirValueRules(DayWindow days)
{
    private static readonly Pollutant[] HourOrder = [Pollutant.So2, Pollutant.No2, Pollutant.Pm10, Pollutant.Co, Pollutant.O3, Pollutant.Pm25];
    private static readonly Pollutant[] DayOrder = [.. HourOrder[..5], Pollutant.O3, Pollutant.Pm25];

    private readonly List<(int Line, string? Column, Words Message)> _problems = [];
    private string[] _names = [];

    /// <summary>The problems found, in file order.</summary>
    public IReadOnlyList<(int Line, string? Column, Words Message)> Problems => _problems;

    /// <summary>Takes the value columns' names as the file's layout spells them.</summary>
    public void Begin(AirLayout layout) => _names = layout switch
    {
        AirLayout.Hourly => ["so2", "no2", "pm10", "co", "o3", "pm25"],
        AirLayout.Daily => ["so2", "no2", "pm10", "co", "o3_1h_max", "o3_8h_max", "pm25"],
        _ => ["SO2", "NO2", "PM10", "CO", "O3", "PM2.5"],
    };

    /// <summary>True when the hour keeps the rules.</summary>
    public bool Allows(in AirHour row) =>
        Day(row.Line, row.Date) & Values(row.Line, HourOrder, [row.So2, row.No2, row.Pm10, row.Co, row.O3, row.Pm25]);

    /// <summary>True when the day keeps the rules.</summary>
    public bool Allows(in AirDay row) =>
        Day(row.Line, row.Date)
        & Values(row.Line, DayOrder, [row.So2, row.No2, row.Pm10, row.Co, row.O3OneHourMax, row.O3EightHourMax, row.Pm25]);

    private bool Day(int line, DateOnly date)
    {
        if (days.Contains(date))
        {
            return true;
        }

        _problems.Add((line, "time", Catalogue.Values.OutsideWindow(days, date)));
        return false;
    }

    private bool Values(int line, Pollutant[] order, ReadOnlySpan<double> values)
    {
        var ok = true;
        for (var i = 0; i < values.Length; i++)
        {
            if (!PhysicalBounds.Allows(order[i], values[i]))
            {
                _problems.Add((line, _names.Length > i ? _names[i] : null, Catalogue.Values.Concentration(
                    order[i].ToString().ToUpperInvariant().Replace("PM25", "PM2.5", StringComparison.Ordinal),
                    PhysicalBounds.Max(order[i]), PhysicalBounds.Unit(order[i]), values[i].ToString("R", CultureInfo.InvariantCulture))));
                ok = false;
            }
        }

        return ok;
    }
}
