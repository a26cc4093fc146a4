using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Evaluation;

/// <summary>The measure a freshly parsed target gets; the office may change it.</summary>
public static class MeasureDefaults
{
    // Units that count things delivered during the year: their period values add up.
    private static readonly HashSet<string> CountedUnits =
    [
        "人", "人次", "个", "家", "户", "所", "套", "间", "座", "条", "项", "宗", "场", "次", "张", "台", "辆", "名", "位",
        "公里", "千米", "米", "亩", "公顷", "平方米", "万平方米", "吨", "万吨", "元", "万元", "亿元", "床", "张床",
    ];

    /// <summary>Cumulative for amounts delivered (2千人次以上, 新增学位1680个), level for rates and ceilings, ratio for
    /// shares and coverage; milestones, bottom lines and directions measure themselves.</summary>
    public static Measure For(TargetKind kind, Comparator comparator, string? unit) => kind switch
    {
        TargetKind.Milestone => Measure.Milestone,
        TargetKind.BottomLine => Measure.BottomLine,
        TargetKind.Direction => Measure.Direction,
        TargetKind.Share or TargetKind.Coverage => Measure.Ratio,
        TargetKind.Growth => Measure.Level,
        TargetKind.Count => Measure.Cumulative,
        _ when unit is not null && CountedUnits.Contains(unit) && comparator is Comparator.AtLeast or Comparator.Equal or Comparator.About
            => Measure.Cumulative,
        _ => Measure.Level,
    };
}
