namespace Luoshi.Indicators.Air.Daily;

/// <summary>Which daily values a valid day needs (HJ 663-2013; see docs/air-quality.md for the reading).</summary>
internal static class DayValidity
{
    /// <summary>The daily values that fail, none when the day is valid.</summary>
    internal static DayInvalidity Of(in StationDay day)
    {
        var failed = DayInvalidity.None;
        failed |= day.So2.IsValid ? 0 : DayInvalidity.So2;
        failed |= day.No2.IsValid ? 0 : DayInvalidity.No2;
        failed |= day.Pm10.IsValid ? 0 : DayInvalidity.Pm10;
        failed |= day.Co.IsValid ? 0 : DayInvalidity.Co;
        failed |= day.O3OneHourMax.IsValid ? 0 : DayInvalidity.O3OneHour;
        failed |= day.O3EightHourMax.IsValid ? 0 : DayInvalidity.O3EightHour;
        failed |= day.Pm25.IsValid ? 0 : DayInvalidity.Pm25;
        return failed;
    }
}
