using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Reading;

namespace Luoshi.Domain.Tests.Reading;

/// <summary>A bound target is measured by what its indicator's values are; a direction and a bottom line keep how
/// their goal is judged.</summary>
public sealed class BoundMeasureTests
{
    [Theory]
    [InlineData(Measure.Ratio, ValueNature.Level, Measure.Level)] // 优良率达90%以上 parsed as a share, held all year
    [InlineData(Measure.Cumulative, ValueNature.Level, Measure.Level)]
    [InlineData(Measure.Level, ValueNature.Accumulating, Measure.Ratio)] // 60%以上行政村达到… climbs over the year
    [InlineData(Measure.Ratio, ValueNature.Accumulating, Measure.Ratio)]
    [InlineData(Measure.Level, ValueNature.Increments, Measure.Cumulative)]
    [InlineData(Measure.Direction, ValueNature.Level, Measure.Direction)] // 集体经济经营性收入 only rises
    [InlineData(Measure.BottomLine, ValueNature.Increments, Measure.BottomLine)] // 不发生规模性返贫
    [InlineData(Measure.BottomLine, ValueNature.Level, Measure.Level)]
    public void Of_DeclaredAndNature_TheMeasureEvaluated(Measure declared, ValueNature nature, Measure expected) =>
        Assert.Equal(expected, BoundMeasure.Of(declared, nature));
}
