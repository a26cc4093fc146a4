namespace Luoshi.Indicators.Air.Daily;

/// <summary>
/// Which daily values a valid day needs: the daily evaluation items of HJ 663-2013 (SO2, NO2, PM10, CO, PM2.5
/// 24-hour means and the O3 daily maximum 8-hour mean), each valid by its own rule.
/// </summary>
internal static class DayValidity
{
    /// <summary>The daily values that fail, none when the day is valid.</summary>
    internal static DayInvalidity Of(
        in DailyValue so2, in DailyValue no2, in DailyValue pm10, in DailyValue co, in DailyValue o3EightHour, in DailyValue pm25)
    {
        var failed = DayInvalidity.None;
        failed |= so2.IsValid ? 0 : DayInvalidity.So2;
        failed |= no2.IsValid ? 0 : DayInvalidity.No2;
        failed |= pm10.IsValid ? 0 : DayInvalidity.Pm10;
        failed |= co.IsValid ? 0 : DayInvalidity.Co;
        failed |= o3EightHour.IsValid ? 0 : DayInvalidity.O3EightHour;
        failed |= pm25.IsValid ? 0 : DayInvalidity.Pm25;
        return failed;
    }
}
