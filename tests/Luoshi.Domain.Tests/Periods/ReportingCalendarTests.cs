using System.Globalization;
using Luoshi.Domain.Periods;

namespace Luoshi.Domain.Tests.Periods;

public sealed class ReportingCalendarTests
{
    [Theory]
    [InlineData(1, "2022-01-01", "2022-01-31", "2022-01-28")]
    [InlineData(2, "2022-02-01", "2022-02-28", "2022-02-28")]
    [InlineData(12, "2022-12-01", "2022-12-31", "2022-12-28")]
    public void Monthly_DueOnThe28th(int number, string start, string end, string due)
    {
        var period = new ReportingCalendar(2022, ReportingCadence.MonthlyByDay(28))[number];

        Assert.Equal((DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture), DateOnly.Parse(due, CultureInfo.InvariantCulture)), (period.Start, period.End, period.Due));
    }

    [Theory]
    [InlineData(2022, "2022-02-28")]
    [InlineData(2024, "2024-02-29")]
    public void Monthly_DueDayPastTheMonthsEnd_IsTheLastDay(int year, string due)
    {
        Assert.Equal(DateOnly.Parse(due, CultureInfo.InvariantCulture), new ReportingCalendar(year, ReportingCadence.MonthlyByDay(31))[2].Due);
    }

    [Fact]
    public void Quarterly_DueAtTheEndOfMarchJuneSeptemberDecember()
    {
        var calendar = new ReportingCalendar(2022, ReportingCadence.QuarterlyAtEnd);

        Assert.Equal(["2022-03-31", "2022-06-30", "2022-09-30", "2022-12-31"], calendar.Periods.Select(p => p.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.Equal(["2022Q1", "2022Q2", "2022Q3", "2022Q4"], calendar.Periods.Select(p => p.Name));
    }

    [Theory]
    [InlineData("2022-01-28", 0)] // due today is not late yet
    [InlineData("2022-01-29", 1)]
    [InlineData("2022-04-01", 3)]
    [InlineData("2022-12-28", 11)]
    [InlineData("2022-12-29", 12)]
    [InlineData("2023-06-01", 12)]
    [InlineData("2021-12-31", 0)]
    public void PastDue_CountsPeriodsWhoseDueDateIsBeforeTheDay(string asOf, int expected)
    {
        Assert.Equal(expected, new ReportingCalendar(2022, ReportingCadence.MonthlyByDay(28)).PastDue(DateOnly.Parse(asOf, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2022-03", 3)]
    [InlineData("2022M3", 3)]
    [InlineData("3", 3)]
    [InlineData("2022-13", null)]
    [InlineData("2023-03", null)]
    [InlineData("March", null)]
    public void Parse_MonthNames(string text, int? number)
    {
        Assert.Equal(number, new ReportingCalendar(2022, ReportingCadence.MonthlyByDay(28)).Parse(text)?.Number);
    }

    [Theory]
    [InlineData("2022Q3", 3)]
    [InlineData("2022q1", 1)]
    [InlineData("2022Q5", null)]
    public void Parse_QuarterNames(string text, int? number)
    {
        Assert.Equal(number, new ReportingCalendar(2022, ReportingCadence.QuarterlyAtEnd).Parse(text)?.Number);
    }
}
