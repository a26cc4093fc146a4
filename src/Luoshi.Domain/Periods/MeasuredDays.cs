namespace Luoshi.Domain.Periods;

/// <summary>The days of a plan year whose monitoring data is complete on a day: 1 January to the day before it, at most
/// 31 December. The day itself is still being measured, so no figure counts it; every monitoring view and indicator
/// reads this one window.</summary>
public static class MeasuredDays
{
    /// <summary>The window of <paramref name="year"/> as of <paramref name="asOf"/>; <c>To</c> is before <c>From</c>
    /// while no day of the year has ended.</summary>
    public static (DateOnly From, DateOnly To) Of(int year, DateOnly asOf)
    {
        var end = new DateOnly(year, 12, 31);
        var before = asOf.AddDays(-1);
        return (new DateOnly(year, 1, 1), before < end ? before : end);
    }
}
