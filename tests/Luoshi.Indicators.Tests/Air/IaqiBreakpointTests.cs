using Luoshi.Indicators.Air;

namespace Luoshi.Indicators.Tests.Air;

/// <summary>HJ 633-2012 Table 1 and HJ 633—2026 Table 3, every limit of every row, just below and just above, copied here
/// from the tables (docs/air-standards-2026.md) rather than from the library.</summary>
public sealed class IaqiBreakpointTests
{
    // Declared before the tables: static initialisers run in order.
    private static readonly int[] IndexColumn = [0, 50, 100, 150, 200, 300, 400, 500];

    // The rows both versions print alike.
    private static readonly (Pollutant, Averaging, double[])[] Common =
    [
        (Pollutant.So2, Averaging.TwentyFourHour, [0, 50, 150, 475, 800, 1600, 2100, 2620]),
        (Pollutant.So2, Averaging.OneHour, [0, 150, 500, 650, 800]),
        (Pollutant.No2, Averaging.TwentyFourHour, [0, 40, 80, 180, 280, 565, 750, 940]),
        (Pollutant.No2, Averaging.OneHour, [0, 100, 200, 700, 1200, 2340, 3090, 3840]),
        (Pollutant.Co, Averaging.TwentyFourHour, [0, 2, 4, 14, 24, 36, 48, 60]),
        (Pollutant.Co, Averaging.OneHour, [0, 5, 10, 35, 60, 90, 120, 150]),
        (Pollutant.O3, Averaging.OneHour, [0, 160, 200, 300, 400, 800, 1000, 1200]),
        (Pollutant.O3, Averaging.EightHourMoving, [0, 100, 160, 215, 265, 800]),
    ];

    // (standard, pollutant, averaging, concentration limit, IAQI at that limit).
    public static TheoryData<AirStandard, Pollutant, Averaging, double, int> Tables { get; } = Rows(
        (AirStandard.Hj633Of2012, [.. Common,
            (Pollutant.Pm10, Averaging.TwentyFourHour, [0, 50, 150, 250, 350, 420, 500, 600]),
            (Pollutant.Pm25, Averaging.TwentyFourHour, [0, 35, 75, 115, 150, 250, 350, 500])]),
        // Table 3 of HJ 633—2026: PM10 120 and PM2.5 60 at IAQI 100 (were 150 and 75).
        (AirStandard.Hj633Of2026, [.. Common,
            (Pollutant.Pm10, Averaging.TwentyFourHour, [0, 50, 120, 250, 350, 420, 500, 600]),
            (Pollutant.Pm25, Averaging.TwentyFourHour, [0, 35, 60, 115, 150, 250, 350, 500])]));

    // Below the zero limit there is no concentration, so the just-below test takes the other limits.
    public static TheoryData<AirStandard, Pollutant, Averaging, double, int> TablesAboveZero { get; } = AboveZero(Tables);

    [Theory]
    [MemberData(nameof(Tables))]
    public void Of_ExactlyOnALimit_GivesItsIndex(AirStandard standard, Pollutant pollutant, Averaging averaging, double limit, int index) =>
        Assert.Equal(index, Iaqi.Of(standard, pollutant, averaging, limit));

    // Just below a limit the index, before rounding up, is less than the limit's index by slope × δ. The steepest
    // segments are CO 24-hour 0–2 mg/m³ (25 per mg/m³) and PM2.5 0–35 and 2026's 35–60 (2 per µg/m³), so δ = 0.01 mg/m³
    // for CO and 0.1 µg/m³ elsewhere keeps slope × δ below 1: rounding up gives the limit's index just below it and
    // one more just above it.
    [Theory]
    [MemberData(nameof(TablesAboveZero))]
    public void Of_JustBelowALimit_RoundsUpToItsIndex(AirStandard standard, Pollutant pollutant, Averaging averaging, double limit, int index) =>
        Assert.Equal(index, Iaqi.Of(standard, pollutant, averaging, limit - Delta(pollutant)));

    [Theory]
    [MemberData(nameof(Tables))]
    public void Of_JustAboveALimit_IsOneMoreOrWhatTheNotesSay(AirStandard standard, Pollutant pollutant, Averaging averaging, double limit, int index)
    {
        var above = Iaqi.Of(standard, pollutant, averaging, limit + Delta(pollutant));
        var cutRow = (pollutant, averaging, index) is (Pollutant.So2, Averaging.OneHour, 200) or (Pollutant.O3, Averaging.EightHourMoving, 300);

        if (index == 500)
        {
            // No limit above IAQI 500 to interpolate to: the index stays 500 and is flagged as above the table.
            Assert.Equal(500, above);
            Assert.True(Iaqi.IsAboveTable(standard, pollutant, averaging, limit + Delta(pollutant)));
        }
        else if (cutRow && standard == AirStandard.Hj633Of2012)
        {
            // HJ 633-2012 Table 1 notes (2) and (3): SO2 1-hour and O3 8-hour above 800 µg/m³ get no index of their own.
            Assert.Null(above);
        }
        else if (cutRow)
        {
            // HJ 633—2026 Table 3 notes b and c: above 800 µg/m³ SO2 1-hour counts 200 and O3 8-hour counts 300.
            Assert.Equal(index, above);
            Assert.False(Iaqi.IsAboveTable(standard, pollutant, averaging, limit + Delta(pollutant)));
        }
        else
        {
            Assert.Equal(index + 1, above);
        }
    }

    private static double Delta(Pollutant pollutant) => pollutant == Pollutant.Co ? 0.01 : 0.1;

    private static TheoryData<AirStandard, Pollutant, Averaging, double, int> Rows(
        params (AirStandard Standard, (Pollutant Pollutant, Averaging Averaging, double[] Limits)[] Rows)[] tables)
    {
        var data = new TheoryData<AirStandard, Pollutant, Averaging, double, int>();
        foreach (var (standard, rows) in tables)
        {
            foreach (var (pollutant, averaging, limits) in rows)
            {
                for (var i = 0; i < limits.Length; i++)
                {
                    data.Add(standard, pollutant, averaging, limits[i], IndexColumn[i]);
                }
            }
        }

        return data;
    }

    private static TheoryData<AirStandard, Pollutant, Averaging, double, int> AboveZero(TheoryData<AirStandard, Pollutant, Averaging, double, int> rows)
    {
        var above = new TheoryData<AirStandard, Pollutant, Averaging, double, int>();
        foreach (var row in rows)
        {
            var (standard, pollutant, averaging, limit, index) = row.Data;
            if (limit > 0)
            {
                above.Add(standard, pollutant, averaging, limit, index);
            }
        }

        return above;
    }
}
