namespace Luoshi.Indicators.Air.Daily;

/// <summary>
/// One station's day: the daily values computed from its hourly values under the validity rules of GB 3095-2012
/// Table 4 and HJ 663-2013, whether the day is valid, and its daily AQI by HJ 633-2012.
/// </summary>
/// <remarks>A value with no references, built without allocating, so a batch over years of station-days stays flat.</remarks>
public readonly record struct StationDay
{
    /// <summary>The natural day (Beijing time).</summary>
    public DateOnly Date { get; init; }

    /// <summary>The rules the day was judged by; null when <see cref="Status"/> is <see cref="DayStatus.NotEvaluated"/>.</summary>
    public AirStandard? Standard { get; init; }

    /// <summary>Valid, invalid, or not evaluated.</summary>
    public DayStatus Status { get; init; }

    /// <summary>Why the day is not valid; <see cref="DayInvalidity.None"/> for a valid day.</summary>
    public DayInvalidity Invalidity { get; init; }

    /// <summary>SO2 24-hour mean, µg/m³.</summary>
    public DailyValue So2 { get; init; }

    /// <summary>NO2 24-hour mean, µg/m³.</summary>
    public DailyValue No2 { get; init; }

    /// <summary>PM10 24-hour mean, µg/m³.</summary>
    public DailyValue Pm10 { get; init; }

    /// <summary>CO 24-hour mean, mg/m³.</summary>
    public DailyValue Co { get; init; }

    /// <summary>O3 daily maximum 1-hour mean, µg/m³.</summary>
    public DailyValue O3OneHourMax { get; init; }

    /// <summary>O3 daily maximum 8-hour mean, µg/m³; its count is the number of valid 8-hour windows.</summary>
    public DailyValue O3EightHourMax { get; init; }

    /// <summary>PM2.5 24-hour mean, µg/m³.</summary>
    public DailyValue Pm25 { get; init; }

    /// <summary>The daily AQI from the valid daily values (an invalid day may still show one, but it does not count).</summary>
    public DailyIndex Index { get; init; }

    /// <summary>Whether the day counts in the share of good days.</summary>
    public bool IsValid => Status == DayStatus.Valid;

    /// <summary>Whether the day is valid and good (AQI ≤ 100, 优良).</summary>
    public bool IsGood => IsValid && Index.IsGood;

    /// <summary>The valid daily values, null where not valid, as the record <see cref="DailyAqi.Of"/> takes.</summary>
    public DailyConcentrations Concentrations =>
        new(So2.ValidValue, No2.ValidValue, Pm10.ValidValue, Co.ValidValue,
            O3OneHourMax.ValidValue, O3EightHourMax.ValidValue, Pm25.ValidValue);

    /// <summary>Computes a station-day from its 24 hourly values per pollutant.</summary>
    /// <remarks>
    /// A date from 1 March 2026 falls under the 2026 revision, whose tables are not available here: the day comes
    /// back <see cref="DayStatus.NotEvaluated"/> with <see cref="DayInvalidity.StandardNotAvailable"/> instead of
    /// being judged by the 2012 rules, and without an exception so a batch can count such days.
    /// </remarks>
    /// <exception cref="ArgumentException">A span that is neither 24 long nor empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative or infinite value (readers report those first).</exception>
    public static StationDay FromHourly(DateOnly date, HourlyDay hours)
    {
        HourlyStatistics.Check(hours.So2, nameof(hours.So2));
        HourlyStatistics.Check(hours.No2, nameof(hours.No2));
        HourlyStatistics.Check(hours.Pm10, nameof(hours.Pm10));
        HourlyStatistics.Check(hours.Co, nameof(hours.Co));
        HourlyStatistics.Check(hours.O3, nameof(hours.O3));
        HourlyStatistics.Check(hours.Pm25, nameof(hours.Pm25));
        if (!AirStandards.TryInForceOn(date, out var standard))
        {
            return NotEvaluated(date);
        }

        var day = new StationDay
        {
            Date = date,
            Standard = standard,
            So2 = HourlyStatistics.Mean(hours.So2),
            No2 = HourlyStatistics.Mean(hours.No2),
            Pm10 = HourlyStatistics.Mean(hours.Pm10),
            Co = HourlyStatistics.Mean(hours.Co, StatisticRounding.CarbonMonoxide),
            O3OneHourMax = HourlyStatistics.Max(hours.O3),
            O3EightHourMax = HourlyStatistics.EightHourMax(hours.O3),
            Pm25 = HourlyStatistics.Mean(hours.Pm25),
        };
        return day.Judged();
    }

    /// <summary>A day under rules not available here: counted, not judged.</summary>
    public static StationDay NotEvaluated(DateOnly date) => new()
    {
        Date = date,
        Status = DayStatus.NotEvaluated,
        Invalidity = DayInvalidity.StandardNotAvailable,
    };

    /// <summary>This day with its validity and AQI set from its daily values.</summary>
    internal StationDay Judged()
    {
        var invalidity = DayValidity.Of(So2, No2, Pm10, Co, O3EightHourMax, Pm25);
        return this with
        {
            Invalidity = invalidity,
            Status = invalidity == DayInvalidity.None ? DayStatus.Valid : DayStatus.Invalid,
            Index = DailyIndex.Of(Concentrations),
        };
    }
}
