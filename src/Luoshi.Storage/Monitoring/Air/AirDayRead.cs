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
            block[at] = h.So2 ?? double.NaN;
            block[ValidityRules.HoursPerDay + at] = h.No2 ?? double.NaN;
            block[(2 * ValidityRules.HoursPerDay) + at] = h.Pm10 ?? double.NaN;
            block[(3 * ValidityRules.HoursPerDay) + at] = h.Co ?? double.NaN;
            block[(4 * ValidityRules.HoursPerDay) + at] = h.O3 ?? double.NaN;
            block[(5 * ValidityRules.HoursPerDay) + at] = h.Pm25 ?? double.NaN;
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
    private static StationDay FromDaily(AirDayRow d) =>
        StationDay.FromDailyValues(d.Date, new DailyConcentrations(d.So2, d.No2, d.Pm10, d.Co, d.O3OneHourMax, d.O3EightHourMax, d.Pm25));
}
