using System.Globalization;
using Luoshi.Indicators.Air;
using Luoshi.Monitoring.Air;

namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>
/// The hourly output of <c>luoshi aqi</c> (实时报): one record per row of the file with the IAQI of each pollutant, the
/// AQI (or "NA", HJ 633—2026 §5.3.1), its level and category, and the primary pollutants, by the HJ 633 version in
/// force on the hour's date.
/// </summary>
/// <remarks>
/// Each row is judged on its own values: SO2, NO2, CO and O3 on their 1-hour rows of Table 1, PM2.5 and PM10 (which
/// have no 1-hour row) on their 24-hour rows with the hour's own value. HJ 633-2012 Table 1 note (2): an SO2 1-hour
/// value above 800 µg/m³ gets no index; its index would come from the 24-hour mean, which one row does not have, so SO2
/// is left out of that hour's AQI and named in <c>not_indexed</c>. HJ 633—2026 note b counts it as 200.
/// </remarks>
internal static class HourlyAqiRecord
{
    /// <summary>The fields in output order (docs/air-monitoring-files.md).</summary>
    public static readonly string[] Fields =
    [
        "station", "time", "pm25", "pm10", "so2", "no2", "co", "o3",
        "pm25_iaqi", "pm10_iaqi", "so2_iaqi", "no2_iaqi", "co_iaqi", "o3_iaqi",
        "aqi", "level", "level_name", "category", "primary_pollutants", "above_table", "not_indexed", "standard",
    ];

    private const double So2OneHourNotIndexedAbove = 800;

    /// <summary>Fills the record of one hour and returns the standard it was judged by.</summary>
    public static AirStandard Fill(AqiRecord record, in AirHour hour, string station)
    {
        var standard = AirStandards.InForceOn(hour.Date);
        var so2NotIndexed = standard == AirStandard.Hj633Of2012 && hour.So2 > So2OneHourNotIndexedAbove;
        var concentrations = new HourlyConcentrations(
            so2NotIndexed ? null : Present(hour.So2), Present(hour.No2), Present(hour.Pm10),
            Present(hour.Co), Present(hour.O3), Present(hour.Pm25));
        var result = HasAny(concentrations) ? HourlyAqi.Of(standard, concentrations) : null;
        var shown = result is { NotAvailable: false } ? result : null;
        record.Clear()
            .Add(AqiField.Of("station", station))
            .Add(AqiField.Of("time", string.Create(CultureInfo.InvariantCulture, $"{hour.Date:yyyy-MM-dd} {hour.Hour:00}:00")));
        foreach (var pollutant in AqiNames.FileOrder)
        {
            record.Add(AqiField.Of(AqiNames.Column(pollutant), AqiNames.Shown(hour[pollutant])));
        }

        foreach (var pollutant in AqiNames.FileOrder)
        {
            var index = result?.SubIndices.Where(s => s.Pollutant == pollutant).Select(s => (int?)s.Value).FirstOrDefault();
            record.Add(AqiField.Of($"{AqiNames.Column(pollutant)}_iaqi", index));
        }

        record.Add(result is { NotAvailable: true } ? AqiField.Of("aqi", AqiPublication.NotAvailableText) : AqiField.Of("aqi", shown?.Aqi))
            .Add(AqiField.Of("level", shown is null ? null : (int)shown.Level))
            .Add(AqiField.Of("level_name", shown?.Category.LevelName))
            .Add(AqiField.Of("category", shown?.Category.Name))
            .Add(AqiField.Of("primary_pollutants", shown is null ? [] : InFileOrder(shown.Primary)))
            .Add(AqiField.Of("above_table", result?.SubIndices.Any(s => s.AboveTable) ?? false))
            .Add(AqiField.Of("not_indexed", so2NotIndexed ? ["so2"] : []))
            .Add(AqiField.Of("standard", AqiNames.Of(standard)));
        return standard;
    }

    private static string[] InFileOrder(IReadOnlyList<Pollutant> pollutants) =>
        [.. AqiNames.FileOrder.Where(pollutants.Contains).Select(AqiNames.Of)];

    private static double? Present(double value) => double.IsNaN(value) ? null : value;

    private static bool HasAny(in HourlyConcentrations c) =>
        c.So2 is not null || c.No2 is not null || c.Pm10 is not null || c.Co is not null || c.O3 is not null || c.Pm25 is not null;
}
