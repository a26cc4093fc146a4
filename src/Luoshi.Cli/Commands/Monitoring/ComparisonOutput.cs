using System.Globalization;
using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Daily;
using Luoshi.Monitoring.Air;

namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>
/// <c>luoshi aqi --compare-standards</c>: the share of good days of every station and year of a file, and of all its
/// stations as one city (HJ 663-2013 city means), counted by the HJ 633 version in force on each day and all by
/// HJ 633-2012 and all by HJ 633—2026 side by side (<see cref="GoodDayComparison"/>).
/// </summary>
/// <remarks>Station-days are held until the end to form the city's days: about 0.25 KB each (45 MB for 50 stations over
/// ten years).</remarks>
internal sealed class ComparisonOutput : IAirRowSink, IStationDaySink
{
    /// <summary>The fields in output order (docs/air-monitoring-files.md).</summary>
    public static readonly string[] Fields =
    [
        "level", "scope", "year", "days", "valid", "invalid",
        "good_hj633_2012", "share_hj633_2012", "good_hj633_2026", "share_hj633_2026",
        "good_in_force", "share_in_force", "heavy_in_force", "rules_in_force", "evaluation",
    ];

    private readonly SortedDictionary<DateOnly, List<StationDay>> _byDate = [];
    private readonly Dictionary<string, SortedDictionary<DateOnly, StationDay>> _byStation = new(StringComparer.Ordinal);
    private IReadOnlyList<string> _stations = [];

    public void Begin(AirLayout layout, IReadOnlyList<string> stations) => _stations = stations;

    public bool Hour(in AirHour row) => throw new InvalidOperationException("Hourly rows are read as station-days.");

    public bool Day(in AirDay row)
    {
        Keep(_stations[row.Station], StationDay.FromDailyValues(row.Date, new DailyConcentrations(
            Present(row.So2), Present(row.No2), Present(row.Pm10), Present(row.Co),
            Present(row.O3OneHourMax), Present(row.O3EightHourMax), Present(row.Pm25))));
        return true;
    }

    public void Accept(in StationDayHours hours) =>
        Keep(hours.StationName, StationDay.FromHourly(hours.Date, HourlyDay.FromBlock(hours.All)));

    public void Reset()
    {
        _byDate.Clear();
        _byStation.Clear();
    }

    /// <summary>Writes one record per station and year (stations in name order), then one per year for the city.</summary>
    public void WriteTo(AqiOutput output, AqiRecord record)
    {
        foreach (var (station, days) in _byStation.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            foreach (var year in days.Values.GroupBy(d => d.Date.Year))
            {
                var comparison = new GoodDayComparison();
                foreach (var day in year)
                {
                    comparison.Add(day);
                }

                output.Write(Fill(record, "station", station, year.Key, comparison));
            }
        }

        foreach (var year in _byDate.GroupBy(d => d.Key.Year))
        {
            var comparison = new GoodDayComparison();
            foreach (var (date, stations) in year)
            {
                comparison.Add(CityDay.FromStations(date, stations.ToArray()));
            }

            output.Write(Fill(record, "city", "all", year.Key, comparison));
        }
    }

    private void Keep(string station, in StationDay day)
    {
        if (!_byStation.TryGetValue(station, out var days))
        {
            _byStation.Add(station, days = []);
        }

        days[day.Date] = day;
        if (!_byDate.TryGetValue(day.Date, out var ofDate))
        {
            _byDate.Add(day.Date, ofDate = []);
        }

        ofDate.Add(day);
    }

    private static AqiRecord Fill(AqiRecord record, string level, string scope, int year, GoodDayComparison comparison)
    {
        var inForce = comparison.InForce;
        record.Clear()
            .Add(AqiField.Of("level", level))
            .Add(AqiField.Of("scope", scope))
            .Add(AqiField.Of("year", year))
            .Add(AqiField.Of("days", inForce.Days))
            .Add(AqiField.Of("valid", inForce.Valid))
            .Add(AqiField.Of("invalid", inForce.Invalid));
        foreach (var (standard, suffix) in new[] { (AirStandard.Hj633Of2012, "hj633_2012"), (AirStandard.Hj633Of2026, "hj633_2026") })
        {
            var tally = comparison.Under(standard);
            record.Add(AqiField.Of($"good_{suffix}", tally.Good)).Add(AqiField.Of($"share_{suffix}", Percent(tally)));
        }

        return record.Add(AqiField.Of("good_in_force", inForce.Good))
            .Add(AqiField.Of("share_in_force", Percent(inForce)))
            .Add(AqiField.Of("heavy_in_force", inForce.HeavyPollution))
            .Add(AqiField.Of("rules_in_force", string.Join("; ", comparison.InForceSpans.Select(s =>
                string.Create(CultureInfo.InvariantCulture, $"{AirStandards.Name(s.Standard)} {s.From:yyyy-MM-dd} to {s.To:yyyy-MM-dd}")))))
            .Add(AqiField.Of("evaluation", AirStandards.EvaluationRules));
    }

    // Good ÷ valid in percent, two decimals; none before the first valid day.
    private static double? Percent(GoodDayTally tally) => tally.Share is { } share ? Math.Round(share * 100, 2) : null;

    private static double? Present(double value) => double.IsNaN(value) ? null : value;
}
