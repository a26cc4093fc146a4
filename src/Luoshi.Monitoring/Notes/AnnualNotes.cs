using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Air.Annual;

namespace Luoshi.Monitoring.Notes;

/// <summary>The sentences beside a bound annual statistic: its value so far, the limit of the phase in force and the
/// area class, the data completeness of GB 3095—2026 Table 4, and for a goal "at most g" what the rest of the year
/// may still have.</summary>
public static class AnnualNotes
{
    /// <summary>The statistic so far, the limit in force for the area class, and the data completeness.</summary>
    public static Words Of(NoteSpan air, AnnualFigure figure)
    {
        var unit = AnnualStatistics.Unit(figure.Statistic);
        var value = figure.Value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0.##} {unit}") : "no value";
        var valueZh = figure.Value is { } z ? string.Create(CultureInfo.InvariantCulture, $"{z:0.##}{unit}") : "无数据";
        var within = figure.WithinLimit switch { true => "within", false => "above", null => "not judged" };
        var withinZh = figure.WithinLimit switch { true => "达标", false => "超标", null => "未评价" };
        var c = figure.Completeness;
        var en = string.Create(CultureInfo.InvariantCulture,
            $"{air.Scope} ({air.Stations} station(s)), {air.From:yyyy-MM-dd} to {air.To:yyyy-MM-dd}: {AnnualStatistics.Name(figure.Statistic)} so far {value} "
            + $"from {c.Values} daily value(s); {Gb3095Phases.Name(figure.Phase)}, class {(int)figure.AreaClass}: {figure.Limit:0.##} ({within}); "
            + $"{Completeness(c)}; statistics {AirRuleWords.Evaluation(air.To).En}");
        var zh = string.Create(CultureInfo.InvariantCulture,
            $"{air.Scope}（{air.Stations}个站点）{air.From:yyyy-MM-dd}至{air.To:yyyy-MM-dd}：{AnnualStatistics.NameZh(figure.Statistic)}（截至目前）{valueZh}，"
            + $"基于{c.Values}个日均值；{Gb3095Phases.NameZh(figure.Phase)}{ClassZh(figure.AreaClass)}{figure.Limit:0.##}，{withinZh}；"
            + $"{CompletenessZh(c)}；统计依据{AirRuleWords.Evaluation(air.To).Zh}");
        return new Words(zh, en);
    }

    /// <summary>What a goal "at most g" still allows: the rest-of-year mean (a mean) or the days above g (a percentile).</summary>
    public static Words? ForGoal(TargetGoal goal, AnnualFigure figure, IReadOnlyList<DailyPoint> soFar, double? restMean)
    {
        if (goal.Value is not { } g || g <= 0 || goal.Comparator != Comparator.AtMost)
        {
            return null;
        }

        var daysLeft = figure.Completeness.DaysLeft;
        if (AnnualStatistics.PercentileOf(figure.Statistic) is { } percent)
        {
            var days = AnnualOutlook.AffordableDaysAbove(g, percent, soFar, daysLeft);
            return days >= 0
                ? new Words(string.Create(CultureInfo.InvariantCulture, $"距{g:0.##}目标：本年还可有{days}天超过{g:0.##}"),
                    string.Create(CultureInfo.InvariantCulture, $"for at most {g:0.##}: {days} more day(s) above {g:0.##} affordable this year"))
                : new Words(string.Create(CultureInfo.InvariantCulture, $"本年已难以确保不高于{g:0.##}"),
                    string.Create(CultureInfo.InvariantCulture, $"at most {g:0.##} can no longer be held for sure this year"));
        }

        if (AnnualOutlook.AffordableMeanOfRest(g, soFar, daysLeft) is not { } mean)
        {
            return null;
        }

        var projected = AnnualOutlook.ProjectedMean(soFar, daysLeft, restMean) is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"; projected year-end mean {p:0} ({(restMean is null ? "the mean so far" : "last year's same dates")})")
            : "";
        var projectedZh = AnnualOutlook.ProjectedMean(soFar, daysLeft, restMean) is { } q
            ? string.Create(CultureInfo.InvariantCulture, $"；预计年均{q:0}（{(restMean is null ? "按目前均值" : "按上年同期")}）")
            : "";
        return mean >= 0
            ? new Words(string.Create(CultureInfo.InvariantCulture, $"距{g:0.##}目标：余下{daysLeft}天均值不得高于{mean}") + projectedZh,
                string.Create(CultureInfo.InvariantCulture, $"for at most {g:0.##}: the {daysLeft} day(s) left may average at most {mean}") + projected)
            : new Words(string.Create(CultureInfo.InvariantCulture, $"本年已无法达到{g:0.##}以内") + projectedZh,
                string.Create(CultureInfo.InvariantCulture, $"at most {g:0.##} can no longer be reached this year") + projected);
    }

    private static string ClassZh(AreaClass areaClass) => areaClass == AreaClass.One ? "一级" : "二级";

    private static string Completeness(DataCompleteness c) =>
        (c.ShortMonths.Count > 0 ? $"months short of data (27 a month, February 25): {string.Join(", ", c.ShortMonths)}" : "no month short of data")
        + (c.Met ? "; the year met the 324 daily values of GB 3095-2026 Table 4"
            : c.Possible ? "; the year can still meet GB 3095-2026 Table 4 (324 daily values)"
            : "; the year can no longer meet GB 3095-2026 Table 4: the annual figure is not valid for attainment");

    private static string CompletenessZh(DataCompleteness c) =>
        (c.ShortMonths.Count > 0 ? $"数据不足的月份（每月27个，2月25个）：{string.Join("、", c.ShortMonths.Select(m => $"{m}月"))}" : "各月数据充足")
        + (c.Met ? "；全年满足GB 3095-2026表4（324个日均值）"
            : c.Possible ? "；全年仍可满足GB 3095-2026表4（324个日均值）"
            : "；全年已无法满足GB 3095-2026表4，年评价结果无效");
}
