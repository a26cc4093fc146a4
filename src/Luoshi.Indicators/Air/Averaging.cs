namespace Luoshi.Indicators.Air;

/// <summary>The averaging period a concentration stands for, as the columns of HJ 633-2012 Table 1 name them.</summary>
public enum Averaging
{
    /// <summary>1小时平均.</summary>
    OneHour = 1,

    /// <summary>24小时平均 (also the row PM10 and PM2.5 are judged by in the hourly report).</summary>
    TwentyFourHour,

    /// <summary>8小时滑动平均, used for O3 only.</summary>
    EightHourMoving,
}
