using Luoshi.Indicators.Air;

namespace Luoshi.Indicators.Tests.Air;

/// <summary>HJ 633-2012 Table 1, every limit of every row, copied here from the table rather than from the library.</summary>
public sealed class IaqiBreakpointTests
{
    // Declared before Table1: static initialisers run in order.
    private static readonly int[] IndexColumn = [0, 50, 100, 150, 200, 300, 400, 500];

    // (pollutant, averaging, concentration limit, IAQI at that limit); the IAQI column is 0 50 100 150 200 300 400 500.
    public static TheoryData<Pollutant, Averaging, double, int> Table1 { get; } = Rows(
        (Pollutant.So2, Averaging.TwentyFourHour, [0, 50, 150, 475, 800, 1600, 2100, 2620]),
        (Pollutant.So2, Averaging.OneHour, [0, 150, 500, 650, 800]),
        (Pollutant.No2, Averaging.TwentyFourHour, [0, 40, 80, 180, 280, 565, 750, 940]),
        (Pollutant.No2, Averaging.OneHour, [0, 100, 200, 700, 1200, 2340, 3090, 3840]),
        (Pollutant.Pm10, Averaging.TwentyFourHour, [0, 50, 150, 250, 350, 420, 500, 600]),
        (Pollutant.Co, Averaging.TwentyFourHour, [0, 2, 4, 14, 24, 36, 48, 60]),
        (Pollutant.Co, Averaging.OneHour, [0, 5, 10, 35, 60, 90, 120, 150]),
        (Pollutant.O3, Averaging.OneHour, [0, 160, 200, 300, 400, 800, 1000, 1200]),
        (Pollutant.O3, Averaging.EightHourMoving, [0, 100, 160, 215, 265, 800]),
        (Pollutant.Pm25, Averaging.TwentyFourHour, [0, 35, 75, 115, 150, 250, 350, 500]));

    // Below the zero limit there is no concentration, so the just-below test takes the other limits.
    public static TheoryData<Pollutant, Averaging, double, int> Table1AboveZero { get; } = Above(Table1);

    [Theory]
    [MemberData(nameof(Table1))]
    public void Table1_Limit_GivesItsIndexExactly(Pollutant pollutant, Averaging averaging, double limit, int index) =>
        Assert.Equal(index, Iaqi.Of(pollutant, averaging, limit));

    // Just below a limit the index, before rounding up, is less than the limit's index by slope × δ. The steepest
    // segments are CO 24-hour 0–2 mg/m³ (25 per mg/m³) and PM2.5 0–35 (50/35 ≈ 1.43 per µg/m³), so δ = 0.01 mg/m³
    // for CO and 0.1 µg/m³ elsewhere keeps slope × δ below 1: rounding up gives the limit's index below it and
    // one more above it.
    [Theory]
    [MemberData(nameof(Table1AboveZero))]
    public void Table1_JustBelowLimit_RoundsUpToTheLimitsIndex(Pollutant pollutant, Averaging averaging, double limit, int index) =>
        Assert.Equal(index, Iaqi.Of(pollutant, averaging, limit - Delta(pollutant)));

    [Theory]
    [MemberData(nameof(Table1))]
    public void Table1_JustAboveLimit_IsOneMoreOrOffTheTable(Pollutant pollutant, Averaging averaging, double limit, int index)
    {
        var above = Iaqi.Of(pollutant, averaging, limit + Delta(pollutant));
        var isLastOfRow = index == 500
            || (pollutant, averaging, index) is (Pollutant.So2, Averaging.OneHour, 200)
                or (Pollutant.O3, Averaging.EightHourMoving, 300);

        if (!isLastOfRow)
        {
            Assert.Equal(index + 1, above);
        }
        else if (index == 500)
        {
            // No limit above IAQI 500 to interpolate to: the index stays 500 and is flagged as above the table.
            Assert.Equal(500, above);
            Assert.True(Iaqi.IsAboveTable(pollutant, averaging, limit + Delta(pollutant)));
        }
        else
        {
            // Table 1 notes (2) and (3): SO2 1-hour and O3 8-hour above 800 µg/m³ get no index of their own.
            Assert.Null(above);
        }
    }

    private static double Delta(Pollutant pollutant) => pollutant == Pollutant.Co ? 0.01 : 0.1;

    private static TheoryData<Pollutant, Averaging, double, int> Rows(
        params (Pollutant Pollutant, Averaging Averaging, double[] Limits)[] rows)
    {
        var data = new TheoryData<Pollutant, Averaging, double, int>();
        foreach (var (pollutant, averaging, limits) in rows)
        {
            for (var i = 0; i < limits.Length; i++)
            {
                data.Add(pollutant, averaging, limits[i], IndexColumn[i]);
            }
        }

        return data;
    }

    private static TheoryData<Pollutant, Averaging, double, int> Above(TheoryData<Pollutant, Averaging, double, int> rows)
    {
        var above = new TheoryData<Pollutant, Averaging, double, int>();
        foreach (var row in rows)
        {
            var (pollutant, averaging, limit, index) = ((Pollutant)row.Data.Item1, (Averaging)row.Data.Item2, (double)row.Data.Item3, (int)row.Data.Item4);
            if (limit > 0)
            {
                above.Add(pollutant, averaging, limit, index);
            }
        }

        return above;
    }
}
