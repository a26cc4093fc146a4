namespace Luoshi.Indicators.Air.Daily;

/// <summary>
/// The daily AQI of HJ 633-2012 (clause 5.1) as a value with no references, so a batch over many station-days
/// allocates nothing; <see cref="DailyAqi.Of"/> gives the same figure as a record with its sub-indices listed.
/// </summary>
/// <param name="So2">IAQI of the SO2 24-hour mean, or null when that mean is not valid.</param>
/// <param name="No2">IAQI of the NO2 24-hour mean.</param>
/// <param name="Pm10">IAQI of the PM10 24-hour mean.</param>
/// <param name="Co">IAQI of the CO 24-hour mean.</param>
/// <param name="O3OneHour">IAQI of the O3 daily maximum 1-hour mean.</param>
/// <param name="O3EightHour">IAQI of the O3 daily maximum 8-hour mean; null above 800 µg/m³ (Table 1 note (3)).</param>
/// <param name="Pm25">IAQI of the PM2.5 24-hour mean.</param>
/// <param name="Aqi">The largest IAQI (formula 2); null when no value was indexed.</param>
/// <param name="Primary">首要污染物 (clause 4.4): the pollutants whose IAQI equals the AQI, when the AQI exceeds 50.</param>
/// <param name="Exceeding">超标污染物: the pollutants with an IAQI above 100.</param>
/// <param name="AboveTable">Some concentration lies above its row's IAQI-500 limit (爆表), so 500 is a floor.</param>
public readonly record struct DailyIndex(
    int? So2,
    int? No2,
    int? Pm10,
    int? Co,
    int? O3OneHour,
    int? O3EightHour,
    int? Pm25,
    int? Aqi,
    PollutantSet Primary,
    PollutantSet Exceeding,
    bool AboveTable)
{
    /// <summary>Level, category and colour of the AQI (Table 2), or null without an AQI.</summary>
    public AqiCategory? Category => Aqi is { } aqi ? AqiCategories.All[(int)LevelOf(aqi) - 1] : null;

    /// <summary>Whether the AQI is 100 or less (优良).</summary>
    public bool IsGood => Aqi <= 100;

    /// <summary>The daily index of the given values; a null value is left out.</summary>
    /// <remarks>
    /// Table 1 note (1): the daily report uses the 24-hour rows for SO2, NO2 and CO. Both O3 values are indexed and
    /// the larger counts; note (3): an 8-hour value above 800 µg/m³ gets no index, O3 then rests on its 1-hour value.
    /// </remarks>
    public static DailyIndex Of(in DailyConcentrations day)
    {
        var so2 = IndexOf(Pollutant.So2, Averaging.TwentyFourHour, day.So2);
        var no2 = IndexOf(Pollutant.No2, Averaging.TwentyFourHour, day.No2);
        var pm10 = IndexOf(Pollutant.Pm10, Averaging.TwentyFourHour, day.Pm10);
        var co = IndexOf(Pollutant.Co, Averaging.TwentyFourHour, day.Co);
        var o3One = IndexOf(Pollutant.O3, Averaging.OneHour, day.O3OneHourMax);
        var o3Eight = IndexOf(Pollutant.O3, Averaging.EightHourMoving, day.O3EightHourMax);
        var pm25 = IndexOf(Pollutant.Pm25, Averaging.TwentyFourHour, day.Pm25);
        var o3 = Max(o3One, o3Eight);
        var aqi = Max(Max(Max(so2, no2), Max(pm10, co)), Max(o3, pm25));
        var primary = PollutantSet.None;
        var exceeding = PollutantSet.None;
        if (aqi is { } top)
        {
            // Clause 4.4: primary only above 50; exceeding is an IAQI above 100.
            primary = top > 50 ? Matching(so2, no2, pm10, co, o3, pm25, top, top) : PollutantSet.None;
            exceeding = Matching(so2, no2, pm10, co, o3, pm25, 101, int.MaxValue);
        }

        return new DailyIndex(so2, no2, pm10, co, o3One, o3Eight, pm25, aqi, primary, exceeding, IsAboveTable(day));
    }

    private static AqiLevel LevelOf(int aqi) => aqi switch
    {
        <= 50 => AqiLevel.One,
        <= 100 => AqiLevel.Two,
        <= 150 => AqiLevel.Three,
        <= 200 => AqiLevel.Four,
        <= 300 => AqiLevel.Five,
        _ => AqiLevel.Six,
    };

    private static int? IndexOf(Pollutant pollutant, Averaging averaging, double? concentration) =>
        concentration is { } c ? Iaqi.Of(pollutant, averaging, c) : null;

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    // The pollutants whose index lies in [low, high]; bounds instead of a predicate so nothing is captured.
    private static PollutantSet Matching(
        int? so2, int? no2, int? pm10, int? co, int? o3, int? pm25, int low, int high)
    {
        var set = PollutantSet.None;
        set |= In(so2, low, high) ? PollutantSet.So2 : 0;
        set |= In(no2, low, high) ? PollutantSet.No2 : 0;
        set |= In(pm10, low, high) ? PollutantSet.Pm10 : 0;
        set |= In(co, low, high) ? PollutantSet.Co : 0;
        set |= In(o3, low, high) ? PollutantSet.O3 : 0;
        set |= In(pm25, low, high) ? PollutantSet.Pm25 : 0;
        return set;
    }

    private static bool In(int? value, int low, int high) => value is { } v && v >= low && v <= high;

    private static bool IsAboveTable(in DailyConcentrations day) =>
        Above(Pollutant.So2, Averaging.TwentyFourHour, day.So2)
        || Above(Pollutant.No2, Averaging.TwentyFourHour, day.No2)
        || Above(Pollutant.Pm10, Averaging.TwentyFourHour, day.Pm10)
        || Above(Pollutant.Co, Averaging.TwentyFourHour, day.Co)
        || Above(Pollutant.O3, Averaging.OneHour, day.O3OneHourMax)
        || Above(Pollutant.Pm25, Averaging.TwentyFourHour, day.Pm25);

    private static bool Above(Pollutant pollutant, Averaging averaging, double? concentration) =>
        concentration is { } c && Iaqi.IsAboveTable(pollutant, averaging, c);
}
