namespace Luoshi.Indicators.Air.Daily;

/// <summary>One daily statistic of one pollutant computed from a station-day's hourly values.</summary>
/// <param name="Value">The statistic (µg/m³, CO mg/m³) over the valid values; NaN when there is none.</param>
/// <param name="Count">How many valid hourly values (for the O3 8-hour maximum: valid 8-hour windows) it rests on.</param>
/// <param name="Validity">Whether it meets the validity rule.</param>
public readonly record struct DailyValue(double Value, int Count, DailyValueValidity Validity)
{
    /// <summary>Whether the value counts (valid, or valid because it exceeds the limit).</summary>
    public bool IsValid => Validity >= DailyValueValidity.Valid;

    /// <summary>The value when it counts, otherwise null.</summary>
    public double? ValidValue => IsValid ? Value : null;
}
