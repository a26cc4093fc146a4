using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Air.Daily;
using Luoshi.Monitoring.Air;

namespace Luoshi.Monitoring.Notes;

/// <summary>The sentences beside a bound share of good days: what was counted, by which rules, and what the goal still
/// allows (剩余可超标天数) with the projected year-end share.</summary>
public static class GoodDayNotes
{
    /// <summary>The days counted, good and polluted, and the rules they were judged by.</summary>
    public static Words Of(NoteSpan air, AirTally year)
    {
        var t = year.Tally;
        var rules = AirRuleWords.Of(year.From, year.To);
        return new Words(
            string.Create(CultureInfo.InvariantCulture,
                $"{air.Scope}（{air.Stations}个站点）{year.From:yyyy-MM-dd}至{year.To:yyyy-MM-dd}：有效天数{t.Valid}天（共{t.Days}天，无效{t.Invalid}天，其中无数据{year.NoData}天），"
                + $"优良{t.Good}天，超标{t.Polluted}天；依据{rules.Zh}"),
            string.Create(CultureInfo.InvariantCulture,
                $"{air.Scope} ({air.Stations} station(s)), {year.From:yyyy-MM-dd} to {year.To:yyyy-MM-dd}: {t.Valid} valid day(s) of {t.Days} ({t.Invalid} invalid, {year.NoData} of them without data), "
                + $"{t.Good} good, {t.Polluted} polluted; {rules.En}"));
    }

    /// <summary>What a goal of "at least g%" still allows; null for a goal of another kind.</summary>
    public static Words? ForGoal(TargetGoal goal, AirTally year, double? restShare)
    {
        if (goal.Value is not { } g || g <= 0 || g > 100 || goal.Comparator != Comparator.AtLeast)
        {
            return null;
        }

        var outlook = GoodDayOutlook.For(g / 100m, year.Tally, GoodDayOutlook.DaysLeftInYear(year.To), restShare);
        var projected = outlook.ProjectedShare is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p * 100:0.0}%") : null;
        var basis = restShare is null ? new Words("按目前比例", "the share so far") : new Words("按上年同期", "last year's same dates");
        var projection = projected is null ? new Words("", "") : new Words($"；预计年末优良率{projected}（{basis.Zh}）", $"; projected year-end share {projected} ({basis.En})");
        if (!outlook.Reachable)
        {
            return new Words(
                string.Create(CultureInfo.InvariantCulture, $"即使余下每天均为优良，本年也无法达到{g:0.##}%") + projection.Zh,
                string.Create(CultureInfo.InvariantCulture, $"{g:0.##}% can no longer be reached this year even if every day left is good") + projection.En);
        }

        return new Words(
            string.Create(CultureInfo.InvariantCulture, $"距{g:0.##}%目标：本年剩余可超标天数{outlook.AffordablePollutedDays}天") + projection.Zh,
            string.Create(CultureInfo.InvariantCulture, $"for {g:0.##}%: {outlook.AffordablePollutedDays} more polluted day(s) affordable this year (剩余可超标天数)") + projection.En);
    }
}
