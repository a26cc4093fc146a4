using System.Globalization;
using Luoshi.Domain.Periods;

namespace Luoshi.Domain.Tests.Periods;

public sealed class MeasuredDaysTests
{
    [Theory]
    [InlineData(2022, "2022-10-10", "2022-10-09")] // the day itself is still being measured
    [InlineData(2022, "2022-12-31", "2022-12-30")]
    [InlineData(2022, "2023-01-01", "2022-12-31")] // the whole year, and no further
    [InlineData(2022, "2024-06-30", "2022-12-31")]
    [InlineData(2024, "2024-03-01", "2024-02-29")] // a leap year's last February day
    [InlineData(2022, "2022-01-01", "2021-12-31")] // no day ended yet: To before From
    public void Window_EndsTheDayBeforeAtMostTheYearEnd(int year, string asOf, string to)
    {
        var (from, end) = MeasuredDays.Of(year, Day(asOf));

        Assert.Equal((new DateOnly(year, 1, 1), Day(to)), (from, end));
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
