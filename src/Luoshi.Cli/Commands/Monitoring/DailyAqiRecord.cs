using System.Globalization;
using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Daily;
using Luoshi.Monitoring.Air;

namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>
/// The daily output of <c>luoshi aqi</c> (日报): one record per station-day with the daily values, their IAQIs, the AQI
/// (or "NA", HJ 633—2026 §5.3.1), level, category, primary pollutants, whether the day is valid and why not, and the HJ 633
/// version in force on the date that produced the figures.
/// </summary>
/// <remarks>
/// From an hourly file the daily values (rounded by GB/T 8170), their validity and the reasons are
/// <see cref="StationDay.FromHourly"/>'s and <see cref="DayInvalidities"/>' (GB 3095 Table 4, HJ 663-2013); a daily
/// file's values are taken as the network computed them (<see cref="StationDay.FromDailyValues"/>).
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
    private static readonly (string Label, DayInvalidity Bit)[] Labels =
    [
        ("PM2.5 24-hour mean", DayInvalidity.Pm25), ("PM10 24-hour mean", DayInvalidity.Pm10), ("SO2 24-hour mean", DayInvalidity.So2),
        ("NO2 24-hour mean", DayInvalidity.No2), ("CO 24-hour mean", DayInvalidity.Co), ("O3 daily maximum 8-hour mean", DayInvalidity.O3EightHour),
    ];

    /// <summary>Fills the record of a station-day computed from hourly values.</summary>
    public static void Fill(AqiRecord record, string station, in StationDay day) =>
        Fill(record, station, day, [.. DayInvalidities.Reasons(day.Invalidity)]);

    /// <summary>Fills the record of a row of a daily file and returns the day it stands for.</summary>
    public static StationDay Fill(AqiRecord record, string station, in AirDay row)
    {
        var day = StationDay.FromDailyValues(row.Date, new DailyConcentrations(
            Present(row.So2), Present(row.No2), Present(row.Pm10), Present(row.Co),
            Present(row.O3OneHourMax), Present(row.O3EightHourMax), Present(row.Pm25)));
        var invalidity = day.Invalidity;
        Fill(record, station, day, [.. Labels.Where(l => (invalidity & l.Bit) != 0).Select(l => $"{l.Label}: missing in the file")]);
        return day;
    }

    private static void Fill(AqiRecord record, string station, in StationDay day, string[] reasons)
    {
        record.Clear()
            .Add(AqiField.Of("station", station))
            .Add(AqiField.Of("date", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        DailyValue[] values = [day.Pm25, day.Pm10, day.So2, day.No2, day.Co, day.O3OneHourMax, day.O3EightHourMax];
        for (var i = 0; i < values.Length; i++)
        {
            record.Add(AqiField.Of(Fields[2 + i], AqiNames.Shown(values[i].Value)));
        }

        var index = day.Index;
        int?[] indices = [index.Pm25, index.Pm10, index.So2, index.No2, index.Co, index.O3OneHour, index.O3EightHour];
        for (var i = 0; i < indices.Length; i++)
        {
            record.Add(AqiField.Of(Fields[9 + i], indices[i]));
        }

        var category = index.Category;
        record.Add(index.NotAvailable ? AqiField.Of("aqi", AqiPublication.NotAvailableText) : AqiField.Of("aqi", index.Aqi))
            .Add(AqiField.Of("level", category is null ? null : (int)category.Level))
            .Add(AqiField.Of("level_name", category?.LevelName))
            .Add(AqiField.Of("category", category?.Name))
            .Add(AqiField.Of("primary_pollutants", AqiNames.Of(index.Primary)))
            .Add(AqiField.Of("above_table", index.AboveTable))
            .Add(AqiField.Of("not_indexed", NotIndexed(day)))
            .Add(AqiField.Of("valid", day.IsValid))
            .Add(AqiField.Of("invalid_reason", reasons.Length == 0 ? null : string.Join("; ", reasons)))
            .Add(AqiField.Of("standard", AqiNames.Of(day.Standard)));
    }

    // A valid value without an index: HJ 633-2012 Table 1 note (3), O3 8-hour above 800 µg/m³ (HJ 633—2026 indexes it 300).
    private static string[] NotIndexed(in StationDay day) =>
        day.O3EightHourMax.IsValid && day.Index.O3EightHour is null ? ["o3_8h_max"] : [];

    private static double? Present(double value) => double.IsNaN(value) ? null : value;
}
