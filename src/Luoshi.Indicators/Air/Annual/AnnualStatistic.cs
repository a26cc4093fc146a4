namespace Luoshi.Indicators.Air.Annual;

/// <summary>The annual statistics by which GB 3095 judges attainment, as HJ 663-2013 defines them: the annual means
/// and the percentiles of the daily values (24-hour means; O3 daily maximum 8-hour means).</summary>
public enum AnnualStatistic
{
    /// <summary>SO2 annual mean (年平均).</summary>
    So2AnnualMean = 1,

    /// <summary>SO2 98th percentile of the 24-hour means.</summary>
    So2Daily98,

    /// <summary>NO2 annual mean.</summary>
    No2AnnualMean,

    /// <summary>NO2 98th percentile of the 24-hour means.</summary>
    No2Daily98,

    /// <summary>PM10 annual mean.</summary>
    Pm10AnnualMean,

    /// <summary>PM10 95th percentile of the 24-hour means.</summary>
    Pm10Daily95,

    /// <summary>CO 95th percentile of the 24-hour means (mg/m³).</summary>
    CoDaily95,

    /// <summary>O3 90th percentile of the daily maximum 8-hour means.</summary>
    O3EightHour90,

    /// <summary>PM2.5 annual mean.</summary>
    Pm25AnnualMean,

    /// <summary>PM2.5 95th percentile of the 24-hour means.</summary>
    Pm25Daily95,
}
