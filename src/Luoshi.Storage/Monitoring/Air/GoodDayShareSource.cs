using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Schema;
using Luoshi.Domain.Wording;
using Luoshi.Domain.Reading;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary><c>air.good-day-share:城区</c>: the share of good days (优良天数比例 = days with AQI ≤ 100 ÷ valid days) of a
/// station set (the city mean of its stations, HJ 663-2013) or one station, from 1 January to the end of each period
/// (to the day before the evaluation day for the current one, whose data is not complete).</summary>
internal sealed class GoodDayShareSource : IIndicatorSource
{
    public const string Name = "air.good-day-share";

    public IndicatorInfo Info { get; } = new(Name, "空气质量优良天数比例（优良率）", "share of good air-quality days", "%", ValueNature.Level,
        "a station set or a station code, e.g. 城区 (luoshi stations list)",
        Keywords: ["优良率", "优良天数", "空气质量"], DefaultScope: "城区");

    public async Task<string?> CheckScopeAsync(LedgerDbContext db, string scope, CancellationToken ct) =>
        (await AirScope.ResolveAsync(db, scope, ct).ConfigureAwait(false)).Problem;

    public async Task<IndicatorSeries> ReadAsync(LedgerDbContext db, string scope, ReportingCalendar calendar, DateOnly asOf, CancellationToken ct)
    {
        var (stations, problem) = await AirScope.ResolveAsync(db, scope, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return IndicatorSeries.Empty(Words.Same(problem));
        }

        var from = new DateOnly(calendar.Year, 1, 1);
        var to = Min(new DateOnly(calendar.Year, 12, 31), asOf.AddDays(-1));
        if (to < from)
        {
            return IndicatorSeries.Empty(new Words($"{calendar.Year}年尚无完整的一天", $"no day of {calendar.Year} has ended yet"));
        }

        var ids = stations.Select(s => s.Id).ToList();
        var days = await AirDayRead.ReadAsync(db, ids, from, to, ct).ConfigureAwait(false);
        var values = new List<Observation>();
        foreach (var period in calendar.Periods.Where(p => p.Start <= to))
        {
            var tally = AirTally.Count(days, from, Min(period.End, to)).Tally;
            if (tally.Valid > 0)
            {
                values.Add(new Observation(period.Number, decimal.Round(tally.Good * 100m / tally.Valid, 4), tally.Good, tally.Valid));
            }
        }

        var year = AirTally.Count(days, from, to);
        var rest = await RestOfLastYearAsync(db, ids, to, ct).ConfigureAwait(false);
        var (note, noteZh) = GoodDayNotes.Of(scope, stations.Count, year);
        return new IndicatorSeries(values, new Words(noteZh, note), goal => GoodDayNotes.ForGoal(goal, year, rest) is { } n ? new Words(n.NoteZh, n.Note) : null);
    }

    /// <summary>Last year's share of good days over the dates still to come this year: ozone summers and particle
    /// winters make the rest of a year unlike its start, so the projection takes the same dates a year earlier when
    /// there is data for them.</summary>
    internal static async Task<double?> RestOfLastYearAsync(LedgerDbContext db, List<int> ids, DateOnly to, CancellationToken ct)
    {
        var (from, end) = (to.AddDays(1).AddYears(-1), new DateOnly(to.Year - 1, 12, 31));
        if (from > end)
        {
            return null;
        }

        var tally = AirTally.Count(await AirDayRead.ReadAsync(db, ids, from, end, ct).ConfigureAwait(false), from, end).Tally;
        return tally.Share;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
