using Luoshi.Domain.Values;

namespace Luoshi.Domain.Tests.Values;

public sealed class DayTextTests
{
    [Theory]
    [InlineData("2022-06-30")]
    [InlineData("2022-6-30")]
    [InlineData("2022/6/30")]
    [InlineData("2022.6.30")]
    [InlineData("2022年6月30日")]
    [InlineData("２０２２－０６－３０")]
    [InlineData(" 2022-06-30 ")]
    [InlineData("2022/06/30")]
    public void TryParse_TheWaysOfficesWriteADay_OneDay(string text)
    {
        Assert.True(DayText.TryParse(text, out var day));
        Assert.Equal(new DateOnly(2022, 6, 30), day);
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("2022-2-29")]
    [InlineData("2022-13-01")]
    [InlineData("2022-00-10")]
    [InlineData("2022-06-00")]
    [InlineData("2022-06/30")]
    [InlineData("2022-006-30")]
    [InlineData("22-06-30")]
    [InlineData("20220-06-30")]
    [InlineData("0000-01-01")]
    [InlineData("2022年6月30")]
    [InlineData("2022年6-30日")]
    [InlineData("2022-06-30x")]
    [InlineData("2022 06 30")]
    [InlineData("30/06/2022")]
    [InlineData("明天")]
    [InlineData("")]
    public void TryParse_NoDay_Refused(string text) => Assert.False(DayText.TryParse(text, out _));

    [Theory]
    [InlineData("2024-2-29", 2024, 2, 29)]
    [InlineData("2022-6-3", 2022, 6, 3)]
    [InlineData("9999.12.31", 9999, 12, 31)]
    [InlineData("0001-01-01", 1, 1, 1)]
    public void TryParse_EdgesOfTheCalendar_TheDay(string text, int year, int month, int dayOfMonth)
    {
        Assert.True(DayText.TryParse(text, out var day));
        Assert.Equal(new DateOnly(year, month, dayOfMonth), day);
    }

    [Fact]
    public void FromSerial_ExcelDayNumbers_TheirDays()
    {
        // 44742 is 2022-06-30 in Excel's 1900 date system (the day number a date cell stores).
        Assert.Equal(new DateOnly(2022, 6, 30), DayText.FromSerial(44742));
        Assert.Equal(new DateOnly(2022, 6, 30), DayText.FromSerial(44742.75));
        Assert.Null(DayText.FromSerial(0));
        Assert.Null(DayText.FromSerial(double.PositiveInfinity));
    }
}
