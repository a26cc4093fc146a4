namespace Luoshi.Indicators.Air;

/// <summary>
/// HJ 633-2012 Table 1 and HJ 633—2026 Table 3: the concentration limits that correspond to each individual index
/// (µg/m³, CO mg/m³). The 2026 table differs in two limits only, PM10 and PM2.5 24-hour at IAQI 100 (150 → 120 and
/// 75 → 60), and in what its notes do above the cut rows (docs/air-standards-2026.md cites the texts).
/// </summary>
/// <remarks>
/// Decimal, so a concentration exactly on a limit gives exactly that limit's index before rounding up; with
/// doubles, 50/40 × 40 style products can land a hair above an integer and round up one too many.
/// </remarks>
internal static class Breakpoints
{
    /// <summary>The IAQI column of both tables.</summary>
    internal static readonly decimal[] Index = [0m, 50m, 100m, 150m, 200m, 300m, 400m, 500m];

    /// <summary>The IAQI column as doubles, for the fast path of <see cref="Iaqi"/>.</summary>
    internal static readonly double[] IndexAsDouble = [0, 50, 100, 150, 200, 300, 400, 500];

    // Rows both versions print alike.
    private static readonly BreakpointRow So2TwentyFourHour = new([0m, 50m, 150m, 475m, 800m, 1600m, 2100m, 2620m]);
    private static readonly BreakpointRow No2TwentyFourHour = new([0m, 40m, 80m, 180m, 280m, 565m, 750m, 940m]);
    private static readonly BreakpointRow No2OneHour = new([0m, 100m, 200m, 700m, 1200m, 2340m, 3090m, 3840m]);
    private static readonly BreakpointRow CoTwentyFourHour = new([0m, 2m, 4m, 14m, 24m, 36m, 48m, 60m]);
    private static readonly BreakpointRow CoOneHour = new([0m, 5m, 10m, 35m, 60m, 90m, 120m, 150m]);
    private static readonly BreakpointRow O3OneHour = new([0m, 160m, 200m, 300m, 400m, 800m, 1000m, 1200m]);

    // HJ 633-2012 Table 1 note (2): SO2 1-hour above 800 µg/m³ is not indexed (its 24-hour index is reported);
    // note (3): O3 8-hour above 800 µg/m³ is not indexed (O3 is judged by its 1-hour value).
    private static readonly BreakpointRow So2OneHourOf2012 = new([0m, 150m, 500m, 650m, 800m]);
    private static readonly BreakpointRow O3EightHourOf2012 = new([0m, 100m, 160m, 215m, 265m, 800m]);
    private static readonly BreakpointRow Pm10Of2012 = new([0m, 50m, 150m, 250m, 350m, 420m, 500m, 600m]);
    private static readonly BreakpointRow Pm25Of2012 = new([0m, 35m, 75m, 115m, 150m, 250m, 350m, 500m]);

    // HJ 633—2026 Table 3 note b: SO2 1-hour above 800 µg/m³ counts as IAQI 200; note c: O3 8-hour above 800 µg/m³
    // counts as IAQI 300.
    private static readonly BreakpointRow So2OneHourOf2026 = new([0m, 150m, 500m, 650m, 800m], cutRowIndexAbove: 200);
    private static readonly BreakpointRow O3EightHourOf2026 = new([0m, 100m, 160m, 215m, 265m, 800m], cutRowIndexAbove: 300);
    private static readonly BreakpointRow Pm10Of2026 = new([0m, 50m, 120m, 250m, 350m, 420m, 500m, 600m]);
    private static readonly BreakpointRow Pm25Of2026 = new([0m, 35m, 60m, 115m, 150m, 250m, 350m, 500m]);

    /// <summary>The concentration limits of one row of the standard's table, or null when the table has no such row.</summary>
    internal static BreakpointRow? Row(AirStandard standard, Pollutant pollutant, Averaging averaging) => (pollutant, averaging) switch
    {
        (Pollutant.So2, Averaging.TwentyFourHour) => So2TwentyFourHour,
        (Pollutant.So2, Averaging.OneHour) => Of(standard, So2OneHourOf2012, So2OneHourOf2026),
        (Pollutant.No2, Averaging.TwentyFourHour) => No2TwentyFourHour,
        (Pollutant.No2, Averaging.OneHour) => No2OneHour,
        (Pollutant.Pm10, Averaging.TwentyFourHour) => Of(standard, Pm10Of2012, Pm10Of2026),
        (Pollutant.Co, Averaging.TwentyFourHour) => CoTwentyFourHour,
        (Pollutant.Co, Averaging.OneHour) => CoOneHour,
        (Pollutant.O3, Averaging.OneHour) => O3OneHour,
        (Pollutant.O3, Averaging.EightHourMoving) => Of(standard, O3EightHourOf2012, O3EightHourOf2026),
        (Pollutant.Pm25, Averaging.TwentyFourHour) => Of(standard, Pm25Of2012, Pm25Of2026),
        _ => null,
    };

    private static BreakpointRow Of(AirStandard standard, BreakpointRow of2012, BreakpointRow of2026) => standard switch
    {
        AirStandard.Hj633Of2012 => of2012,
        AirStandard.Hj633Of2026 => of2026,
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, "Unknown air-quality standard."),
    };
}
