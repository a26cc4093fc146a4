namespace Luoshi.Indicators.Air.Daily;

/// <summary>Whether a station-day (or city-day) counts in the share of good days.</summary>
public enum DayStatus
{
    /// <summary>Every daily value the AQI needs is valid: a valid day (有效天).</summary>
    Valid = 1,

    /// <summary>Some daily value is invalid or missing; <see cref="DayInvalidity"/> says which.</summary>
    Invalid,
}
