using Luoshi.Domain.Periods;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Air.Daily;
using Luoshi.Indicators.Water;
using Luoshi.Monitoring.Air;
using Luoshi.Storage.Monitoring.Air;
using Luoshi.Storage.Monitoring.Water;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Monitoring.Views;

/// <summary>Reads the AQI calendar and the section table from the stored data, by the same rules and the same day
/// range as the indicator sources, so a page and a bound target never disagree.</summary>
internal static class MonitoringViews
{
    public static async Task<StoreResult<AirCalendar>> AirAsync(LedgerDbContext db, string scope, int year, DateOnly asOf, CancellationToken ct)
    {
        var (stations, problem) = await AirScope.ResolveAsync(db, scope, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return StoreResults.Fail<AirCalendar>(problem.Value, Place.OfField("scope"));
        }

        var (from, to) = MeasuredDays.Of(year, asOf);
        var ids = stations.Select(s => s.Id).ToList();
        var days = to < from ? [] : await AirDayRead.ReadAsync(db, ids, from, to, ct).ConfigureAwait(false);
        var list = new List<AirCalendarDay>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            list.Add(days.TryGetValue(date, out var d)
                ? new AirCalendarDay(date, d.Status, d.Invalidity, false, d.Index.Aqi, d.Index.Primary, d.Stations)
                : new AirCalendarDay(date, DayStatus.Invalid, DayInvalidity.None, true, null, PollutantSet.None, 0));
        }

        var tally = AirTally.Count(days, from, to);
        var rest = to < from ? null : await GoodDayShareSource.RestOfLastYearAsync(db, ids, to, ct).ConfigureAwait(false);
        var t = tally.Tally;
        return StoreResults.Ok(new AirCalendar(scope, stations, year, to, list,
            new AirShareSummary(t.Days, t.Valid, t.Good, t.Invalid, tally.NoData, rest)));
    }

    public static async Task<StoreResult<SectionTable>> WaterAsync(LedgerDbContext db, string scope, int year, DateOnly asOf, CancellationToken ct)
    {
        var (sections, problem) = await WaterScope.ResolveAsync(db, scope, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return StoreResults.Fail<SectionTable>(problem.Value, Place.OfField("scope"));
        }

        var (from, to) = MeasuredDays.Of(year, asOf);
        var samples = to < from ? [] : await WaterSampleRead.ReadAsync(db, sections, from, to, ct).ConfigureAwait(false);
        var rate = ComplianceRate.Of([.. sections.Select(s => s.ToRule())], samples, from, to < from ? from : to);
        var rows = new List<SectionYear>();
        foreach (var site in sections)
        {
            var own = samples.Where(s => s.Section == site.Code).ToList();
            var months = Enumerable.Range(1, 12).Select(m =>
            {
                var start = new DateOnly(year, m, 1);
                return start > to ? null : SectionPeriod.Evaluate(site.ToRule(), [.. own.Where(s => s.Date.Month == m)]);
            }).ToList();
            rows.Add(new SectionYear(site, months, rate.Sections.Single(s => s.Section.Id == site.Code)));
        }

        return StoreResults.Ok(new SectionTable(scope, year, to, rows, rate));
    }

}
