using System.Globalization;
using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Daily;
using Luoshi.Monitoring.Air;

namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>
/// The daily output of <c>luoshi aqi</c> (日报, HJ 633-2012 clause 5.1): one record per station-day with the daily
/// values, their IAQIs, the AQI, level, category, primary pollutants, whether the day is valid and why not.
/// </summary>
/// <remarks>
/// From an hourly file the daily values (rounded by GB/T 8170), their validity and the reasons are
/// <see cref="StationDay.FromHourly"/>'s and <see cref="DayInvalidities"/>' (GB 3095-2012 Table 4, HJ 663-2013); a
/// daily file's values are taken as the network computed them, and a day is valid when the six daily evaluation
/// items (the five 24-hour means and the O3 8-hour maximum) are all there.
/// </remarks>
internal static class DailyAqiRecord
{
    /// <summary>The fields in output order (docs/air-monitoring-files.md).</summary>
    public static readonly string[] Fields =
    [
        "station", "date", "pm25", "pm10", "so2", "no2", "co", "o3_1h_max", "o3_8h_max",
        "pm25_iaqi", "pm10_iaqi", "so2_iaqi", "no2_iaqi", "co_iaqi", "o3_1h_iaqi", "o3_8h_iaqi",
        "aqi", "level", "level_name", "category", "primary_pollutants", "above_table", "not_indexed",
        "valid", "invalid_reason", "standard",
    ];

    // The daily values of a daily file by their output field, named as DayInvalidities names them.
    private static readonly string[] Labels =
    [
        "PM2.5 24-hour mean", "PM10 24-hour mean", "SO2 24-hour mean", "NO2 24-hour mean", "CO 24-hour mean",
        "O3 daily maximum 1-hour mean", "O3 daily maximum 8-hour mean",
    ];

    /// <summary>Fills the record of a station-day computed from hourly values.</summary>
    public static void Fill(AqiRecord record, string station, in StationDay day)
    {
        var values = new DailyValue[] { day.Pm25, day.Pm10, day.So2, day.No2, day.Co, day.O3OneHourMax, day.O3EightHourMax };
        var reasons = DayInvalidities.Reasons(day.Invalidity).ToArray();
        Fill(record, station, day.Date, [.. values.Select(v => v.Value)], [.. values.Select(v => v.IsValid)], day.Index, day.Standard, day.IsValid, reasons);
    }

    /// <summary>Fills the record of a row of a daily file; says whether the day is valid and whether it was evaluated.</summary>
    public static (bool Valid, bool Evaluated) Fill(AqiRecord record, string station, in AirDay row)
    {
        double[] values = [row.Pm25, row.Pm10, row.So2, row.No2, row.Co, row.O3OneHourMax, row.O3EightHourMax];
        var present = values.Select(v => !double.IsNaN(v)).ToArray();
        var evaluated = AirStandards.TryInForceOn(row.Date, out var standard);
        var index = evaluated
            ? DailyIndex.Of(new DailyConcentrations(Present(row.So2), Present(row.No2), Present(row.Pm10), Present(row.Co),
                Present(row.O3OneHourMax), Present(row.O3EightHourMax), Present(row.Pm25)))
            : default;
        string[] reasons = !evaluated ? [DayInvalidities.StandardNotAvailable]
            : [.. Labels.Where((_, i) => !present[i] && i != 5).Select(label => $"{label}: missing in the file")];
        Fill(record, station, row.Date, values, present, index, evaluated ? standard : null, evaluated && reasons.Length == 0, reasons);
        return (evaluated && reasons.Length == 0, evaluated);
    }

    private static void Fill(
        AqiRecord record, string station, DateOnly date, double[] values, bool[] valid, in DailyIndex index,
        AirStandard? standard, bool dayValid, string[] reasons)
    {
        record.Clear()
            .Add(AqiField.Of("station", station))
            .Add(AqiField.Of("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        for (var i = 0; i < values.Length; i++)
        {
            record.Add(AqiField.Of(Fields[2 + i], AqiNames.Shown(values[i])));
        }

        int?[] indices = [index.Pm25, index.Pm10, index.So2, index.No2, index.Co, index.O3OneHour, index.O3EightHour];
        for (var i = 0; i < indices.Length; i++)
        {
            record.Add(AqiField.Of(Fields[9 + i], indices[i]));
        }

        var category = index.Category;
        record.Add(AqiField.Of("aqi", index.Aqi))
            .Add(AqiField.Of("level", category is null ? null : (int)category.Level))
            .Add(AqiField.Of("level_name", category?.LevelName))
            .Add(AqiField.Of("category", category?.Name))
            .Add(AqiField.Of("primary_pollutants", AqiNames.Of(index.Primary)))
            .Add(AqiField.Of("above_table", index.AboveTable))
            .Add(AqiField.Of("not_indexed", standard is null ? [] : NotIndexed(values, valid, indices)))
            .Add(AqiField.Of("valid", dayValid))
            .Add(AqiField.Of("invalid_reason", reasons.Length == 0 ? null : string.Join("; ", reasons)))
            .Add(AqiField.Of("standard", AqiNames.Of(standard)));
    }

    // A valid value without an index: Table 1 note (3), O3 8-hour above 800 µg/m³.
    private static string[] NotIndexed(double[] values, bool[] valid, int?[] indices) =>
        [.. Enumerable.Range(0, values.Length).Where(i => valid[i] && !double.IsNaN(values[i]) && indices[i] is null).Select(i => Fields[2 + i])];

    private static double? Present(double value) => double.IsNaN(value) ? null : value;
}
