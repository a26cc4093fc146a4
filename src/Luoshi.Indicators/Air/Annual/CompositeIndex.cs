namespace Luoshi.Indicators.Air.Annual;

/// <summary>
/// 环境空气质量综合指数 as the national city ranking defines it (城市环境空气质量排名技术规定, 环办监测〔2018〕19号): the sum over the
/// six pollutants of the statistic ÷ its class-2 (二级) limit — SO2, NO2, PM10, PM2.5 annual means ÷ their annual limits,
/// the CO 95th percentile of 24-hour means ÷ the CO 24-hour limit, the O3 90th percentile of daily maximum 8-hour means ÷
/// the O3 8-hour limit.
/// </summary>
/// <remarks>
/// The ranking regulation divides by the GB 3095-2012 class-2 limits (SO2 60, NO2 40, PM10 70, PM2.5 35, CO 4, O3 160);
/// no revised regulation is known, so those are the default and keep the index comparable across years and with
/// published rankings. Either overload of Of can take the class-2 limits of a GB 3095—2026 phase instead, for comparison.
/// The sum is rounded to two decimals (GB/T 8170) from the rounded statistics, as published indices are.
/// </remarks>
public static class CompositeIndex
{
    /// <summary>The six statistics the index sums, in GB 3095 Table 1 order.</summary>
    public static IReadOnlyList<AnnualStatistic> Statistics { get; } =
    [
        AnnualStatistic.So2AnnualMean, AnnualStatistic.No2AnnualMean, AnnualStatistic.Pm10AnnualMean,
        AnnualStatistic.CoDaily95, AnnualStatistic.O3EightHour90, AnnualStatistic.Pm25AnnualMean,
    ];

    /// <summary>The limits the ranking regulation divides by: GB 3095-2012 class 2.</summary>
    public const Gb3095Phase RankingLimits = Gb3095Phase.Gb3095Of2012;

    /// <summary>The index from the statistics' values (µg/m³, CO mg/m³), or null when one of the six is missing.</summary>
    /// <param name="valueOf">The value of each statistic, null when there is none.</param>
    /// <param name="limits">Whose class-2 limits to divide by.</param>
    public static decimal? Of(Func<AnnualStatistic, double?> valueOf, Gb3095Phase limits = RankingLimits)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        var sum = 0m;
        foreach (var statistic in Statistics)
        {
            if (valueOf(statistic) is not { } value)
            {
                return null;
            }

            sum += (decimal)value / Gb3095Limits.Of(limits, AreaClass.Two, statistic);
        }

        return decimal.Round(sum, 2, MidpointRounding.ToEven);
    }

    /// <summary>The index of a set of annual figures (<see cref="AnnualAssessment.Of(AnnualSeries, DateOnly, AreaClass)"/>).</summary>
    public static decimal? Of(IReadOnlyList<AnnualFigure> figures, Gb3095Phase limits = RankingLimits)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return Of(s => figures.FirstOrDefault(f => f.Statistic == s)?.Value, limits);
    }
}
