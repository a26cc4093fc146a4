using Luoshi.Indicators.Air;

namespace Luoshi.Indicators.Tests.Air;

/// <summary>
/// <see cref="Iaqi.Of"/> works in double and falls back to decimal near limits and whole indices; here its result is
/// checked against formula (1) done wholly in decimal, on every row of HJ 633-2012 Table 1 and HJ 633—2026 Table 3.
/// </summary>
public sealed class IaqiFastPathTests
{
    private static readonly decimal[] IndexColumn = [0, 50, 100, 150, 200, 300, 400, 500];

    private static readonly (Pollutant, Averaging)[] AllRows =
    [
        (Pollutant.So2, Averaging.TwentyFourHour), (Pollutant.So2, Averaging.OneHour), (Pollutant.No2, Averaging.TwentyFourHour),
        (Pollutant.No2, Averaging.OneHour), (Pollutant.Pm10, Averaging.TwentyFourHour), (Pollutant.Co, Averaging.TwentyFourHour),
        (Pollutant.Co, Averaging.OneHour), (Pollutant.O3, Averaging.OneHour), (Pollutant.O3, Averaging.EightHourMoving),
        (Pollutant.Pm25, Averaging.TwentyFourHour),
    ];

    public static TheoryData<AirStandard, Pollutant, Averaging> Rows { get; } = Both();

    [Theory]
    [MemberData(nameof(Rows))]
    public void Of_MatchesFormula1InDecimal(AirStandard standard, Pollutant pollutant, Averaging averaging)
    {
        var limits = Limits(standard, pollutant, averaging);
        var random = new Random(633);
        for (var n = 0; n < 20_000; n++)
        {
            // Whole numbers, tenths, means of 24 and of 7 hours, and raw doubles: the shapes daily values take.
            var raw = random.NextDouble() * (double)limits[^1] * 1.05;
            var c = (n % 5) switch
            {
                0 => Math.Round(raw),
                1 => Math.Round(raw, 1),
                2 => Math.Round(raw * 24) / 24,
                3 => Math.Round(raw * 7) / 7,
                _ => raw,
            };

            Assert.Equal(Expected(standard, limits, c), Iaqi.Of(standard, pollutant, averaging, c));
        }
    }

    private static TheoryData<AirStandard, Pollutant, Averaging> Both()
    {
        var data = new TheoryData<AirStandard, Pollutant, Averaging>();
        foreach (var standard in new[] { AirStandard.Hj633Of2012, AirStandard.Hj633Of2026 })
        {
            foreach (var (pollutant, averaging) in AllRows)
            {
                data.Add(standard, pollutant, averaging);
            }
        }

        return data;
    }

    private static int? Expected(AirStandard standard, decimal[] limits, double concentration)
    {
        var c = (decimal)concentration;
        if (c > limits[^1])
        {
            // A full row ends at 500; the cut rows: nothing (2012), the last index (2026: SO2 1-hour 200, O3 8-hour 300).
            return limits.Length == IndexColumn.Length ? 500
                : standard == AirStandard.Hj633Of2026 ? (int)IndexColumn[limits.Length - 1] : null;
        }

        var hi = 1;
        while (limits[hi] < c)
        {
            hi++;
        }

        var lo = hi - 1;
        return (int)decimal.Ceiling(IndexColumn[lo] + ((IndexColumn[hi] - IndexColumn[lo]) * (c - limits[lo]) / (limits[hi] - limits[lo])));
    }

    // HJ 633-2012 Table 1 and HJ 633—2026 Table 3 (PM10 and PM2.5 at IAQI 100 differ), copied from the tables.
    private static decimal[] Limits(AirStandard standard, Pollutant pollutant, Averaging averaging) => (pollutant, averaging) switch
    {
        (Pollutant.Pm10, Averaging.TwentyFourHour) when standard == AirStandard.Hj633Of2026 => [0, 50, 120, 250, 350, 420, 500, 600],
        (Pollutant.Pm25, Averaging.TwentyFourHour) when standard == AirStandard.Hj633Of2026 => [0, 35, 60, 115, 150, 250, 350, 500],
        (Pollutant.So2, Averaging.TwentyFourHour) => [0, 50, 150, 475, 800, 1600, 2100, 2620],
        (Pollutant.So2, Averaging.OneHour) => [0, 150, 500, 650, 800],
        (Pollutant.No2, Averaging.TwentyFourHour) => [0, 40, 80, 180, 280, 565, 750, 940],
        (Pollutant.No2, Averaging.OneHour) => [0, 100, 200, 700, 1200, 2340, 3090, 3840],
        (Pollutant.Pm10, Averaging.TwentyFourHour) => [0, 50, 150, 250, 350, 420, 500, 600],
        (Pollutant.Co, Averaging.TwentyFourHour) => [0, 2, 4, 14, 24, 36, 48, 60],
        (Pollutant.Co, Averaging.OneHour) => [0, 5, 10, 35, 60, 90, 120, 150],
        (Pollutant.O3, Averaging.OneHour) => [0, 160, 200, 300, 400, 800, 1000, 1200],
        (Pollutant.O3, Averaging.EightHourMoving) => [0, 100, 160, 215, 265, 800],
        _ => [0, 35, 75, 115, 150, 250, 350, 500],
    };
}
