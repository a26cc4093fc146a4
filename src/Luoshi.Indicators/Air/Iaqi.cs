namespace Luoshi.Indicators.Air;

/// <summary>The individual air quality index (空气质量分指数, IAQI) of one concentration, HJ 633-2012 clause 4.</summary>
public static class Iaqi
{
    /// <summary>The highest index Table 1 defines.</summary>
    public const int Maximum = 500;

    /// <summary>
    /// The IAQI of <paramref name="concentration"/> by HJ 633-2012, or null where Table 1 notes (2) and (3) say the
    /// value is not indexed (SO2 1-hour above 800 µg/m³, O3 8-hour above 800 µg/m³).
    /// </summary>
    /// <param name="concentration">µg/m³, except CO in mg/m³; used as given, not rounded first.</param>
    /// <remarks>
    /// Formula (1), IAQI = (IAQI_Hi − IAQI_Lo)/(BP_Hi − BP_Lo) × (C − BP_Lo) + IAQI_Lo, rounded up to a whole number
    /// (进位取整). Above the IAQI-500 limit Table 1 has nothing to interpolate to, so the index is 500 and
    /// <see cref="IsAboveTable"/> tells the caller to show it as "above the table" (爆表).
    /// </remarks>
    public static int? Of(Pollutant pollutant, Averaging averaging, double concentration) =>
        Of(AirStandard.Hj633Of2012, pollutant, averaging, concentration);

    /// <summary>The IAQI of <paramref name="concentration"/> by the given standard; see the overload without it.</summary>
    public static int? Of(AirStandard standard, Pollutant pollutant, Averaging averaging, double concentration)
    {
        var row = RowOf(standard, pollutant, averaging);
        var c = Checked(concentration);
        var top = row[^1];
        if (c > top)
        {
            // Only the rows cut short by notes (2) and (3) end below IAQI 500; past their end there is no index.
            return row.Length == Breakpoints.Index.Length ? Maximum : null;
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

    /// <summary>Whether <paramref name="concentration"/> lies above the highest limit of its Table 1 row.</summary>
    public static bool IsAboveTable(Pollutant pollutant, Averaging averaging, double concentration) =>
        Checked(concentration) > RowOf(AirStandard.Hj633Of2012, pollutant, averaging)[^1];

    private static decimal[] RowOf(AirStandard standard, Pollutant pollutant, Averaging averaging)
    {
        if (standard != AirStandard.Hj633Of2012)
        {
            throw new ArgumentOutOfRangeException(nameof(standard), standard, "Only HJ 633-2012 is implemented.");
        }

        return Breakpoints.Row(pollutant, averaging)
            ?? throw new ArgumentException(
                $"HJ 633-2012 Table 1 has no {averaging} row for {pollutant}.", nameof(averaging));
    }

    private static decimal Checked(double concentration)
    {
        // Ingestion reports bad values with their place; one reaching here is a bug, so it throws.
        if (!double.IsFinite(concentration) || concentration < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(concentration), concentration, "A concentration is a finite number, zero or more.");
        }

        return (decimal)concentration;
    }
}
