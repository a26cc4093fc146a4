using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Evaluation;

/// <summary>How much of the expected progress the actual value represents: 1 is exactly on the trajectory, above 1
/// ahead, below 1 behind; for "at most" goals the ratio is turned round so that below 1 is still worse.</summary>
internal static class ProgressShare
{
    /// <summary>The share, or null when it cannot be told (nothing expected, no actual value).</summary>
    public static decimal? Of(Comparator comparator, decimal actual, decimal expected, decimal? upper)
    {
        switch (comparator)
        {
            case Comparator.AtMost:
                return actual <= 0 ? decimal.MaxValue : expected / actual;
            case Comparator.Between when upper is { } u:
                return actual > u ? (actual <= 0 ? 0 : u / actual) : Ratio(actual, expected);
            default:
                return Ratio(actual, expected);
        }
    }

    /// <summary>For 左右 goals: the relative distance between actual and expected (0.05 = 5% off).</summary>
    public static decimal Deviation(decimal actual, decimal expected) =>
        expected == 0 ? (actual == 0 ? 0 : decimal.MaxValue) : Math.Abs(actual - expected) / Math.Abs(expected);

    private static decimal? Ratio(decimal actual, decimal expected) =>
        expected <= 0 ? (actual >= expected ? decimal.MaxValue : 0) : actual / expected;
}
