namespace Luoshi.Indicators.Air;

/// <summary>A stretch of days judged by one standard (both ends included).</summary>
/// <param name="Standard">The rules in force over the stretch.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
public readonly record struct StandardSpan(AirStandard Standard, DateOnly From, DateOnly To)
{
    /// <summary>How many days the stretch holds.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;
}
