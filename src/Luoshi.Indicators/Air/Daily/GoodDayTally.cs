namespace Luoshi.Indicators.Air.Daily;

/// <summary>
/// The running count of a station's (or a city's) days for the share of good days (优良天数比例) and the heavy-pollution
/// days (重污染天数): valid, good, heavily polluted, and invalid with their reasons. One per station and period; adding a
/// day allocates nothing.
/// </summary>
public sealed class GoodDayTally
{
    // One counter per bit of DayInvalidity, so a report can say how many days each reason cost.
    private readonly int[] _byReason = new int[6];

    /// <summary>Valid days (有效天数): the denominator of the share.</summary>
    public int Valid { get; private set; }

    /// <summary>Valid days with AQI ≤ 100 (优良天数).</summary>
    public int Good { get; private set; }

    /// <summary>Valid days with AQI above 100 (超标天数 / 污染天数).</summary>
    public int Polluted => Valid - Good;

    /// <summary>Valid days with AQI above 200 (重污染天数: 重度污染 and 严重污染).</summary>
    public int HeavyPollution { get; private set; }

    /// <summary>Days that failed a validity rule; never dropped silently.</summary>
    public int Invalid { get; private set; }

    /// <summary>All days added.</summary>
    public int Days => Valid + Invalid;

    /// <summary>Good ÷ valid, or null before the first valid day.</summary>
    public double? Share => Valid == 0 ? null : (double)Good / Valid;

    /// <summary>Counts one station-day.</summary>
    public void Add(in StationDay day) => Add(day.Status, day.Invalidity, day.Index.Aqi);

    /// <summary>Counts one city-day.</summary>
    public void Add(in CityDay day) => Add(day.Status, day.Invalidity, day.Index.Aqi);

    /// <summary>Counts one day by its status, reasons and AQI (null when there is none).</summary>
    public void Add(DayStatus status, DayInvalidity invalidity, int? aqi)
    {
        switch (status)
        {
            case DayStatus.Valid:
                // A valid day has every value, so its AQI is never withheld; without one it counts as not good.
                Valid++;
                Good += aqi is { } good && AqiCategories.IsGood(good) ? 1 : 0;
                HeavyPollution += aqi is { } heavy && AqiCategories.IsHeavyPollution(heavy) ? 1 : 0;
                return;
            case DayStatus.Invalid:
                Invalid++;
                for (var bit = 0; bit < _byReason.Length; bit++)
                {
                    _byReason[bit] += ((int)invalidity >> bit) & 1;
                }

                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "A day is valid or invalid.");
        }
    }

    /// <summary>How many invalid days failed on <paramref name="reason"/> (a day may fail on several).</summary>
    public int InvalidBecauseOf(DayInvalidity reason)
    {
        var bit = System.Numerics.BitOperations.Log2((uint)reason);
        if (reason <= DayInvalidity.None || (int)reason != 1 << bit || bit >= _byReason.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "Ask for one reason at a time.");
        }

        return _byReason[bit];
    }
}
