namespace Luoshi.Indicators.Air.Daily;

/// <summary>One station-day's hourly values, one span of 24 per pollutant.</summary>
/// <remarks>
/// Index h is the hour from h:00 to h+1:00 Beijing time (UTC+8, no daylight saving since 1991), so index 0 is
/// 0:00–1:00 and index 23 is 23:00–24:00. NaN marks a missing or invalid hour. An empty span means the pollutant is
/// not measured that day (all 24 hours missing). Units as HJ 633-2012 Table 1: µg/m³, CO in mg/m³.
/// Named members rather than six positional spans, so two pollutants cannot be swapped silently.
/// </remarks>
public readonly ref struct HourlyDay
{
    /// <summary>SO2 1-hour means, µg/m³.</summary>
    public ReadOnlySpan<double> So2 { get; init; }

    /// <summary>NO2 1-hour means, µg/m³.</summary>
    public ReadOnlySpan<double> No2 { get; init; }

    /// <summary>PM10 1-hour means, µg/m³.</summary>
    public ReadOnlySpan<double> Pm10 { get; init; }

    /// <summary>CO 1-hour means, mg/m³ (divide µg/m³ by 1000).</summary>
    public ReadOnlySpan<double> Co { get; init; }

    /// <summary>O3 1-hour means, µg/m³.</summary>
    public ReadOnlySpan<double> O3 { get; init; }

    /// <summary>PM2.5 1-hour means, µg/m³.</summary>
    public ReadOnlySpan<double> Pm25 { get; init; }

    /// <summary>
    /// A day laid out as one block of 6 × 24 values in HJ 633-2012 Table 1 order (SO2, NO2, PM10, CO, O3, PM2.5),
    /// the layout a reader can fill without a buffer per pollutant.
    /// </summary>
    /// <exception cref="ArgumentException">The block is not 144 long.</exception>
    public static HourlyDay FromBlock(ReadOnlySpan<double> block)
    {
        const int hours = ValidityRules.HoursPerDay;
        if (block.Length != 6 * hours)
        {
            throw new ArgumentException($"A day block holds 6 × 24 = 144 values, not {block.Length}.", nameof(block));
        }

        return new HourlyDay
        {
            So2 = block[..hours],
            No2 = block.Slice(hours, hours),
            Pm10 = block.Slice(2 * hours, hours),
            Co = block.Slice(3 * hours, hours),
            O3 = block.Slice(4 * hours, hours),
            Pm25 = block.Slice(5 * hours, hours),
        };
    }
}
