using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Daily;
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
        return Task.FromResult(new IndicatorSeries(values, Notes(air, comparison), goal => ForGoal(goal, count)));
    }

    private static Words Notes(AirYear air, GoodDayComparison comparison)
    {
        var (inForce, old, now) = (comparison.InForce, comparison.Under(AirStandard.Hj633Of2012), comparison.Under(AirStandard.Hj633Of2026));
        var en = string.Create(CultureInfo.InvariantCulture,
            $"{air.Scope} ({air.Stations.Count} station(s)), {air.From:yyyy-MM-dd} to {air.To:yyyy-MM-dd}: {inForce.HeavyPollution} heavy-pollution day(s) (AQI above 200) "
            + $"of {inForce.Valid} valid day(s) ({inForce.Invalid} invalid, not counted); all by HJ 633-2012: {old.HeavyPollution}, all by HJ 633-2026: {now.HeavyPollution}; "
            + $"{AirRules.Of(air.From, air.To)}");
        var zh = string.Create(CultureInfo.InvariantCulture,
            $"{air.Scope}（{air.Stations.Count}个站点）{air.From:yyyy-MM-dd}至{air.To:yyyy-MM-dd}：重污染天数（AQI大于200）{inForce.HeavyPollution}天，"
            + $"有效天数{inForce.Valid}天（无效{inForce.Invalid}天不计）；全部按HJ 633-2012计为{old.HeavyPollution}天，全部按HJ 633-2026计为{now.HeavyPollution}天；"
            + $"依据{AirRules.OfZh(air.From, air.To)}");
        return new Words(zh, en);
    }

    // A goal of at most N days: how many more the year can take.
    private static Words? ForGoal(TargetGoal goal, int count)
    {
        if (goal.Value is not { } n || n < 0 || goal.Comparator != Comparator.AtMost)
        {
            return null;
        }

        var left = (int)decimal.Floor(n) - count;
        return left >= 0
            ? new Words(string.Create(CultureInfo.InvariantCulture, $"距不超过{n:0.##}天目标：本年还可有{left}个重污染天"),
                string.Create(CultureInfo.InvariantCulture, $"for at most {n:0.##} day(s): {left} more heavy-pollution day(s) affordable this year"))
            : new Words(string.Create(CultureInfo.InvariantCulture, $"已超过不超过{n:0.##}天的目标{-left}天"),
                string.Create(CultureInfo.InvariantCulture, $"at most {n:0.##} day(s) is already exceeded by {-left}"));
    }
}
