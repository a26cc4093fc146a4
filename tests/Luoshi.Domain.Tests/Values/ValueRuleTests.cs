using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;

namespace Luoshi.Domain.Tests.Values;

/// <summary>The one rule a reported value keeps, whichever channel brings it: table-driven, one row per case, the
/// expected words as a person reads them.</summary>
public sealed class ValueRuleTests
{
    private static ValueRule Rule(Measure measure, string? unit, TargetKind kind = TargetKind.Numeric, int deadlineYear = 2022) =>
        ValueRule.Of(measure, unit, kind, new DateOnly(deadlineYear, 12, 31), 2022);

    public static TheoryData<Measure, string?, TargetKind, double, string?> Numbers => new()
    {
        { Measure.Cumulative, "人", TargetKind.Numeric, 400, null },
        { Measure.Cumulative, "人", TargetKind.Numeric, -5, "expected a whole number of at least 0, found -5" },
        { Measure.Cumulative, "人次", TargetKind.Numeric, 2.5, "expected a whole number of at least 0, found 2.5" },
        { Measure.Cumulative, "万元", TargetKind.Numeric, 2.5, null },
        { Measure.Cumulative, "万人", TargetKind.Numeric, 0.3, null },
        { Measure.Cumulative, "公里", TargetKind.Numeric, -0.1, "expected a number of at least 0, found -0.1" },
        { Measure.BottomLine, null, TargetKind.BottomLine, 1.5, "expected a whole number of at least 0, found 1.5" },
        { Measure.Ratio, "%", TargetKind.Share, 100, null },
        { Measure.Ratio, "%", TargetKind.Share, 120, "expected a number from 0 to 100, found 120" },
        { Measure.Milestone, null, TargetKind.Milestone, 101, "expected a number from 0 to 100, found 101" },
        { Measure.Level, "%", TargetKind.Numeric, 4.2, null },
        { Measure.Level, "%", TargetKind.Numeric, -1, "expected a number from 0 to 100, found -1" },
        { Measure.Level, "%", TargetKind.Growth, -3.5, null },
        { Measure.Level, "%", TargetKind.Growth, -120, "expected a number of at least -100, found -120" },
        { Measure.Level, "‰", TargetKind.Numeric, 6.5, null },
        { Measure.Level, "元", TargetKind.Numeric, -20, null },
        { Measure.Level, "人", TargetKind.Numeric, 1200, null },
        { Measure.Level, "人", TargetKind.Numeric, 4045.26, "expected a whole number of at least 0, found 4045.26" },
        { Measure.Level, "件", TargetKind.Growth, -3, null },
        { Measure.Level, "件", TargetKind.Growth, 7.08, "expected a whole number, found 7.08" },
        { Measure.Direction, "亿元", TargetKind.Direction, 1e13, "expected a number no larger than 1000000000000 in size, found 10000000000000" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Check_ValueByMeasureAndUnit_ExpectedWords(Measure measure, string? unit, TargetKind kind, double value, string? expected) =>
        Assert.Equal(expected, Rule(measure, unit, kind).Check(ValueField.Value, (decimal)value)?.En);

    // What a person types, read by the rule: a per-cent sign says what a field in per cent means and nothing else.
    public static TheoryData<Measure, string?, TargetKind, ValueField, string, double?, string?> Typed => new()
    {
        { Measure.Cumulative, "人", TargetKind.Count, ValueField.Value, "400", 400, null },
        { Measure.Cumulative, "人", TargetKind.Count, ValueField.Value, "１２３", 123, null },
        { Measure.Cumulative, "人", TargetKind.Count, ValueField.Value, "400%", null, "expected a whole number of at least 0, found '400%'" },
        { Measure.Cumulative, "万元", TargetKind.Numeric, ValueField.Value, "12.5％", null, "expected a number of at least 0, found '12.5％'" },
        { Measure.BottomLine, null, TargetKind.BottomLine, ValueField.Value, "0%", null, "expected a whole number of at least 0, found '0%'" },
        { Measure.Level, "%", TargetKind.Numeric, ValueField.Value, "92.4%", 92.4, null },
        { Measure.Level, "%", TargetKind.Numeric, ValueField.Value, "９２．４％", 92.4, null },
        { Measure.Level, "%", TargetKind.Numeric, ValueField.Value, "120%", null, "expected a number from 0 to 100, found 120" },
        { Measure.Level, "‰", TargetKind.Numeric, ValueField.Value, "6.5%", null, "expected a number from 0 to 1000, found '6.5%'" },
        { Measure.Ratio, "%", TargetKind.Share, ValueField.Value, "81%", 81, null },
        { Measure.Ratio, "%", TargetKind.Share, ValueField.Numerator, "81%", null, "expected a number of at least 0, found '81%'" },
        { Measure.Milestone, null, TargetKind.Milestone, ValueField.Value, "60%", 60, null },
    };

    [Theory]
    [MemberData(nameof(Typed))]
    public void Read_TypedText_PercentSignOnlyWhereTheFieldIsInPercent(Measure measure, string? unit, TargetKind kind, ValueField field,
        string text, double? number, string? expected)
    {
        var (read, problem) = Rule(measure, unit, kind).Read(field, text);

        Assert.Equal(number is { } n ? (decimal)n : null, read);
        Assert.Equal(expected, problem?.En);
    }

    [Fact]
    public void Check_RatioParts_PartNoLargerThanWholeAndWholeAboveZero()
    {
        var rule = Rule(Measure.Ratio, "%", TargetKind.Share);

        Assert.Empty(rule.Check(null, 81m, 150m, null));
        Assert.Equal([(ValueField.Numerator, "expected a part no larger than its whole (150), so that the share is at most 100%")],
            rule.Check(null, 151m, 150m, null).Select(p => (p.Field, p.Message.En)));
        Assert.Equal([(ValueField.Denominator, "expected a whole above 0")], rule.Check(null, 0m, 0m, null).Select(p => (p.Field, p.Message.En)));
        Assert.Equal([(ValueField.Denominator, "expected both the part and the whole, or neither")], rule.Check(null, 5m, null, null).Select(p => (p.Field, p.Message.En)));
        Assert.Equal([(ValueField.Numerator, "expected a number of at least 0, found -1")], rule.Check(null, -1m, 5m, null).Select(p => (p.Field, p.Message.En)));
    }

    [Fact]
    public void Check_MilestoneDoneDate_WithinThePlanYearOrUpToTheDeadlinesYear()
    {
        Assert.Empty(Rule(Measure.Milestone, null, TargetKind.Milestone).Check(100m, null, null, new DateOnly(2022, 9, 15)));
        Assert.Equal("expected a day from 2022-01-01 to 2022-12-31, found 2030-01-01",
            Rule(Measure.Milestone, null, TargetKind.Milestone).Check(new DateOnly(2030, 1, 1))?.En);
        Assert.Equal("expected a day from 2022-01-01 to 2022-12-31, found 0001-01-01",
            Rule(Measure.Milestone, null, TargetKind.Milestone).Check(new DateOnly(1, 1, 1))?.En);
        Assert.Null(Rule(Measure.Milestone, null, TargetKind.Milestone, deadlineYear: 2023).Check(new DateOnly(2023, 3, 1)));
    }

    [Fact]
    public void Check_FieldTheMeasureDoesNotTake_RefusedInBothLanguages()
    {
        var problem = Assert.Single(Rule(Measure.Cumulative, "人").Check(10m, 3m, null, null));

        Assert.Equal((ValueField.Numerator, "累计型目标不填分子，请留空", "a cumulative target takes no numerator; leave it empty"),
            (problem.Field, problem.Message.Zh, problem.Message.En));
    }
}
