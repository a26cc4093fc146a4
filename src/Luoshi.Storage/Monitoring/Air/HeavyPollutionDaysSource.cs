using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Reading;
using Luoshi.Monitoring.Notes;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary><c>air.heavy-pollution-days:城区</c>: 重污染天数, the valid days of a station set (its city days) or station
/// with an AQI above 200, each day by the HJ 633 version in force on it. An amount that accumulates: each period's value
/// is the days of that period (to the last full day), so their sum is the year's count; the note gives the count under
/// each version alone.</summary>
internal sealed class HeavyPollutionDaysSource : AirIndicatorSource
{
    public const string Name = "air.heavy-pollution-days";

    public override IndicatorInfo Info { get; } = new(Name, "重污染天数（AQI大于200）", "heavy-pollution days (AQI above 200)", "天", ValueNature.Increments,
        ScopeHelp, Keywords: ["重污染天", "重污染天数", "重污染"], DefaultScope: "城区");

    protected override Task<IndicatorSeries> ComputeAsync(LedgerDbContext db, AirYear air, ReportingCalendar calendar, CancellationToken ct)
    {
        var values = new List<Observation>();
        foreach (var period in calendar.Periods.Where(p => p.Start <= air.To))
        {
            var end = AirYear.Min(period.End, air.To);
            values.Add(new Observation(period.Number, air.Days.Where(d => d.Key >= period.Start && d.Key <= end).Count(d => d.Value.IsHeavyPollution)));
        }

        var comparison = air.Comparison();
        var count = comparison.InForce.HeavyPollution;
        return Task.FromResult(new IndicatorSeries(values, HeavyPollutionNotes.Of(air.Span, comparison), goal => HeavyPollutionNotes.ForGoal(goal, count)));
    }
}
