using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Daily;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>The days of a set of stations from the stored rows: each station-day from its 24 hourly values (or from a
/// daily file's values, which win), then the set's day as the mean of its stations' valid values (HJ 663-2013, city
/// scale). A date with no row of any station is missing from the result: the caller counts it as a day without data.</summary>
internal static class AirDayRead
{
    public static async Task<SortedDictionary<DateOnly, CityDay>> ReadAsync(
        LedgerDbContext db, IReadOnlyCollection<int> stations, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var byDate = new Dictionary<(int Station, DateOnly Date), StationDay>();
        await ReadHoursAsync(db, stations, from, to, byDate, ct).ConfigureAwait(false);
        var days = db.AirDays.AsNoTracking().Where(d => stations.Contains(d.StationId) && d.Date >= from && d.Date <= to).AsAsyncEnumerable();
        await foreach (var d in days.WithCancellation(ct).ConfigureAwait(false))
        {
            byDate[(d.StationId, d.Date)] = FromDaily(d);
        }

        var result = new SortedDictionary<DateOnly, CityDay>();
        foreach (var group in byDate.GroupBy(p => p.Key.Date))
        {
            result[group.Key] = CityDay.FromStations(group.Key, group.Select(p => p.Value).ToArray());
        }

        return result;
    }

    private static async Task ReadHoursAsync(
        LedgerDbContext db, IReadOnlyCollection<int> stations, DateOnly from, DateOnly to,
        Dictionary<(int, DateOnly), StationDay> byDate, CancellationToken ct)
    {
        var block = new double[6 * ValidityRules.HoursPerDay];
        (int Station, DateOnly Date)? open = null;
        var rows = db.AirHours.AsNoTracking()
            .Where(h => stations.Contains(h.StationId) && h.Date >= from && h.Date <= to)
            .OrderBy(h => h.StationId).ThenBy(h => h.Date).ThenBy(h => h.Hour).AsAsyncEnumerable();
        await foreach (var h in rows.WithCancellation(ct).ConfigureAwait(false))
        {
            if (open != (h.StationId, h.Date))
            {
                Close(open, block, byDate);
                open = (h.StationId, h.Date);
                block.AsSpan().Fill(double.NaN);
            }

            // HJ 633-2012 Table 1 order, the layout HourlyDay.FromBlock takes.
            var at = h.Hour;
            block[at] = Stored(Pollutant.So2, h.So2);
            block[ValidityRules.HoursPerDay + at] = Stored(Pollutant.No2, h.No2);
            block[(2 * ValidityRules.HoursPerDay) + at] = Stored(Pollutant.Pm10, h.Pm10);
            block[(3 * ValidityRules.HoursPerDay) + at] = Stored(Pollutant.Co, h.Co);
            block[(4 * ValidityRules.HoursPerDay) + at] = Stored(Pollutant.O3, h.O3);
            block[(5 * ValidityRules.HoursPerDay) + at] = Stored(Pollutant.Pm25, h.Pm25);
        }

        Close(open, block, byDate);
    }

    private static void Close((int Station, DateOnly Date)? open, double[] block, Dictionary<(int, DateOnly), StationDay> byDate)
    {
        if (open is { } key)
        {
            byDate[key] = StationDay.FromHourly(key.Date, HourlyDay.FromBlock(block));
        }
    }

    /// <summary>A daily file's row as a station-day (<see cref="StationDay.FromDailyValues"/>: a value given counts, a
    /// blank one is missing); the set's day (<see cref="CityDay.FromStations"/>) then computes its AQI.</summary>
    private static StationDay FromDaily(AirDayRow d) => StationDay.FromDailyValues(d.Date, new DailyConcentrations(
        Given(Pollutant.So2, d.So2), Given(Pollutant.No2, d.No2), Given(Pollutant.Pm10, d.Pm10), Given(Pollutant.Co, d.Co),
        Given(Pollutant.O3, d.O3OneHourMax), Given(Pollutant.O3, d.O3EightHourMax), Given(Pollutant.Pm25, d.Pm25)));

    // A stored value beyond the physical bound (written before ingest refused them, or by hand) cannot be a
    // measurement: it counts as missing, so that the day, the tallies and every page still compute.
    private static double Stored(Pollutant pollutant, double? value) =>
        value is { } v && PhysicalBounds.Allows(pollutant, v) ? v : double.NaN;

    private static double? Given(Pollutant pollutant, double? value) => double.IsNaN(Stored(pollutant, value)) ? null : value;
}
