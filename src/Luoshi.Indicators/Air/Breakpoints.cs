namespace Luoshi.Indicators.Air;

/// <summary>HJ 633-2012 Table 1: the concentration limits that correspond to each individual index.</summary>
/// <remarks>
/// Decimal, so a concentration exactly on a limit gives exactly that limit's index before rounding up; with
/// doubles, 50/40 × 40 style products can land a hair above an integer and round up one too many.
/// </remarks>
internal static class Breakpoints
{
    /// <summary>The IAQI column of Table 1.</summary>
    internal static readonly decimal[] Index = [0m, 50m, 100m, 150m, 200m, 300m, 400m, 500m];

    /// <summary>The IAQI column as doubles, for the fast path of <see cref="Iaqi"/>.</summary>
    internal static readonly double[] IndexAsDouble = [0, 50, 100, 150, 200, 300, 400, 500];

    private static readonly BreakpointRow So2TwentyFourHour = new([0m, 50m, 150m, 475m, 800m, 1600m, 2100m, 2620m]);

    // Table 1 note (2): above 800 µg/m³ the 1-hour SO2 value is not indexed, so the row stops at IAQI 200.
    private static readonly BreakpointRow So2OneHour = new([0m, 150m, 500m, 650m, 800m]);
    private static readonly BreakpointRow No2TwentyFourHour = new([0m, 40m, 80m, 180m, 280m, 565m, 750m, 940m]);
    private static readonly BreakpointRow No2OneHour = new([0m, 100m, 200m, 700m, 1200m, 2340m, 3090m, 3840m]);
    private static readonly BreakpointRow Pm10TwentyFourHour = new([0m, 50m, 150m, 250m, 350m, 420m, 500m, 600m]);
    private static readonly BreakpointRow CoTwentyFourHour = new([0m, 2m, 4m, 14m, 24m, 36m, 48m, 60m]);
    private static readonly BreakpointRow CoOneHour = new([0m, 5m, 10m, 35m, 60m, 90m, 120m, 150m]);
    private static readonly BreakpointRow O3OneHour = new([0m, 160m, 200m, 300m, 400m, 800m, 1000m, 1200m]);

    // Table 1 note (3): above 800 µg/m³ the 8-hour O3 value is not indexed, so the row stops at IAQI 300.
    private static readonly BreakpointRow O3EightHour = new([0m, 100m, 160m, 215m, 265m, 800m]);
    private static readonly BreakpointRow Pm25TwentyFourHour = new([0m, 35m, 75m, 115m, 150m, 250m, 350m, 500m]);

    /// <summary>The concentration limits of one row of Table 1, or null when the table has no such row.</summary>
    internal static BreakpointRow? Row(Pollutant pollutant, Averaging averaging) => (pollutant, averaging) switch
    {
        (Pollutant.So2, Averaging.TwentyFourHour) => So2TwentyFourHour,
        (Pollutant.So2, Averaging.OneHour) => So2OneHour,
        (Pollutant.No2, Averaging.TwentyFourHour) => No2TwentyFourHour,
        (Pollutant.No2, Averaging.OneHour) => No2OneHour,
        (Pollutant.Pm10, Averaging.TwentyFourHour) => Pm10TwentyFourHour,
        (Pollutant.Co, Averaging.TwentyFourHour) => CoTwentyFourHour,
        (Pollutant.Co, Averaging.OneHour) => CoOneHour,
        (Pollutant.O3, Averaging.OneHour) => O3OneHour,
        (Pollutant.O3, Averaging.EightHourMoving) => O3EightHour,
        (Pollutant.Pm25, Averaging.TwentyFourHour) => Pm25TwentyFourHour,
        _ => null,
    };
}
