namespace Luoshi.Indicators.Air.Annual;

/// <summary>What each annual statistic is made of: its pollutant, mean or percentile, and its names.</summary>
public static class AnnualStatistics
{
    /// <summary>Every statistic, in the order of GB 3095 Table 1 (SO2, NO2, PM10, CO, O3, PM2.5).</summary>
    public static IReadOnlyList<AnnualStatistic> All { get; } = Enum.GetValues<AnnualStatistic>();

    /// <summary>The pollutant whose daily values it summarises.</summary>
    public static Pollutant PollutantOf(AnnualStatistic statistic) => statistic switch
    {
        AnnualStatistic.So2AnnualMean or AnnualStatistic.So2Daily98 => Pollutant.So2,
        AnnualStatistic.No2AnnualMean or AnnualStatistic.No2Daily98 => Pollutant.No2,
        AnnualStatistic.Pm10AnnualMean or AnnualStatistic.Pm10Daily95 => Pollutant.Pm10,
        AnnualStatistic.CoDaily95 => Pollutant.Co,
        AnnualStatistic.O3EightHour90 => Pollutant.O3,
        AnnualStatistic.Pm25AnnualMean or AnnualStatistic.Pm25Daily95 => Pollutant.Pm25,
        _ => throw new ArgumentOutOfRangeException(nameof(statistic), statistic, null),
    };

    /// <summary>The percentile (HJ 663-2013) it takes of the daily values, or null for the annual mean.</summary>
    public static int? PercentileOf(AnnualStatistic statistic) => statistic switch
    {
        AnnualStatistic.So2Daily98 or AnnualStatistic.No2Daily98 => 98,
        AnnualStatistic.Pm10Daily95 or AnnualStatistic.Pm25Daily95 or AnnualStatistic.CoDaily95 => 95,
        AnnualStatistic.O3EightHour90 => 90,
        _ => null,
    };

    /// <summary>The statistic in English, e.g. <c>PM2.5 annual mean</c>.</summary>
    public static string Name(AnnualStatistic statistic) => PercentileOf(statistic) is { } p
        ? $"{Label(statistic)} {p}th percentile of the {(statistic == AnnualStatistic.O3EightHour90 ? "daily maximum 8-hour means" : "24-hour means")}"
        : $"{Label(statistic)} annual mean";

    /// <summary>The statistic in Chinese, e.g. <c>PM2.5年平均浓度</c>.</summary>
    public static string NameZh(AnnualStatistic statistic) => PercentileOf(statistic) is { } p
        ? $"{Label(statistic)} {(statistic == AnnualStatistic.O3EightHour90 ? "日最大8小时平均" : "24小时平均")}第{p}百分位数"
        : $"{Label(statistic)}年平均浓度";

    /// <summary>The unit of the statistic: mg/m³ for CO, µg/m³ for the rest.</summary>
    public static string Unit(AnnualStatistic statistic) => PollutantOf(statistic) == Pollutant.Co ? "mg/m³" : "µg/m³";

    private static string Label(AnnualStatistic statistic) => Pollutants.Name(PollutantOf(statistic));
}
