using Luoshi.Indicators.Air;

namespace Luoshi.Indicators.Tests.Air;

/// <summary>HJ 633-2012 formula (1) between limits, the rounding up (进位取整), and the ends of the table.</summary>
public sealed class IaqiFormulaTests
{
    [Theory]
    // PM2.5 34.9: 50/35 × 34.9 = 49.857… → 50
    [InlineData(Pollutant.Pm25, Averaging.TwentyFourHour, 34.9, 50)]
    // PM2.5 35.1: (100−50)/(75−35) × (35.1−35) + 50 = 1.25 × 0.1 + 50 = 50.125 → 51
    [InlineData(Pollutant.Pm25, Averaging.TwentyFourHour, 35.1, 51)]
    // PM2.5 75: 1.25 × 40 + 50 = 100 exactly → 100
    [InlineData(Pollutant.Pm25, Averaging.TwentyFourHour, 75, 100)]
    // PM2.5 75.1: (150−100)/(115−75) × 0.1 + 100 = 100.125 → 101
    [InlineData(Pollutant.Pm25, Averaging.TwentyFourHour, 75.1, 101)]
    // PM2.5 0.1: 50/35 × 0.1 = 0.143 → 1 (any trace is at least index 1)
    [InlineData(Pollutant.Pm25, Averaging.TwentyFourHour, 0.1, 1)]
    // PM2.5 160: (300−200)/(250−150) × 10 + 200 = 210
    [InlineData(Pollutant.Pm25, Averaging.TwentyFourHour, 160, 210)]
    // PM10 100: 50/100 × 50 + 50 = 75 exactly; PM10 101: 75.5 → 76
    [InlineData(Pollutant.Pm10, Averaging.TwentyFourHour, 100, 75)]
    [InlineData(Pollutant.Pm10, Averaging.TwentyFourHour, 101, 76)]
    // CO 24-hour 4.1 mg/m³: 50/10 × 0.1 + 100 = 100.5 → 101
    [InlineData(Pollutant.Co, Averaging.TwentyFourHour, 4.1, 101)]
    // CO 24-hour 0.5: 25 × 0.5 = 12.5 → 13
    [InlineData(Pollutant.Co, Averaging.TwentyFourHour, 0.5, 13)]
    // NO2 1-hour 150: 50/100 × 50 + 50 = 75
    [InlineData(Pollutant.No2, Averaging.OneHour, 150, 75)]
    // SO2 1-hour 300: 50/350 × 150 + 50 = 71.43 → 72
    [InlineData(Pollutant.So2, Averaging.OneHour, 300, 72)]
    // SO2 24-hour 700: 50/325 × 225 + 150 = 184.62 → 185
    [InlineData(Pollutant.So2, Averaging.TwentyFourHour, 700, 185)]
    // O3 8-hour 500: 100/535 × 235 + 200 = 243.93 → 244
    [InlineData(Pollutant.O3, Averaging.EightHourMoving, 500, 244)]
    // O3 1-hour 900: between 800 (300) and 1000 (400): 100/200 × 100 + 300 = 350
    [InlineData(Pollutant.O3, Averaging.OneHour, 900, 350)]
    public void Formula1_RoundsUp(Pollutant pollutant, Averaging averaging, double concentration, int expected) =>
        Assert.Equal(expected, Iaqi.Of(AirStandard.Hj633Of2012, pollutant, averaging, concentration));

    [Theory]
    [InlineData(Pollutant.Pm25, Averaging.TwentyFourHour, 600)]
    [InlineData(Pollutant.Pm10, Averaging.TwentyFourHour, 1000)]
    [InlineData(Pollutant.So2, Averaging.TwentyFourHour, 3000)]
    [InlineData(Pollutant.O3, Averaging.OneHour, 1500)]
    [InlineData(Pollutant.Co, Averaging.OneHour, 200)]
    public void AboveTheIaqi500Limit_Is500AndFlagged(Pollutant pollutant, Averaging averaging, double concentration)
    {
        Assert.Equal(500, Iaqi.Of(AirStandard.Hj633Of2012, pollutant, averaging, concentration));
        Assert.True(Iaqi.IsAboveTable(AirStandard.Hj633Of2012, pollutant, averaging, concentration));
    }

    [Fact]
    public void AtTheIaqi500Limit_IsNotFlagged() =>
        Assert.False(Iaqi.IsAboveTable(AirStandard.Hj633Of2012, Pollutant.Pm25, Averaging.TwentyFourHour, 500));

    [Theory]
    // Table 1 note (2)
    [InlineData(Pollutant.So2, Averaging.OneHour, 801)]
    // Table 1 note (3)
    [InlineData(Pollutant.O3, Averaging.EightHourMoving, 1000)]
    public void Table1Notes2And3_AboveEightHundred_HaveNoIndex(Pollutant pollutant, Averaging averaging, double concentration) =>
        Assert.Null(Iaqi.Of(AirStandard.Hj633Of2012, pollutant, averaging, concentration));

    [Theory]
    [InlineData(Pollutant.Pm25, Averaging.OneHour)]
    [InlineData(Pollutant.Pm10, Averaging.OneHour)]
    [InlineData(Pollutant.O3, Averaging.TwentyFourHour)]
    [InlineData(Pollutant.So2, Averaging.EightHourMoving)]
    public void RowNotInTable1_Throws(Pollutant pollutant, Averaging averaging) =>
        Assert.Throws<ArgumentException>(() => Iaqi.Of(AirStandard.Hj633Of2012, pollutant, averaging, 10));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void NotAConcentration_Throws(double concentration) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Iaqi.Of(AirStandard.Hj633Of2012, Pollutant.Pm25, Averaging.TwentyFourHour, concentration));
}
