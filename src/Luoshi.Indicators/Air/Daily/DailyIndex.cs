namespace Luoshi.Indicators.Air.Daily;

/// <summary>
/// The daily AQI of one day by one standard as a value with no references, so a batch over many station-days
/// allocates nothing; <see cref="DailyAqi.Of"/> gives the same figure as a record with its sub-indices listed.
/// </summary>
/// <param name="Standard">The rules that produced the figure.</param>
/// <param name="So2">IAQI of the SO2 24-hour mean, or null when that mean is not valid.</param>
/// <param name="No2">IAQI of the NO2 24-hour mean.</param>
/// <param name="Pm10">IAQI of the PM10 24-hour mean.</param>
/// <param name="Co">IAQI of the CO 24-hour mean.</param>
/// <param name="O3OneHour">IAQI of the O3 daily maximum 1-hour mean; always null under HJ 633—2026, whose daily
/// report leaves it out.</param>
/// <param name="O3EightHour">IAQI of the O3 daily maximum 8-hour mean; null above 800 µg/m³ under HJ 633-2012 (Table 1
/// note (3)), 300 there under HJ 633—2026.</param>
/// <param name="Pm25">IAQI of the PM2.5 24-hour mean.</param>
/// <param name="Aqi">The AQI as published: the largest IAQI (at least 1 under 2026); null when no value was indexed
/// or when HJ 633—2026 §5.3.1 withholds it (<paramref name="NotAvailable"/>).</param>
/// <param name="Primary">首要污染物: the pollutants whose IAQI equals the AQI, when the AQI exceeds 50.</param>
/// <param name="Exceeding">超标污染物 (HJ 633-2012 only): the pollutants with an IAQI above 100.</param>
/// <param name="AboveTable">Some concentration lies above its row's IAQI-500 limit (爆表), so 500 is a floor.</param>
/// <param name="Missing">The standard's daily report pollutants that had no valid value.</param>
/// <param name="NotAvailable">HJ 633—2026 §5.3.1: a pollutant is missing and the others give 100 or less, so the AQI
/// is "NA".</param>
public readonly record struct DailyIndex(
    AirStandard Standard,
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
    bool AboveTable,
    PollutantSet Missing,
    bool NotAvailable)
{
    /// <summary>Level, category and colour of the AQI, or null without an AQI.</summary>
    public AqiCategory? Category => Aqi is { } aqi ? AqiCategories.For(Standard)[(int)LevelOf(aqi) - 1] : null;

    /// <summary>Whether the AQI is 100 or less (优良).</summary>
    public bool IsGood => Aqi is { } aqi && AqiCategories.IsGood(aqi);

    /// <summary>Whether the AQI is above 200 (重污染: 重度污染 or worse).</summary>
    public bool IsHeavyPollution => Aqi is { } aqi && AqiCategories.IsHeavyPollution(aqi);

    /// <summary>The daily index of the given values by <paramref name="standard"/>; a null value is left out.</summary>
    /// <remarks>
    /// As <see cref="DailyAqi.Of"/>: 24-hour rows for SO2, NO2 and CO; HJ 633-2012 indexes both O3 maxima and the
    /// larger counts (an 8-hour value above 800 gets no index, O3 then rests on its 1-hour value); HJ 633—2026 indexes
    /// the 8-hour maximum only (above 800: 300).
    /// </remarks>
    public static DailyIndex Of(AirStandard standard, in DailyConcentrations day)
    {
        var of2012 = standard == AirStandard.Hj633Of2012;
        var so2 = IndexOf(standard, Pollutant.So2, Averaging.TwentyFourHour, day.So2);
        var no2 = IndexOf(standard, Pollutant.No2, Averaging.TwentyFourHour, day.No2);
        var pm10 = IndexOf(standard, Pollutant.Pm10, Averaging.TwentyFourHour, day.Pm10);
        var co = IndexOf(standard, Pollutant.Co, Averaging.TwentyFourHour, day.Co);
        var o3One = of2012 ? IndexOf(standard, Pollutant.O3, Averaging.OneHour, day.O3OneHourMax) : null;
        var o3Eight = IndexOf(standard, Pollutant.O3, Averaging.EightHourMoving, day.O3EightHourMax);
        var pm25 = IndexOf(standard, Pollutant.Pm25, Averaging.TwentyFourHour, day.Pm25);
        var o3 = Max(o3One, o3Eight);
        var missing = MissingOf(day, of2012);
        var computed = Max(Max(Max(so2, no2), Max(pm10, co)), Max(o3, pm25)) is { } largest
            ? Math.Max(largest, AqiCategories.MinimumAqi(standard))
            : (int?)null;
        var notAvailable = computed is { } c && AqiPublication.IsNotAvailable(standard, missing != PollutantSet.None, c);
        var aqi = notAvailable ? null : computed;
        var primary = PollutantSet.None;
        var exceeding = PollutantSet.None;
        if (aqi is { } top)
        {
            // Primary only above 50; exceeding (HJ 633-2012 only) is an IAQI above 100.
            primary = top > 50 ? Matching(so2, no2, pm10, co, o3, pm25, top, top) : PollutantSet.None;
            exceeding = of2012 ? Matching(so2, no2, pm10, co, o3, pm25, 101, int.MaxValue) : PollutantSet.None;
        }

        return new DailyIndex(
            standard, so2, no2, pm10, co, o3One, o3Eight, pm25, aqi, primary, exceeding, IsAboveTable(standard, day), missing, notAvailable);
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

    // A report pollutant with no value: O3 counts as present under 2012 when either of its maxima is there.
    private static PollutantSet MissingOf(in DailyConcentrations day, bool of2012)
    {
        var missing = PollutantSet.None;
        missing |= day.So2 is null ? PollutantSet.So2 : 0;
        missing |= day.No2 is null ? PollutantSet.No2 : 0;
        missing |= day.Pm10 is null ? PollutantSet.Pm10 : 0;
        missing |= day.Co is null ? PollutantSet.Co : 0;
        missing |= day.O3EightHourMax is null && (!of2012 || day.O3OneHourMax is null) ? PollutantSet.O3 : 0;
        missing |= day.Pm25 is null ? PollutantSet.Pm25 : 0;
        return missing;
    }

    private static int? IndexOf(AirStandard standard, Pollutant pollutant, Averaging averaging, double? concentration) =>
        concentration is { } c ? Iaqi.Of(standard, pollutant, averaging, c) : null;

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

    private static bool IsAboveTable(AirStandard standard, in DailyConcentrations day) =>
        Above(standard, Pollutant.So2, Averaging.TwentyFourHour, day.So2)
        || Above(standard, Pollutant.No2, Averaging.TwentyFourHour, day.No2)
        || Above(standard, Pollutant.Pm10, Averaging.TwentyFourHour, day.Pm10)
        || Above(standard, Pollutant.Co, Averaging.TwentyFourHour, day.Co)
        || (standard == AirStandard.Hj633Of2012 && Above(standard, Pollutant.O3, Averaging.OneHour, day.O3OneHourMax))
        || Above(standard, Pollutant.Pm25, Averaging.TwentyFourHour, day.Pm25);

    private static bool Above(AirStandard standard, Pollutant pollutant, Averaging averaging, double? concentration) =>
        concentration is { } c && Iaqi.IsAboveTable(standard, pollutant, averaging, c);
}
