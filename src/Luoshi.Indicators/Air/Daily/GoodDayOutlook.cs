namespace Luoshi.Indicators.Air.Daily;

/// <summary>What a target share of good days still needs this year (剩余可超标天数) and where the year is heading.</summary>
/// <param name="Target">The target share, e.g. 0.9 for 优良率达90%以上 (reached when the share is at least this).</param>
/// <param name="ValidDaysInYear">Valid days so far plus the days left, every day left assumed valid.</param>
/// <param name="GoodDaysNeeded">The fewest good days in the year that reach the target: ⌈target × valid days in year⌉.</param>
/// <param name="AffordablePollutedDays">
/// 剩余可超标天数: how many of the days left may still be polluted (AQI above 100) with the target reached;
/// negative means the target can no longer be reached even if every day left is good.
/// </param>
/// <param name="ProjectedShare">The expected year-end share; null when there is nothing to project from.</param>
public readonly record struct GoodDayOutlook(
    decimal Target,
    int ValidDaysInYear,
    int GoodDaysNeeded,
    int AffordablePollutedDays,
    double? ProjectedShare)
{
    /// <summary>Whether the target can still be reached.</summary>
    public bool Reachable => AffordablePollutedDays >= 0;

    /// <summary>The outlook from the days so far.</summary>
    /// <param name="target">The target share, 0 to 1.</param>
    /// <param name="validSoFar">Valid days so far this year.</param>
    /// <param name="goodSoFar">Good days so far this year.</param>
    /// <param name="daysLeft">Days of the year not yet counted (see <see cref="DaysLeftInYear"/>).</param>
    /// <param name="expectedShareOfRest">
    /// The share of good days expected over the days left, e.g. last year's share over the same dates (ozone in
    /// summer and particles in winter make the rest of a year unlike its start); null takes the share so far, which
    /// makes the projection equal to the share so far.
    /// </param>
    /// <remarks>
    /// Invalid days so far are out of the denominator, as in the share itself; every day left is assumed valid, the
    /// usual planning assumption, since which future days will be invalid cannot be known.
    /// </remarks>
    public static GoodDayOutlook For(
        decimal target, int validSoFar, int goodSoFar, int daysLeft, double? expectedShareOfRest = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(target, 1m);
        ArgumentOutOfRangeException.ThrowIfNegative(goodSoFar);
        ArgumentOutOfRangeException.ThrowIfLessThan(validSoFar, goodSoFar);
        ArgumentOutOfRangeException.ThrowIfNegative(daysLeft);

        var validInYear = validSoFar + daysLeft;
        // Decimal, so 0.8 × 365 is exactly 292 and not a hair above it (which would ask for one day too many).
        var needed = (int)decimal.Ceiling(target * validInYear);
        var affordable = goodSoFar + daysLeft - needed;
        var rest = expectedShareOfRest ?? (validSoFar == 0 ? null : (double)goodSoFar / validSoFar);
        double? projected = validInYear == 0 || rest is null ? null : (goodSoFar + (rest.Value * daysLeft)) / validInYear;
        return new GoodDayOutlook(target, validInYear, needed, affordable, projected);
    }

    /// <summary>The outlook from a tally of the days so far.</summary>
    public static GoodDayOutlook For(decimal target, GoodDayTally soFar, int daysLeft, double? expectedShareOfRest = null)
    {
        ArgumentNullException.ThrowIfNull(soFar);
        return For(target, soFar.Valid, soFar.Good, daysLeft, expectedShareOfRest);
    }

    /// <summary>The days of the year after <paramref name="asOf"/> (so 0 on 31 December).</summary>
    public static int DaysLeftInYear(DateOnly asOf) =>
        (DateTime.IsLeapYear(asOf.Year) ? 366 : 365) - asOf.DayOfYear;
}
