namespace Luoshi.Indicators.Air.Daily;

/// <summary>
/// One station's day: the daily values computed from its hourly values under the validity rules of GB 3095-2012
/// Table 4 and HJ 663-2013 (the same counts in GB 3095—2026 Table 4), whether the day is valid, and its daily AQI by
/// the HJ 633 version in force on the date.
/// </summary>
/// <remarks>A value with no references, built without allocating, so a batch over years of station-days stays flat.</remarks>
public readonly record struct StationDay
{
    /// <summary>The natural day (Beijing time).</summary>
    public DateOnly Date { get; init; }

    /// <summary>The rules the day's AQI was computed by (the version in force on the date unless <see cref="By"/> chose another).</summary>
    public AirStandard Standard { get; init; }

    /// <summary>Valid or invalid.</summary>
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

    /// <summary>Whether the day is valid and heavily polluted (AQI above 200, 重污染).</summary>
    public bool IsHeavyPollution => IsValid && Index.IsHeavyPollution;

    /// <summary>The valid daily values, null where not valid, as the record <see cref="DailyAqi.Of"/> takes.</summary>
    public DailyConcentrations Concentrations =>
        new(So2.ValidValue, No2.ValidValue, Pm10.ValidValue, Co.ValidValue,
            O3OneHourMax.ValidValue, O3EightHourMax.ValidValue, Pm25.ValidValue);

    /// <summary>Computes a station-day from its 24 hourly values per pollutant, its AQI by the HJ 633 version in force on
    /// <paramref name="date"/>.</summary>
    /// <remarks>
    /// The daily values and their validity are the same under both versions (the natural day of hours 0–23, GB/T 8170
    /// rounding, the HJ 663-2013 counts, kept for 2026 data because HJ 663—2026's text is not available); only the
    /// index differs, so <see cref="By"/> gives the same day under the other version without recomputing the values.
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
        var day = new StationDay
        {
            Date = date,
            Standard = AirStandards.InForceOn(date),
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

    /// <summary>A station-day from daily values a network computed (a daily file): a network publishes a daily value only
    /// when it is valid, so a value given counts and a missing one (null) makes the day invalid for that item.</summary>
    public static StationDay FromDailyValues(DateOnly date, in DailyConcentrations given)
    {
        var day = new StationDay
        {
            Date = date,
            Standard = AirStandards.InForceOn(date),
            So2 = Given(given.So2),
            No2 = Given(given.No2),
            Pm10 = Given(given.Pm10),
            Co = Given(given.Co),
            O3OneHourMax = Given(given.O3OneHourMax),
            O3EightHourMax = Given(given.O3EightHourMax),
            Pm25 = Given(given.Pm25),
        };
        return day.Judged();
    }

    /// <summary>The same day with its AQI by <paramref name="standard"/>: for comparing the two versions on the same data
    /// (validity does not depend on the version).</summary>
    public StationDay By(AirStandard standard) =>
        standard == Standard ? this : this with { Standard = standard, Index = DailyIndex.Of(standard, Concentrations) };

    private static DailyValue Given(double? value) =>
        value is { } v ? new DailyValue(v, 1, DailyValueValidity.Valid) : new DailyValue(double.NaN, 0, DailyValueValidity.NoData);

    /// <summary>This day with its validity and AQI set from its daily values.</summary>
    private StationDay Judged()
    {
        var invalidity = DayValidity.Of(So2, No2, Pm10, Co, O3EightHourMax, Pm25);
        return this with
        {
            Invalidity = invalidity,
            Status = invalidity == DayInvalidity.None ? DayStatus.Valid : DayStatus.Invalid,
            Index = DailyIndex.Of(Standard, Concentrations),
        };
    }
}
