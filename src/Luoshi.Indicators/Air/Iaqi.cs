namespace Luoshi.Indicators.Air;

/// <summary>The individual air quality index (空气质量分指数, IAQI) of one concentration, HJ 633-2012 clause 4 and
/// HJ 633—2026 clause 4.2.</summary>
public static class Iaqi
{
    /// <summary>The highest index the tables define.</summary>
    public const int Maximum = 500;

    /// <summary>
    /// The IAQI of <paramref name="concentration"/> by <paramref name="standard"/>; null only where HJ 633-2012
    /// Table 1 notes (2) and (3) leave a value without index (SO2 1-hour, O3 8-hour above 800 µg/m³) — HJ 633—2026
    /// gives those 200 and 300.
    /// </summary>
    /// <param name="standard">The table to use.</param>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="averaging">The row.</param>
    /// <param name="concentration">µg/m³, except CO in mg/m³; used as given, not rounded first.</param>
    /// <remarks>
    /// Formula (1), IAQI = (IAQI_Hi − IAQI_Lo)/(BP_Hi − BP_Lo) × (C − BP_Lo) + IAQI_Lo, rounded up to a whole number
    /// (2012: 进位取整; 2026: 向上进位取整). Above the IAQI-500 limit there is nothing to interpolate to, so the index is
    /// 500 and <see cref="IsAboveTable"/> tells the caller to show it as "above the table" (爆表).
    /// Worked in <c>double</c> first, which is exact enough to round up correctly unless the concentration sits on a
    /// limit or the index comes out on (or a hair from) a whole number; those few cases are redone in <c>decimal</c>,
    /// so the result is always the decimal one, at a fraction of its cost in a batch over years of station-days.
    /// </remarks>
    public static int? Of(AirStandard standard, Pollutant pollutant, Averaging averaging, double concentration)
    {
        var row = RowOf(standard, pollutant, averaging);
        var limits = row.LimitsAsDouble;
        var c = CheckedDouble(concentration);
        var top = limits[^1];
        if (c > top && !IsNear(c, top))
        {
            return AboveLastLimit(row);
        }

        var hi = 1;
        while (hi < limits.Length - 1 && limits[hi] < c)
        {
            hi++;
        }

        var lo = hi - 1;
        if (IsNear(c, limits[lo]) || IsNear(c, limits[hi]))
        {
            return ExactOf(row, (decimal)c);
        }

        var index = Breakpoints.IndexAsDouble[lo]
            + ((Breakpoints.IndexAsDouble[hi] - Breakpoints.IndexAsDouble[lo]) * (c - limits[lo]) / (limits[hi] - limits[lo]));
        return IsNear(index, Math.Round(index)) ? ExactOf(row, (decimal)c) : (int)Math.Ceiling(index);
    }

    /// <summary>Whether <paramref name="concentration"/> lies above the IAQI-500 limit of its row (爆表); a row cut short by
    /// the notes never is (its values above the cut are not indexed, or indexed 200 / 300 by HJ 633—2026).</summary>
    public static bool IsAboveTable(AirStandard standard, Pollutant pollutant, Averaging averaging, double concentration)
    {
        var row = RowOf(standard, pollutant, averaging);
        if (!row.ReachesMaximum)
        {
            return false;
        }

        var c = CheckedDouble(concentration);
        var top = row.LimitsAsDouble[^1];
        return IsNear(c, top) ? (decimal)c > row.Limits[^1] : c > top;
    }

    /// <summary>Formula (1) in decimal, so a concentration on a limit gives exactly that limit's index.</summary>
    private static int? ExactOf(BreakpointRow limits, decimal c)
    {
        var row = limits.Limits;
        if (c > row[^1])
        {
            return AboveLastLimit(limits);
        }

        // The first segment whose upper limit reaches c; on a limit both neighbours give the same index.
        var hi = 1;
        while (row[hi] < c)
        {
            hi++;
        }

        var lo = hi - 1;
        var index = ((Breakpoints.Index[hi] - Breakpoints.Index[lo]) * (c - row[lo]) / (row[hi] - row[lo]))
            + Breakpoints.Index[lo];
        return (int)decimal.Ceiling(index);
    }

    // A full row ends at IAQI 500; a cut row gives what its note says (2026) or nothing (2012).
    private static int? AboveLastLimit(BreakpointRow row) => row.ReachesMaximum ? Maximum : row.IndexAboveCut;

    // Far wider than double's error on these magnitudes (~1e-13), far narrower than any real difference.
    private static bool IsNear(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    private static BreakpointRow RowOf(AirStandard standard, Pollutant pollutant, Averaging averaging)
    {
        if (standard is not (AirStandard.Hj633Of2012 or AirStandard.Hj633Of2026))
        {
            throw new ArgumentOutOfRangeException(nameof(standard), standard, "Unknown air-quality standard.");
        }

        return Breakpoints.Row(standard, pollutant, averaging)
            ?? throw new ArgumentException(
                $"{AirStandards.Name(standard)} has no {averaging} row for {pollutant}.", nameof(averaging));
    }

    private static double CheckedDouble(double concentration)
    {
        // Ingestion reports bad values with their place; one reaching here is a bug, so it throws.
        if (!double.IsFinite(concentration) || concentration < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(concentration), concentration, "A concentration is a finite number, zero or more.");
        }

        return concentration;
    }
}
