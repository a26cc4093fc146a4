using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Tests.Text;

/// <summary>繁體 reports are read through the same rules; what a reader sees stays in the original script.</summary>
public sealed class TraditionalTextTests
{
    private const string Report = "六、堅持發展為了人民\n切實保障和改善民生。實施職業技能培訓2千人次以上，年內實現城鎮新增就業6千人以上，城鎮登記失業率控制在4%以內。確保全市60%以上行政村達到美麗宜居村標準。堅決守住不發生規模性返貧底線。";

    [Fact]
    public void Parse_TraditionalReport_FindsTheSameTargetsAsInSimplified()
    {
        var plan = ParsedReport.Of(Report);

        Assert.Equal(
            [
                (TargetKind.Numeric, Comparator.AtLeast, (decimal?)2000m, "人次"),
                (TargetKind.Numeric, Comparator.AtLeast, 6000m, "人"),
                (TargetKind.Numeric, Comparator.AtMost, 4m, "%"),
                (TargetKind.Share, Comparator.AtLeast, 60m, "%"),
                (TargetKind.BottomLine, Comparator.Equal, 0m, null),
            ],
            plan.Targets.Select(t => (t.Kind, t.Comparator, t.Value, t.Unit)).ToArray());
    }

    [Fact]
    public void Parse_TraditionalReport_KeepsTheOriginalCharactersInTextAndSubject()
    {
        var plan = ParsedReport.Of(Report);

        Assert.Equal(
            ["職業技能培訓", "城鎮新增就業", "城鎮登記失業率", "全市行政村達到美麗宜居村標準", "規模性返貧"],
            plan.Targets.Select(t => t.Subject).ToArray());
        Assert.All(plan.Targets, t => Assert.Equal(t.Text, Report.Substring(t.Span.Start, t.Span.Length)));
        Assert.Equal("切實保障和改善民生", plan.WorkItems[0].Title);
        Assert.Equal(new DateOnly(2024, 12, 31), plan.Targets[1].Deadline);
        Assert.True(plan.Targets[1].DeadlineStated);
    }

    [Fact]
    public void Parse_SimplifiedReportWithOneTraditionalCharacter_IsReadAsSimplified()
    {
        // 乾 is also a Simplified character (乾坤); a stray form must not switch the whole text.
        var target = ParsedReport.Single("新增乾坤学校学位1680个。");

        Assert.Equal("新增乾坤学校学位", target.Subject);
    }
}
