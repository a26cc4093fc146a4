namespace Luoshi.Monitoring.Air;

/// <summary>The column layouts an air monitoring file may have; the reader tells them apart by the header.</summary>
public enum AirLayout
{
    /// <summary>
    /// <c>station,time,pm25,pm10,so2,no2,co,o3</c>, one row per station-hour, time <c>yyyy-MM-dd HH:mm</c> (or with
    /// <c>T</c>) Beijing time; CO in mg/m³, the rest in µg/m³.
    /// </summary>
    Hourly = 1,

    /// <summary>
    /// <c>station,time,pm25,pm10,so2,no2,co,o3_1h_max,o3_8h_max</c>, one row per station-day, time <c>yyyy-MM-dd</c>:
    /// daily values already computed by the monitoring network.
    /// </summary>
    Daily,

    /// <summary>
    /// The UCI "Beijing Multi-Site Air Quality" files: <c>year,month,day,hour</c>, <c>PM2.5,PM10,SO2,NO2,CO,O3</c> and
    /// <c>station</c> among weather columns; CO in µg/m³ there, converted to mg/m³ on reading.
    /// </summary>
    BeijingMultiSite,
}
