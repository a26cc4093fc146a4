namespace Luoshi.Indicators.Air.Annual;

/// <summary>The p-th percentile of a series of daily values as HJ 663-2013 (Annex A) computes it.</summary>
public static class Percentiles
{
    /// <summary>
    /// Sort the n values ascending, X(1) … X(n); the rank k = 1 + (n − 1) × p%; with s the integer part of k,
    /// m_p = X(s) + (X(s+1) − X(s)) × (k − s). Null for an empty series.
    /// </summary>
    /// <param name="ascending">The values sorted ascending.</param>
    /// <param name="percent">p, 0 to 100.</param>
    public static double? Of(ReadOnlySpan<double> ascending, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (ascending.IsEmpty)
        {
            return null;
        }

        var k = RankOf(ascending.Length, percent);
        var s = (int)decimal.Floor(k);
        var low = ascending[s - 1];
        if (s == ascending.Length)
        {
            return low;
        }

        var high = ascending[s];
        return (double)((decimal)low + (((decimal)high - (decimal)low) * (k - s)));
    }

    /// <summary>The rank k = 1 + (n − 1) × p% of the percentile among <paramref name="count"/> values, in decimal so
    /// 1 + 364 × 0.9 is exactly 328.6 and its integer part exactly 328.</summary>
    public static decimal RankOf(int count, int percent) => 1m + ((count - 1) * percent / 100m);
}
