using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Monitoring.Notes;

/// <summary>The sentences beside a bound count of heavy-pollution days: the count under the rules in force and under
/// each HJ 633 version alone, and for a goal "at most N days" how many the year can still take.</summary>
public static class HeavyPollutionNotes
{
    /// <summary>The heavy-pollution days under the rules in force and under each version alone.</summary>
    public static Words Of(NoteSpan air, GoodDayComparison comparison)
    {
        var (inForce, old, now) = (comparison.InForce, comparison.Under(AirStandard.Hj633Of2012), comparison.Under(AirStandard.Hj633Of2026));
        var rules = AirRuleWords.Of(air.From, air.To);
        var en = string.Create(CultureInfo.InvariantCulture,
            $"{air.Scope} ({air.Stations} station(s)), {air.From:yyyy-MM-dd} to {air.To:yyyy-MM-dd}: {inForce.HeavyPollution} heavy-pollution day(s) (AQI above 200) "
            + $"of {inForce.Valid} valid day(s) ({inForce.Invalid} invalid, not counted); all by HJ 633-2012: {old.HeavyPollution}, all by HJ 633-2026: {now.HeavyPollution}; "
            + $"{rules.En}");
        var zh = string.Create(CultureInfo.InvariantCulture,
            $"{air.Scope}（{air.Stations}个站点）{air.From:yyyy-MM-dd}至{air.To:yyyy-MM-dd}：重污染天数（AQI大于200）{inForce.HeavyPollution}天，"
            + $"有效天数{inForce.Valid}天（无效{inForce.Invalid}天不计）；全部按HJ 633-2012计为{old.HeavyPollution}天，全部按HJ 633-2026计为{now.HeavyPollution}天；"
            + $"依据{rules.Zh}");
        return new Words(zh, en);
    }

    /// <summary>A goal of at most N days: how many more the year can take; null for a goal of another kind.</summary>
    public static Words? ForGoal(TargetGoal goal, int count)
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
