using System.Security.Cryptography;
using System.Text;
using Luoshi.Documents.Word;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;

namespace Luoshi.Documents.Tests.Word;

public sealed class NoticePeriodTests
{
    private static Plan Plan(ReportingCadence cadence) => new()
    {
        Region = "测试市", Year = 2022, SourceName = "r.txt", SourceText = "x", SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("x"))),
        Cadence = cadence,
    };

    [Fact]
    public void A_quarter_of_a_monthly_plan_runs_through_its_last_month()
    {
        var (period, _) = NoticePeriod.Parse("2022Q3", Plan(ReportingCadence.MonthlyByDay(28)));
        Assert.Equal(new NoticePeriod(9, "2022年第三季度", "2022年9月底", new DateOnly(2022, 9, 29)), period);
    }

    [Fact]
    public void A_month_is_accepted_too()
    {
        var (period, _) = NoticePeriod.Parse("2022-09", Plan(ReportingCadence.MonthlyByDay(28)));
        Assert.Equal(new NoticePeriod(9, "2022年9月", "2022年9月底", new DateOnly(2022, 9, 29)), period);
    }

    [Fact]
    public void A_quarterly_plan_counts_quarters_and_its_reports_are_due_at_quarter_end()
    {
        var plan = Plan(ReportingCadence.QuarterlyAtEnd);
        Assert.Equal(new NoticePeriod(3, "2022年第三季度", "2022年9月底", new DateOnly(2022, 10, 1)), NoticePeriod.Parse("2022q3", plan).Period);
        Assert.Equal(3, NoticePeriod.Parse("2022-09", plan).Period!.LastPeriod);
        Assert.Contains("quarterly", NoticePeriod.Parse("2022-08", plan).Error?.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021Q3", "the plan is of 2022")]
    [InlineData("2022Q5", "expected a quarter")]
    [InlineData("2022-13", "no month 13")]
    [InlineData("Q3", "expected a quarter")]
    public void Other_text_is_refused_with_a_reason(string text, string reason)
    {
        var (period, error) = NoticePeriod.Parse(text, Plan(ReportingCadence.MonthlyByDay(28)));
        Assert.Null(period);
        Assert.Contains(reason, error?.En, StringComparison.Ordinal);
    }
}
