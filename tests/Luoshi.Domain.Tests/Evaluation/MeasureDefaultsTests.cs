using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Tests.Evaluation;

public sealed class MeasureDefaultsTests
{
    [Theory]
    [InlineData(TargetKind.Numeric, Comparator.AtLeast, "人", Measure.Cumulative)] // 城镇新增就业6千人以上
    [InlineData(TargetKind.Numeric, Comparator.AtLeast, "人次", Measure.Cumulative)] // 职业技能培训2千人次以上
    [InlineData(TargetKind.Count, Comparator.AtLeast, "个", Measure.Cumulative)] // 新增公办学位1680个
    [InlineData(TargetKind.Numeric, Comparator.AtMost, "%", Measure.Level)] // 失业率4%以内
    [InlineData(TargetKind.Numeric, Comparator.AtLeast, "%", Measure.Level)] // 污水集中收集率40%以上
    [InlineData(TargetKind.Numeric, Comparator.AtMost, "人", Measure.Level)] // a ceiling on a count is a level
    [InlineData(TargetKind.Share, Comparator.AtLeast, "%", Measure.Ratio)] // 60%以上行政村
    [InlineData(TargetKind.Coverage, Comparator.Equal, "%", Measure.Ratio)] // 全覆盖
    [InlineData(TargetKind.Milestone, Comparator.Equal, null, Measure.Milestone)]
    [InlineData(TargetKind.BottomLine, Comparator.Equal, null, Measure.BottomLine)]
    [InlineData(TargetKind.Direction, Comparator.AtLeast, null, Measure.Direction)]
    [InlineData(TargetKind.Growth, Comparator.About, "%", Measure.Level)]
    public void For_ParsedKind(TargetKind kind, Comparator comparator, string? unit, Measure measure)
    {
        Assert.Equal(measure, MeasureDefaults.For(kind, comparator, unit));
    }
}
