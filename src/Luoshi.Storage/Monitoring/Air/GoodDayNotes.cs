using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>The sentences beside a bound share of good days: what was counted, by which rules, and what the goal still
/// allows (剩余可超标天数) with the projected year-end share.</summary>
internal static class GoodDayNotes
{
    public static (string Note, string NoteZh) Of(string scope, int stations, AirTally year)
    {
        var t = year.Tally;
        var (from, to) = (Day(year.From), Day(year.To));
        var en = string.Create(CultureInfo.InvariantCulture,
            $"{scope} ({stations} station(s)), {from} to {to}: {t.Valid} valid day(s) of {t.Days} ({t.Invalid} invalid, {year.NoData} of them without data), "
            + $"{t.Good} good, {t.Polluted} polluted; {AirRules.Of(year.From, year.To)}");
        var zh = string.Create(CultureInfo.InvariantCulture,
            $"{scope}（{stations}个站点）{from}至{to}：有效天数{t.Valid}天（共{t.Days}天，无效{t.Invalid}天，其中无数据{year.NoData}天），"
            + $"优良{t.Good}天，超标{t.Polluted}天；依据{AirRules.OfZh(year.From, year.To)}");
        return (en, zh);
    }

    /// <summary>What a goal of "at least g%" still allows; null for a goal of another kind.</summary>
    public static (string Note, string NoteZh)? ForGoal(TargetGoal goal, AirTally year, double? restShare)
    {
        if (goal.Value is not { } g || g <= 0 || g > 100 || goal.Comparator != Comparator.AtLeast)
        {
            return null;
        }

        var outlook = GoodDayOutlook.For(g / 100m, year.Tally, GoodDayOutlook.DaysLeftInYear(year.To), restShare);
        var projected = outlook.ProjectedShare is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p * 100:0.0}%") : null;
        var basis = restShare is null ? "the share so far" : "last year's same dates";
        var basisZh = restShare is null ? "按目前比例" : "按上年同期";
        if (!outlook.Reachable)
        {
            return (string.Create(CultureInfo.InvariantCulture, $"{g:0.##}% can no longer be reached this year even if every day left is good")
                    + (projected is null ? "" : $"; projected year-end share {projected} ({basis})"),
                string.Create(CultureInfo.InvariantCulture, $"即使余下每天均为优良，本年也无法达到{g:0.##}%")
                    + (projected is null ? "" : $"；预计年末优良率{projected}（{basisZh}）"));
        }

        return (string.Create(CultureInfo.InvariantCulture,
                $"for {g:0.##}%: {outlook.AffordablePollutedDays} more polluted day(s) affordable this year (剩余可超标天数)")
                + (projected is null ? "" : $"; projected year-end share {projected} ({basis})"),
            string.Create(CultureInfo.InvariantCulture, $"距{g:0.##}%目标：本年剩余可超标天数{outlook.AffordablePollutedDays}天")
                + (projected is null ? "" : $"；预计年末优良率{projected}（{basisZh}）"));
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
