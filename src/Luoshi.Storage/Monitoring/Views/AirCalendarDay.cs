using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Storage.Monitoring.Views;

/// <summary>One day of an AQI calendar: the set's (or station's) daily AQI when the day is valid, else why not.</summary>
/// <param name="Date">The day.</param>
/// <param name="Status">Valid, invalid or not evaluated (from 1 March 2026).</param>
/// <param name="Invalidity">The daily values that failed their validity rule.</param>
/// <param name="NoData">No station of the set had any row that day.</param>
/// <param name="Aqi">The daily AQI (HJ 633-2012), shown for a valid day.</param>
/// <param name="Primary">首要污染物 when the AQI is above 50.</param>
/// <param name="Stations">How many stations had data that day.</param>
public sealed record AirCalendarDay(DateOnly Date, DayStatus Status, DayInvalidity Invalidity, bool NoData, int? Aqi, PollutantSet Primary, int Stations)
{
    /// <summary>Valid and AQI ≤ 100 (优良).</summary>
    public bool IsGood => Status == DayStatus.Valid && Aqi <= 100;
}
