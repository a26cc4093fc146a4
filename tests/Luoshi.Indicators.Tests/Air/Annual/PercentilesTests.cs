using Luoshi.Indicators.Air.Annual;

namespace Luoshi.Indicators.Tests.Air.Annual;

/// <summary>The percentile of HJ 663-2013 Annex A: k = 1 + (n − 1) × p%, m_p = X(s) + (X(s+1) − X(s)) × (k − s), worked by hand.</summary>
public sealed class PercentilesTests
{
    [Theory]
    // 1 … 10: p90 k = 1 + 9 × 0.9 = 9.1 → 9 + 0.1 × 1 = 9.1; p95 k = 9.55 → 9.55; p98 k = 9.82 → 9.82.
    [InlineData(90, 9.1)]
    [InlineData(95, 9.55)]
    [InlineData(98, 9.82)]
    // p50 k = 5.5 → 5.5; p100 k = 10 → X(10) = 10; p0 k = 1 → X(1) = 1.
    [InlineData(50, 5.5)]
    [InlineData(100, 10)]
    [InlineData(0, 1)]
    public void Of_OneToTen(int percent, double expected) =>
        Assert.Equal(expected, Percentiles.Of([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], percent)!.Value, 12);

    [Fact]
    public void Of_FourValues_Interpolates()
    {
        // 10 20 30 50, p90: k = 1 + 3 × 0.9 = 3.7, s = 3 → 30 + 0.7 × (50 − 30) = 44.
        Assert.Equal(44, Percentiles.Of([10, 20, 30, 50], 90));
    }

    [Fact]
    public void RankOf_AYear_Is328Point6ForTheNinetieth() =>
        Assert.Equal(328.6m, Percentiles.RankOf(365, 90));

    [Fact]
    public void Of_OneValue_IsThatValue() => Assert.Equal(42, Percentiles.Of([42], 98));

    [Fact]
    public void Of_NoValue_IsNull() => Assert.Null(Percentiles.Of([], 90));
}
