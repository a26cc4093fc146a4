using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Indicators.Tests.Air.Daily;

/// <summary>Daily statistics are rounded by GB/T 8170 (四舍六入五成双) before they are indexed (HJ 663-2013): whole
/// µg/m³, CO to 0.1 mg/m³.</summary>
public sealed class StatisticRoundingTests
{
    private static HourlyDay Day(double pm25, double co) => new()
    {
        So2 = Hours(10), No2 = Hours(20), Pm10 = Hours(40), Co = Hours(co), O3 = Hours(60), Pm25 = Hours(pm25),
    };

    private static double[] Hours(double value) => [.. Enumerable.Repeat(value, 24)];

    [Theory]
    [InlineData(74.5, 74)] // 5 after an even digit: dropped
    [InlineData(75.5, 76)] // 5 after an odd digit: carried
    [InlineData(75.49, 75)]
    [InlineData(75.51, 76)]
    public void Pm25_DailyMean_RoundsHalfToEven(double hourly, double expected)
    {
        var day = StationDay.FromHourly(new DateOnly(2022, 5, 1), Day(hourly, 0.5));

        Assert.Equal(expected, day.Pm25.Value);
    }

    [Fact]
    public void Pm25_75point3_IsTheGoodDayItIsPublishedAs()
    {
        // Unrounded, 75.3 would index as 100 + 50/40 × 0.3 = 100.4 → 101 (轻度污染); published as 75, it is 100 (良).
        var day = StationDay.FromHourly(new DateOnly(2022, 5, 1), Day(75.3, 0.5));

        Assert.Equal((75.0, 100), (day.Pm25.Value, day.Index.Aqi));
        Assert.True(day.IsGood);
    }

    [Theory]
    [InlineData(1.25, 1.2)]
    [InlineData(1.35, 1.4)]
    [InlineData(1.26, 1.3)]
    public void Co_DailyMean_RoundsToOneDecimalHalfToEven(double hourly, double expected)
    {
        var day = StationDay.FromHourly(new DateOnly(2022, 5, 1), Day(30, hourly));

        Assert.Equal(expected, day.Co.Value);
    }
}
