using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Monitoring.Air;

/// <summary>The good-day tally of a set's days over a stretch of dates, a date without any data counted as an invalid
/// day (no value of any pollutant): invalid days are shown, never dropped.</summary>
public sealed record AirTally(GoodDayTally Tally, int NoData, DateOnly From, DateOnly To)
{
    /// <summary>What a day without any row lacks: every daily value.</summary>
    public const DayInvalidity Everything =
        DayInvalidity.So2 | DayInvalidity.No2 | DayInvalidity.Pm10 | DayInvalidity.Co | DayInvalidity.O3EightHour | DayInvalidity.Pm25;

    /// <summary>Counts every date from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static AirTally Count(IReadOnlyDictionary<DateOnly, CityDay> days, DateOnly from, DateOnly to)
    {
        var tally = new GoodDayTally();
        var noData = 0;
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (days.TryGetValue(date, out var day))
            {
                tally.Add(day);
            }
            else
            {
                noData++;
                tally.Add(DayStatus.Invalid, Everything, aqi: null);
            }
        }

        return new AirTally(tally, noData, from, to);
    }
}
