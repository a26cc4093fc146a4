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
}
