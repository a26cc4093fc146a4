using Luoshi.Domain.Wording;

namespace Luoshi.Monitoring.Air;

/// <summary>Where the columns of a layout are in one file's header, found by name.</summary>
/// <param name="Layout">The layout the header shows.</param>
/// <param name="Count">How many columns the header has; every row must have as many.</param>
/// <param name="Station">The station column.</param>
/// <param name="Time">The time column of the canonical layouts, or the year, month, day and hour columns of Beijing Multi-Site.</param>
/// <param name="Values">The value columns in <see cref="ValueOrder"/> order for the layout.</param>
/// <param name="Names">Every column's name as the header spells it, for messages.</param>
internal sealed record AirColumns(AirLayout Layout, int Count, int Station, int[] Time, int[] Values, IReadOnlyList<string> Names)
{
    /// <summary>The canonical hourly header.</summary>
    public static readonly string[] HourlyHeader = ["station", "time", "pm25", "pm10", "so2", "no2", "co", "o3"];

    /// <summary>The canonical daily header.</summary>
    public static readonly string[] DailyHeader = ["station", "time", "pm25", "pm10", "so2", "no2", "co", "o3_1h_max", "o3_8h_max"];

    /// <summary>Value columns by layout, in the order of <see cref="AirHour"/> (SO2, NO2, PM10, CO, O3, PM2.5) and <see cref="AirDay"/>.</summary>
    public static IReadOnlyList<string> ValueOrder(AirLayout layout) => layout switch
    {
        AirLayout.Hourly => ["so2", "no2", "pm10", "co", "o3", "pm25"],
        AirLayout.Daily => ["so2", "no2", "pm10", "co", "o3_1h_max", "o3_8h_max", "pm25"],
        _ => ["SO2", "NO2", "PM10", "CO", "O3", "PM2.5"],
    };

    /// <summary>The columns of <paramref name="names"/>, or the message saying what the header lacks.</summary>
    public static AirColumns? Find(IReadOnlyList<string> names, out Words? problem)
    {
        var layout = LayoutOf(names);
        string[] time = layout == AirLayout.BeijingMultiSite ? ["year", "month", "day", "hour"] : ["time"];
        var wanted = time.Append("station").Concat(ValueOrder(layout)).ToArray();
        var missing = wanted.Where(w => IndexOf(names, w) < 0).ToArray();
        if (missing.Length > 0)
        {
            problem = Catalogue.Monitoring.AirHeader(HourlyHeader, DailyHeader, missing);
            return null;
        }

        problem = null;
        return new AirColumns(
            layout,
            names.Count,
            IndexOf(names, "station"),
            [.. time.Select(t => IndexOf(names, t))],
            [.. ValueOrder(layout).Select(v => IndexOf(names, v))],
            names);
    }

    private static AirLayout LayoutOf(IReadOnlyList<string> names)
    {
        if (IndexOf(names, "year") >= 0 && IndexOf(names, "hour") >= 0 && IndexOf(names, "time") < 0)
        {
            return AirLayout.BeijingMultiSite;
        }

        return IndexOf(names, "o3_8h_max") >= 0 || IndexOf(names, "o3_1h_max") >= 0 ? AirLayout.Daily : AirLayout.Hourly;
    }

    // Case and surrounding spaces do not matter in a header typed by hand or exported by another program.
    private static int IndexOf(IReadOnlyList<string> names, string wanted)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Trim().Equals(wanted, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
