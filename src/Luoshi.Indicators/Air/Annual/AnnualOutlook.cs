namespace Luoshi.Indicators.Air.Annual;

/// <summary>What an annual goal still allows for the rest of the year, every day left assumed valid (as for the share of
/// good days: which future days will lack data cannot be known).</summary>
public static class AnnualOutlook
{
    /// <summary>
    /// For a goal "annual mean at most <paramref name="goal"/>": the highest whole-number mean the days left may have
    /// with the year's mean still at most the goal, ⌊(goal × (n + d) − sum so far) ÷ d⌋ (unrounded mean compared, so a
    /// little stricter than the rounded annual figure); negative when even clean air cannot hold it; null without days left.
    /// </summary>
    /// <param name="goal">The goal, µg/m³.</param>
    /// <param name="soFar">The valid daily values so far this year.</param>
    /// <param name="daysLeft">Days of the year after the last day counted.</param>
    public static int? AffordableMeanOfRest(decimal goal, IReadOnlyList<DailyPoint> soFar, int daysLeft)
    {
        ArgumentNullException.ThrowIfNull(soFar);
        ArgumentOutOfRangeException.ThrowIfNegative(daysLeft);
        if (daysLeft == 0)
        {
            return null;
        }

        var sum = soFar.Sum(p => (decimal)p.Value);
        return (int)decimal.Floor(((goal * (soFar.Count + daysLeft)) - sum) / daysLeft);
    }

    /// <summary>The year's mean if the days left average <paramref name="restMean"/>; null without any day.</summary>
    public static double? ProjectedMean(IReadOnlyList<DailyPoint> soFar, int daysLeft, double? restMean)
    {
        ArgumentNullException.ThrowIfNull(soFar);
        var rest = restMean ?? (soFar.Count == 0 ? null : soFar.Average(p => p.Value));
        var days = soFar.Count + daysLeft;
        return rest is { } r && days > 0 ? (soFar.Sum(p => p.Value) + (r * daysLeft)) / days : null;
    }

    /// <summary>
    /// For a goal "p-th percentile at most <paramref name="goal"/>" (O3 8-hour 90th percentile): how many more days may
    /// still exceed the goal. With N = n + d values in the year and rank k = 1 + (N − 1) × p%, the percentile is at most
    /// the goal whenever at most N − ⌈k⌉ values exceed it, so the answer is N − ⌈k⌉ − (days above so far); negative
    /// when the goal can no longer be held for sure.
    /// </summary>
    public static int AffordableDaysAbove(decimal goal, int percent, IReadOnlyList<DailyPoint> soFar, int daysLeft)
    {
        ArgumentNullException.ThrowIfNull(soFar);
        ArgumentOutOfRangeException.ThrowIfNegative(daysLeft);
        var inYear = soFar.Count + daysLeft;
        var allowed = inYear - (int)decimal.Ceiling(Percentiles.RankOf(inYear, percent));
        return allowed - soFar.Count(p => (decimal)p.Value > goal);
    }
}
