namespace Luoshi.Indicators.Air.Daily;

/// <summary>
/// A city's day from its stations' days (HJ 663-2013, city scale): each daily value is the arithmetic mean of the
/// stations' valid values of that pollutant, and the city's AQI is computed from those means.
/// </summary>
/// <remarks>
/// Which station-days count: for each pollutant, every station whose daily value of that pollutant is valid, even
/// when another of its values is not (a station missing PM2.5 still gives its SO2). A city value with no station
/// behind it is missing, which makes the city-day invalid. No minimum number of stations is applied; each value's
/// <see cref="DailyValue.Count"/> says how many stations it rests on. See docs/air-quality.md.
/// </remarks>
public readonly record struct CityDay
{
    /// <summary>The natural day (Beijing time).</summary>
    public DateOnly Date { get; init; }

    /// <summary>The rules the day was judged by; null when not evaluated.</summary>
    public AirStandard? Standard { get; init; }

    /// <summary>Valid, invalid, or not evaluated.</summary>
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

    /// <summary>The city's day from its stations' days of <paramref name="date"/>.</summary>
    /// <remarks>
    /// Any station-day not evaluated (the 2026 revision) makes the city-day not evaluated too: a city figure mixing
    /// rules would be neither.
    /// </remarks>
    /// <exception cref="ArgumentException">A station-day of another date.</exception>
    public static CityDay FromStations(DateOnly date, ReadOnlySpan<StationDay> stations)
    {
        var notEvaluated = !AirStandards.TryInForceOn(date, out var standard);
        foreach (ref readonly var station in stations)
        {
            if (station.Date != date)
            {
                throw new ArgumentException($"A station-day of {station.Date:yyyy-MM-dd} among those of {date:yyyy-MM-dd}.", nameof(stations));
            }

            notEvaluated |= station.Status == DayStatus.NotEvaluated;
        }

        if (notEvaluated)
        {
            return new CityDay { Date = date, Stations = stations.Length, Status = DayStatus.NotEvaluated, Invalidity = DayInvalidity.StandardNotAvailable };
        }

        var city = new CityDay
        {
            Date = date,
            Standard = standard,
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
        var concentrations = new DailyConcentrations(
            city.So2.ValidValue, city.No2.ValidValue, city.Pm10.ValidValue, city.Co.ValidValue,
            city.O3OneHourMax.ValidValue, city.O3EightHourMax.ValidValue, city.Pm25.ValidValue);
        return city with
        {
            Invalidity = invalidity,
            Status = invalidity == DayInvalidity.None ? DayStatus.Valid : DayStatus.Invalid,
            Index = DailyIndex.Of(concentrations),
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
