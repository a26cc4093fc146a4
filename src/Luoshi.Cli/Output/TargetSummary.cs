using System.Globalization;
using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;

namespace Luoshi.Cli.Output;

/// <summary>A target in one short line for people: 城镇登记失业率 ≤ 4%, 国内生产总值 增长 ≈ 5.5%.</summary>
internal static class TargetSummary
{
    public static string Describe(TargetDraft t) => t.Kind switch
    {
        TargetKind.Milestone => $"里程碑：{t.Subject}",
        TargetKind.BottomLine => $"底线：不发生{t.Subject}",
        TargetKind.Direction => $"{t.Subject} {(t.Comparator == Comparator.AtMost ? "低于上年" : "不低于上年")}",
        TargetKind.Coverage => $"{t.Subject} 全覆盖（100%）",
        TargetKind.Growth => $"{t.Subject} 变化 {Amount(t)}",
        _ => $"{t.Subject} {Amount(t)}",
    };

    /// <summary>The comparison and number, e.g. ≥ 2000人次, 6%～6.5%.</summary>
    public static string Amount(TargetDraft t)
    {
        var unit = t.Unit ?? "";
        var value = Number(t.Value);
        return t.Comparator switch
        {
            Comparator.Between => $"{value}{unit}～{Number(t.Upper)}{unit}",
            Comparator.AtLeast => $"≥ {value}{unit}",
            Comparator.AtMost => $"≤ {value}{unit}",
            Comparator.About => $"≈ {value}{unit}",
            _ => $"= {value}{unit}",
        };
    }

    public static string Number(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture) ?? "";

    public static string KindName(TargetKind kind) => kind switch
    {
        TargetKind.Numeric => "数值",
        TargetKind.Share => "比例",
        TargetKind.Coverage => "全覆盖",
        TargetKind.Milestone => "里程碑",
        TargetKind.BottomLine => "底线",
        TargetKind.Direction => "方向",
        TargetKind.Growth => "增减",
        TargetKind.Count => "数量",
        _ => kind.ToString(),
    };
}
