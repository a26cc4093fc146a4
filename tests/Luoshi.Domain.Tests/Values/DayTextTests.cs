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
    public void TryParse_TheWaysOfficesWriteADay_OneDay(string text)
    {
        Assert.True(DayText.TryParse(text, out var day));
        Assert.Equal(new DateOnly(2022, 6, 30), day);
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("30/06/2022")]
    [InlineData("明天")]
    [InlineData("")]
    public void TryParse_NoDay_Refused(string text) => Assert.False(DayText.TryParse(text, out _));

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
