using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Reading;
using Luoshi.Monitoring.Air;
using Luoshi.Monitoring.Notes;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary><c>air.good-day-share:城区</c>: the share of good days (优良天数比例 = days with AQI ≤ 100 ÷ valid days) of a
/// station set (the city mean of its stations, HJ 663-2013) or one station, from 1 January to the end of each period
/// (to the day before the evaluation day for the current one, whose data is not complete), each day by the HJ 633
/// version in force on its date.</summary>
internal sealed class GoodDayShareSource : AirIndicatorSource
{
    public const string Name = "air.good-day-share";

    public override IndicatorInfo Info { get; } = new(Name, "空气质量优良天数比例（优良率）", "share of good air-quality days", "%", ValueNature.Level,
        ScopeHelp, Keywords: ["优良率", "优良天数", "空气质量"], DefaultScope: "城区");

    protected override async Task<IndicatorSeries> ComputeAsync(LedgerDbContext db, AirYear air, ReportingCalendar calendar, CancellationToken ct)
    {
        var values = new List<Observation>();
        foreach (var (period, end) in air.PeriodEnds(calendar))
        {
            var tally = AirTally.Count(air.Days, air.From, end).Tally;
            if (tally.Valid > 0)
            {
                values.Add(new Observation(period, decimal.Round(tally.Good * 100m / tally.Valid, 4), tally.Good, tally.Valid));
            }
        }

        var year = AirTally.Count(air.Days, air.From, air.To);
        var rest = await RestOfLastYearAsync(db, air.StationIds, air.To, ct).ConfigureAwait(false);
        return new IndicatorSeries(values, GoodDayNotes.Of(air.Span, year), goal => GoodDayNotes.ForGoal(goal, year, rest));
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
}
