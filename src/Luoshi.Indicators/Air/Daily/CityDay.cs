namespace Luoshi.Indicators.Air.Daily;

/// <summary>
/// A city's day from its stations' days (HJ 663-2013, city scale): each daily value is the arithmetic mean of the
/// stations' valid values of that pollutant, and the city's AQI is computed from those means.
/// </summary>
/// <remarks>
/// Which station-days count: for each pollutant, every station whose daily value of that pollutant is valid, even
/// when another of its values is not (a station missing PM2.5 still gives its SO2). A city value with no station
/// behind it is missing, which makes the city-day invalid. No minimum number of stations is applied; each value's
/// <see cref="DailyValue.Count"/> says how many stations it rests on. HJ 663-2013 is kept for 2026 data: how HJ 663—2026
/// forms a city's day is not confirmed (its text is not available). See docs/air-quality.md.
/// </remarks>
public readonly record struct CityDay
{
    /// <summary>The natural day (Beijing time).</summary>
    public DateOnly Date { get; init; }

    /// <summary>The rules the day's AQI was computed by (the version in force on the date unless <see cref="By"/> chose another).</summary>
    public AirStandard Standard { get; init; }

    /// <summary>Valid or invalid.</summary>
    public DayStatus Status { get; init; }

    /// <summary>The city values with no valid station value behind them.</summary>
    public DayInvalidity Invalidity { get; init; }

    /// <summary>How many station-days were given.</summary>
    public int Stations { get; init; }

    /// <summary>SO2 24-hour mean over the stations, µg/m³; its count is the number of stations averaged.</summary>
    public DailyValue So2 { get; init; }

    /// <summary>NO2 24-hour mean over the stations, µg/m³.</summary>
    public DailyValue No2 { get; init; }

    /// <summary>PM10 24-hour mean over the stations, µg/m³.</summary>
    public DailyValue Pm10 { get; init; }

    /// <summary>CO 24-hour mean over the stations, mg/m³.</summary>
    public DailyValue Co { get; init; }

    /// <summary>Mean of the stations' O3 daily maximum 1-hour means, µg/m³.</summary>
    public DailyValue O3OneHourMax { get; init; }

    /// <summary>Mean of the stations' O3 daily maximum 8-hour means, µg/m³.</summary>
    public DailyValue O3EightHourMax { get; init; }

    /// <summary>PM2.5 24-hour mean over the stations, µg/m³.</summary>
    public DailyValue Pm25 { get; init; }

    /// <summary>The city's daily AQI from the city values.</summary>
    public DailyIndex Index { get; init; }

    /// <summary>Whether the day counts in the city's share of good days.</summary>
    public bool IsValid => Status == DayStatus.Valid;

    /// <summary>Whether the day is valid and good (AQI ≤ 100).</summary>
    public bool IsGood => IsValid && Index.IsGood;

    /// <summary>Whether the day is valid and heavily polluted (AQI above 200, 重污染).</summary>
    public bool IsHeavyPollution => IsValid && Index.IsHeavyPollution;

    /// <summary>The valid city values, null where not valid, as <see cref="DailyIndex.Of"/> takes them.</summary>
    public DailyConcentrations Concentrations =>
        new(So2.ValidValue, No2.ValidValue, Pm10.ValidValue, Co.ValidValue,
            O3OneHourMax.ValidValue, O3EightHourMax.ValidValue, Pm25.ValidValue);

    /// <summary>The same day with its AQI by <paramref name="standard"/>, for comparing the two versions on the same data.</summary>
    public CityDay By(AirStandard standard) =>
        standard == Standard ? this : this with { Standard = standard, Index = DailyIndex.Of(standard, Concentrations) };

    /// <summary>The city's day from its stations' days of <paramref name="date"/>, its AQI by the HJ 633 version in force
    /// on the date (the stations' own indices are not used: the city's comes from the city means).</summary>
    /// <exception cref="ArgumentException">A station-day of another date.</exception>
    public static CityDay FromStations(DateOnly date, ReadOnlySpan<StationDay> stations)
    {
        foreach (ref readonly var station in stations)
        {
            if (station.Date != date)
            {
                throw new ArgumentException($"A station-day of {station.Date:yyyy-MM-dd} among those of {date:yyyy-MM-dd}.", nameof(stations));
            }
        }

        var city = new CityDay
        {
            Date = date,
            Standard = AirStandards.InForceOn(date),
            Stations = stations.Length,
            So2 = MeanOf(stations, static (in StationDay s) => s.So2),
            No2 = MeanOf(stations, static (in StationDay s) => s.No2),
            Pm10 = MeanOf(stations, static (in StationDay s) => s.Pm10),
            Co = MeanOf(stations, static (in StationDay s) => s.Co, StatisticRounding.CarbonMonoxide),
            O3OneHourMax = MeanOf(stations, static (in StationDay s) => s.O3OneHourMax),
            O3EightHourMax = MeanOf(stations, static (in StationDay s) => s.O3EightHourMax),
            Pm25 = MeanOf(stations, static (in StationDay s) => s.Pm25),
        };
        var invalidity = DayValidity.Of(city.So2, city.No2, city.Pm10, city.Co, city.O3EightHourMax, city.Pm25);
        return city with
        {
            Invalidity = invalidity,
            Status = invalidity == DayInvalidity.None ? DayStatus.Valid : DayStatus.Invalid,
            Index = DailyIndex.Of(city.Standard, city.Concentrations),
        };
    }

    private delegate DailyValue ValueOf(in StationDay day);

    private static DailyValue MeanOf(ReadOnlySpan<StationDay> stations, ValueOf valueOf, int decimals = StatisticRounding.Micrograms)
    {
        var sum = 0.0;
        var count = 0;
        foreach (ref readonly var station in stations)
        {
            var value = valueOf(station);
            if (value.IsValid)
            {
                sum += value.Value;
                count++;
            }
        }

        return count == 0
            ? new DailyValue(double.NaN, 0, DailyValueValidity.NoData)
            : new DailyValue(StatisticRounding.Round(sum / count, decimals), count, DailyValueValidity.Valid);
    }
}
