using Luoshi.Cli.LedgerAccess;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Storage;

namespace Luoshi.Cli.Tests;

public sealed class TargetValueTextTests
{
    // The rules of a small 2022 plan: T16.1 new jobs in 人, T16.2 an unemployment rate in %, T3.1 a ratio, T14.1 a milestone.
    private static readonly Dictionary<string, ValueRule> Rules = new()
    {
        ["T16.1"] = ValueRule.Of(Measure.Cumulative, "人", TargetKind.Count, new DateOnly(2022, 12, 31), 2022),
        ["T16.2"] = ValueRule.Of(Measure.Level, "%", TargetKind.Numeric, new DateOnly(2022, 12, 31), 2022),
        ["T3.1"] = ValueRule.Of(Measure.Ratio, "%", TargetKind.Share, new DateOnly(2022, 12, 31), 2022),
        ["T14.1"] = ValueRule.Of(Measure.Milestone, null, TargetKind.Milestone, new DateOnly(2022, 12, 31), 2022),
    };

    private static (TargetValue? Value, string? Error) Parse(string text) => TargetValueText.Parse(text, code => Rules.GetValueOrDefault(code));

    [Fact]
    public void Parse_Number() => Assert.Equal(new TargetValue("T16.1", 400m, null, null, null), Parse("T16.1=400").Value);

    [Fact]
    public void Parse_Percentage() => Assert.Equal(new TargetValue("T16.2", 3.8m, null, null, null), Parse("T16.2=3.8%").Value);

    [Fact]
    public void Parse_MilestonePercentComplete() => Assert.Equal(new TargetValue("T14.1", 60m, null, null, null), Parse("T14.1=60％").Value);

    [Fact]
    public void Parse_Ratio() => Assert.Equal(new TargetValue("T3.1", null, 81m, 150m, null), Parse("T3.1=81/150").Value);

    [Fact]
    public void Parse_MilestoneDone() =>
        Assert.Equal(new TargetValue("T14.1", 100m, null, null, new DateOnly(2022, 9, 15)), Parse("T14.1=done:2022-09-15").Value);

    [Theory]
    [InlineData("T16.1", "--value T16.1: expected TARGET=VALUE, e.g. T15.1=400, T3.1=81/150 or T30.1=done:2022-09-15")]
    [InlineData("T16.1=很多", "--value T16.1=很多: expected a number after =")]
    [InlineData("T16.1=400%", "--value T16.1=400%: expected a number after =")] // 400% of what? The target counts people.
    [InlineData("T3.1=81%/150", "--value T3.1=81%/150: expected PART/WHOLE with numbers and a whole above 0, e.g. 81/150")]
    [InlineData("T9.9=5%", "--value T9.9=5%: expected a number after =")] // no such target: no rule says the field is in %
    [InlineData("T3.1=81/0", "--value T3.1=81/0: expected PART/WHOLE with numbers and a whole above 0, e.g. 81/150")]
    [InlineData("T14.1=done:15/9/2022", "--value T14.1=done:15/9/2022: expected the day it was done as YYYY-MM-DD after done:")]
    public void Parse_Mistake_SaysWhatWasExpected(string text, string error) => Assert.Equal((null, error), Parse(text));
}
