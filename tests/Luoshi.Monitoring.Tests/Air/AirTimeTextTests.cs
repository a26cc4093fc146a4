using Luoshi.Monitoring.Air;

namespace Luoshi.Monitoring.Tests.Air;

public sealed class AirTimeTextTests
{
    [Theory]
    [InlineData("2016-02-29 23:00", 2016, 2, 29, 23)]
    [InlineData("2015-01-01T05:00", 2015, 1, 1, 5)]
    [InlineData("2000-12-31 00:00", 2000, 12, 31, 0)]
    public void TryParseHour_HourOfARealDay_IsRead(string text, int year, int month, int day, int hour)
    {
        Assert.True(AirTimeText.TryParseHour(text, out var date, out var read));
        Assert.Equal((new DateOnly(year, month, day), hour), (date, read));
    }

    [Theory]
    [InlineData("2015-02-29 00:00")]
    [InlineData("1900-02-29 00:00")]
    [InlineData("2015-04-31 00:00")]
    [InlineData("2015-00-10 00:00")]
    [InlineData("2015-01-01 24:00")]
    [InlineData("2015-01-01 05:30")]
    [InlineData("2015-01-01 5:00")]
    [InlineData("2015-01-01_05:00")]
    [InlineData("2015-01-01 05:00:00")]
    public void TryParseHour_NoSuchHour_IsRefused(string text)
    {
        Assert.False(AirTimeText.TryParseHour(text, out _, out _));
    }

    [Fact]
    public void TryDate_EveryDayOfFourCenturies_IsDateOnlysDay()
    {
        // The day number is computed by arithmetic on the hot path; DateOnly is the reference.
        for (var date = new DateOnly(1901, 1, 1); date < new DateOnly(2301, 1, 1); date = date.AddDays(1))
        {
            Assert.True(AirTimeText.TryDate(date.Year, date.Month, date.Day, out var read));
            Assert.Equal(date, read);
        }
    }
}
