using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Wording;

namespace Luoshi.Documents.Excel;

/// <summary>What a target's value cell accepts, by its measure: the same bounds for Excel's validation and the import.</summary>
internal sealed record TemplateRule(decimal Minimum, decimal Maximum, string Hint)
{
    private const decimal Any = 1_000_000_000_000m;

    public static TemplateRule For(Measure measure) => measure switch
    {
        Measure.Cumulative => new(0m, Any, "本期新增数（不是累计数），不小于0"),
        Measure.Ratio => new(0m, 100m, "比例（%），0–100；或填分子、分母"),
        Measure.Milestone => new(0m, 100m, "完成百分比 0–100；已完成的填完成日期"),
        Measure.BottomLine => new(0m, Any, "本期发生的事件数，不小于0"),
        _ => new(-Any, Any, "本期末的水平值"),
    };

    public bool Contains(decimal value) => value >= Minimum && value <= Maximum;

    public Words Expected => Catalogue.OfficeFiles.ValueRange(Minimum, Maximum, unbounded: Maximum == Any);
}
