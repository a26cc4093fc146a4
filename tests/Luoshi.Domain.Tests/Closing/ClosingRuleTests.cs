using Luoshi.Domain.Closing;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Tests.Closing;

/// <summary>完成 / 基本完成 / 未完成 by the office's tolerances (docs/evaluation.md, “Year-end closing”), worked by hand,
/// and who may take which closing step in which state.</summary>
public sealed class ClosingRuleTests
{
    private static readonly DateOnly YearEnd = new(2022, 12, 31);
    private static readonly StatusThresholds Thresholds = new(0.9m, 0.7m, 0.05m);
    private static readonly ClosingTolerances Office = ClosingTolerances.Default; // 10, 10, 5, 0, 30 days

    private static TargetGoal Goal(Measure measure, Comparator comparator, decimal? value, decimal? upper = null, decimal? baseline = null) =>
        new(measure, comparator, value, upper, baseline, YearEnd, []);

    [Theory]
    // 新增就业 ≥ 6000: 6000 met; 5600 is 400 ÷ 6000 = 6.67% short (≤ 10); 5300 is 11.67% short.
    [InlineData(Measure.Cumulative, Comparator.AtLeast, 6000.0, null, null, 6000.0, ClosingResult.Done, 0.0)]
    [InlineData(Measure.Cumulative, Comparator.AtLeast, 6000.0, null, null, 5600.0, ClosingResult.BasicallyDone, 6.67)]
    [InlineData(Measure.Cumulative, Comparator.AtLeast, 6000.0, null, null, 5300.0, ClosingResult.NotDone, 11.67)]
    // 美丽宜居村 ≥ 60%: 55 is 5 ÷ 60 = 8.33% short.
    [InlineData(Measure.Ratio, Comparator.AtLeast, 60.0, null, null, 55.0, ClosingResult.BasicallyDone, 8.33)]
    // 失业率 ≤ 4%: 4.1 is 0.1 ÷ 4 = 2.5% over (≤ 5); 4.3 is 7.5% over.
    [InlineData(Measure.Level, Comparator.AtMost, 4.0, null, null, 4.1, ClosingResult.BasicallyDone, 2.5)]
    [InlineData(Measure.Level, Comparator.AtMost, 4.0, null, null, 4.3, ClosingResult.NotDone, 7.5)]
    // 优良率 ≥ 90%: 88.2 is 1.8 ÷ 90 = 2% short.
    [InlineData(Measure.Level, Comparator.AtLeast, 90.0, null, null, 88.2, ClosingResult.BasicallyDone, 2.0)]
    // 增长 6%-6.5%: 5.8 is 0.2 ÷ 6 = 3.33% below the range.
    [InlineData(Measure.Level, Comparator.Between, 6.0, 6.5, null, 5.8, ClosingResult.BasicallyDone, 3.33)]
    // 民生投入只增不减 (last year 100): 99 is 1% down and directions have no tolerance.
    [InlineData(Measure.Direction, Comparator.AtLeast, null, null, 100.0, 99.0, ClosingResult.NotDone, 1.0)]
    public void Judge_NumericFinal_ResultAndShortfall(Measure measure, Comparator comparator, double? value, double? upper, double? baseline, double final, ClosingResult result, double shortfall)
    {
        var goal = Goal(measure, comparator, (decimal?)value, (decimal?)upper, (decimal?)baseline);
        var judged = ClosingRule.Judge(goal, (decimal)final, null, Office, Thresholds);
        Assert.Equal((result, (decimal)shortfall), (judged.Result, judged.Shortfall!.Value));
    }

    [Theory]
    [InlineData("2022-12-20", ClosingResult.Done)]
    [InlineData("2023-01-30", ClosingResult.BasicallyDone)] // 30 days after 12-31
    [InlineData("2023-01-31", ClosingResult.NotDone)]
    [InlineData(null, ClosingResult.NotDone)]
    public void Judge_Milestone_ByDaysAfterDeadline(string? done, ClosingResult result) =>
        Assert.Equal(result, ClosingRule.Judge(Goal(Measure.Milestone, Comparator.Equal, null), null, done is null ? null : DateOnly.Parse(done, System.Globalization.CultureInfo.InvariantCulture), Office, Thresholds).Result);

    [Fact]
    public void Judge_BottomLineAndMissingValue_NoTolerance()
    {
        Assert.Equal(ClosingResult.Done, ClosingRule.Judge(Goal(Measure.BottomLine, Comparator.AtMost, 0), 0m, null, Office, Thresholds).Result);
        Assert.Equal(ClosingResult.NotDone, ClosingRule.Judge(Goal(Measure.BottomLine, Comparator.AtMost, 0), 1m, null, Office, Thresholds).Result);
        Assert.Equal(ClosingResult.NotDone, ClosingRule.Judge(Goal(Measure.Cumulative, Comparator.AtLeast, 6000), null, null, Office, Thresholds).Result);
        // The office widens amounts to 15%: 5300 (11.67% short) becomes 基本完成.
        Assert.Equal(ClosingResult.BasicallyDone, ClosingRule.Judge(Goal(Measure.Cumulative, Comparator.AtLeast, 6000), 5300m, null, Office with { Cumulative = 15m }, Thresholds).Result);
    }

    [Fact]
    public void Worst_AndOverclaims_TaskIsItsWorstTarget()
    {
        Assert.Equal(ClosingResult.BasicallyDone, ClosingRule.Worst([ClosingResult.Done, ClosingResult.BasicallyDone]));
        Assert.True(ClosingRule.Overclaims(ClosingResult.Done, ClosingResult.BasicallyDone));
        Assert.False(ClosingRule.Overclaims(ClosingResult.NotDone, ClosingResult.BasicallyDone));
    }

    [Theory]
    [InlineData(TaskRole.LeadUnit, ClosingStep.Submit, ClosingState.Pending, null)]
    [InlineData(TaskRole.LeadUnit, ClosingStep.Submit, ClosingState.Returned, null)]
    [InlineData(TaskRole.Office, ClosingStep.Confirm, ClosingState.Submitted, null)]
    [InlineData(TaskRole.Office, ClosingStep.Correct, ClosingState.Confirmed, null)]
    [InlineData(TaskRole.Office, ClosingStep.Submit, ClosingState.Pending, "只有牵头单位可以报送交账")]
    [InlineData(TaskRole.SupportingUnit, ClosingStep.Submit, ClosingState.Pending, "配合单位不能报送交账，请由牵头单位报送")]
    [InlineData(TaskRole.LeadUnit, ClosingStep.Submit, ClosingState.Submitted, "交账当前为“待审核”，不能报送交账")]
    [InlineData(TaskRole.LeadUnit, ClosingStep.Submit, ClosingState.Confirmed, "交账结果已确认，不能修改；如需改变，请由督查室登记更正并说明原因")]
    [InlineData(TaskRole.Office, ClosingStep.Correct, ClosingState.Submitted, "交账当前为“待审核”，不能更正交账结果")]
    public void Refusal_ByRoleAndState(TaskRole role, ClosingStep step, ClosingState state, string? zh) =>
        Assert.Equal(zh, ClosingRules.Refusal(role, step, state)?.Message.Zh);
}
