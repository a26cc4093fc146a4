using System.Globalization;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Air.Annual;

namespace Luoshi.Monitoring.Notes;

/// <summary>The sentence beside a bound composite index: each part (statistic ÷ the ranking's class-2 limit), the index
/// so far, and the index under the GB 3095-2026 limits in force when they differ from the ranking's.</summary>
public static class CompositeIndexNotes
{
    /// <summary>The index so far with each of its parts.</summary>
    public static Words Of(NoteSpan air, IReadOnlyList<AnnualFigure> figures)
    {
        var index = CompositeIndex.Of(figures);
        var phase = Gb3095Phases.InForceOn(air.To);
        var other = phase == CompositeIndex.RankingLimits ? null : CompositeIndex.Of(figures, phase);
        var evaluation = AirRuleWords.Evaluation(air.To);
        var parts = string.Join(", ", figures.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{AnnualStatistics.Name(f.Statistic)} {(f.Value is { } v ? $"{v:0.##}/{f.Limit:0.##}" : "none")}")));
        var partsZh = string.Join("，", figures.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{AnnualStatistics.NameZh(f.Statistic)}{(f.Value is { } v ? $"{v:0.##}/{f.Limit:0.##}" : "无数据")}")));
        var text = index is { } i ? i.ToString("0.00", CultureInfo.InvariantCulture) : "not computed (a pollutant has no value)";
        var textZh = index is { } j ? j.ToString("0.00", CultureInfo.InvariantCulture) : "无法计算（有污染物无数据）";
        var en = string.Create(CultureInfo.InvariantCulture,
            $"{air.Scope} ({air.Stations} station(s)), {air.From:yyyy-MM-dd} to {air.To:yyyy-MM-dd}: composite index so far {text}, "
            + $"Σ statistic ÷ GB 3095-2012 class-2 limit as the city ranking divides ({parts})")
            + (other is { } o ? string.Create(CultureInfo.InvariantCulture, $"; with the {Gb3095Phases.Name(phase)} (class 2): {o:0.00}") : "")
            + $"; statistics {evaluation.En}";
        var zh = string.Create(CultureInfo.InvariantCulture,
            $"{air.Scope}（{air.Stations}个站点）{air.From:yyyy-MM-dd}至{air.To:yyyy-MM-dd}：综合指数（截至目前）{textZh}，"
            + $"按城市环境空气质量排名技术规定以GB 3095-2012二级限值为除数（{partsZh}）")
            + (other is { } p ? string.Create(CultureInfo.InvariantCulture, $"；按{Gb3095Phases.NameZh(phase)}（二级）为{p:0.00}") : "")
            + $"；统计依据{evaluation.Zh}";
        return new Words(zh, en);
    }
}
