namespace Luoshi.Indicators.Air.Daily;

/// <summary>
/// Rounds a daily statistic before it is indexed: HJ 663-2013 has statistics rounded by GB/T 8170 (round half to even,
/// 四舍六入五成双) to whole µg/m³, CO to 0.1 mg/m³ — the figures stations publish and the AQI is computed from. Without
/// it a PM2.5 mean of 75.3 would index as 101 (polluted) where the published 75 gives a good day.
/// </summary>
internal static class StatisticRounding
{
    /// <summary>Decimals kept for µg/m³ statistics (SO2, NO2, PM10, PM2.5, O3).</summary>
    public const int Micrograms = 0;

    /// <summary>Decimals kept for CO in mg/m³.</summary>
    public const int CarbonMonoxide = 1;

    /// <summary><paramref name="value"/> rounded half to even at <paramref name="decimals"/>; NaN stays NaN.</summary>
    public static double Round(double value, int decimals)
    {
        // Through decimal, so a mean that double arithmetic leaves at 75.49999999 or 0.05000001 rounds as written.
        return double.IsNaN(value)
            ? value
            : (double)Math.Round(Math.Round((decimal)value, 9), decimals, MidpointRounding.ToEven);
    }
}
