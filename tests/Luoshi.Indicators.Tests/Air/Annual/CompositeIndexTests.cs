using Luoshi.Indicators.Air.Annual;

namespace Luoshi.Indicators.Tests.Air.Annual;

/// <summary>环境空气质量综合指数 (城市环境空气质量排名技术规定): Σ statistic ÷ class-2 limit over the six pollutants.</summary>
public sealed class CompositeIndexTests
{
    // A published month (a city's July): PM2.5 21, PM10 39, SO2 9, NO2 15 µg/m³; O3 8-h 90th percentile 192; CO 95th 0.7 mg/m³.
    private static double? Published(AnnualStatistic statistic) => statistic switch
    {
        AnnualStatistic.Pm25AnnualMean => 21,
        AnnualStatistic.Pm10AnnualMean => 39,
        AnnualStatistic.So2AnnualMean => 9,
        AnnualStatistic.No2AnnualMean => 15,
        AnnualStatistic.O3EightHour90 => 192,
        AnnualStatistic.CoDaily95 => 0.7,
        _ => null,
    };

    [Fact]
    public void Of_RankingLimits_GivesThePublishedIndex()
    {
        // 21/35 + 39/70 + 9/60 + 15/40 + 192/160 + 0.7/4 = 0.6 + 0.5571 + 0.15 + 0.375 + 1.2 + 0.175 = 3.0571 → 3.06.
        Assert.Equal(3.06m, CompositeIndex.Of(Published));
    }

    [Fact]
    public void Of_TransitionLimits_IsHigher()
    {
        // GB 3095—2026 transition class 2: PM2.5 30, PM10 60, the rest as 2012: 0.7 + 0.65 + 0.15 + 0.375 + 1.2 + 0.175 = 3.25.
        Assert.Equal(3.25m, CompositeIndex.Of(Published, Gb3095Phase.Gb3095Of2026Transition));
    }

    [Fact]
    public void Of_FinalLimits_RoundsHalfToEven()
    {
        // Final class 2: PM2.5 25, PM10 50, SO2 20, NO2 30: 0.84 + 0.78 + 0.45 + 0.5 + 1.2 + 0.175 = 3.945 → 3.94.
        Assert.Equal(3.94m, CompositeIndex.Of(Published, Gb3095Phase.Gb3095Of2026Final));
    }

    [Fact]
    public void Of_AStatisticMissing_IsNull() =>
        Assert.Null(CompositeIndex.Of(s => s == AnnualStatistic.CoDaily95 ? null : Published(s)));
}
