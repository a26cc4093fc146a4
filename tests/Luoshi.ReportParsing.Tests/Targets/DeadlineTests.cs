namespace Luoshi.ReportParsing.Tests.Targets;

public sealed class DeadlineTests
{
    [Theory]
    [InlineData("年内建成城东污水处理厂。", "2024-12-31")]
    [InlineData("年底前建成城东污水处理厂。", "2024-12-31")]
    [InlineData("6月底前建成城东污水处理厂。", "2024-06-30")]
    [InlineData("二月底前建成城东污水处理厂。", "2024-02-29")]
    [InlineData("上半年建成城东污水处理厂。", "2024-06-30")]
    [InlineData("三季度建成城东污水处理厂。", "2024-09-30")]
    [InlineData("第一季度末建成城东污水处理厂。", "2024-03-31")]
    [InlineData("10月15日前建成城东污水处理厂。", "2024-10-15")]
    [InlineData("9月前建成城东污水处理厂。", "2024-08-31")]
    [InlineData("2026年底前建成城东污水处理厂。", "2026-12-31")]
    [InlineData("2024年启动城东污水处理厂建设，新增污水处理能力5万吨。", "2024-12-31")]
    [InlineData("到2025年建成城东污水处理厂。", "2025-12-31")]
    public void Parse_TimePhrase_ResolvesToADateInThePlanYear(string sentence, string expected)
    {
        var target = ParsedReport.Single(sentence, year: 2024);

        Assert.Equal((DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), true), (target.Deadline, target.DeadlineStated));
    }

    [Fact]
    public void Parse_NoTimePhrase_AssumesTheEndOfThePlanYear()
    {
        var target = ParsedReport.Single("城镇新增就业6千人以上。", year: 2023);

        Assert.Equal((new DateOnly(2023, 12, 31), false), (target.Deadline, target.DeadlineStated));
    }

    [Theory]
    [InlineData("单位地区生产总值能耗比2020年下降13.5%。")]
    [InlineData("以2020年为基期，单位地区生产总值能耗下降13.5%。")]
    public void Parse_BaseYear_IsNotADeadline(string sentence)
    {
        var target = ParsedReport.Single(sentence, year: 2024);

        Assert.Equal((new DateOnly(2024, 12, 31), false), (target.Deadline, target.DeadlineStated));
    }

    [Fact]
    public void Parse_FiveYearsHence_IsNotThisYear()
    {
        var target = ParsedReport.Single("5年内城镇新增就业6千人以上。", year: 2023);

        Assert.False(target.DeadlineStated);
    }

    [Fact]
    public void Parse_TimeInAnEarlierClause_HoldsForTheClausesAfterIt()
    {
        var plan = ParsedReport.Of("6月底前城镇新增就业3千人以上，城镇登记失业率控制在4%以内。", 2024);

        Assert.All(plan.Targets, t => Assert.Equal(new DateOnly(2024, 6, 30), t.Deadline));
    }
}
