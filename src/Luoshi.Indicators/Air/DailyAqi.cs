namespace Luoshi.Indicators.Air;

/// <summary>The daily AQI of one station-day (日报: HJ 633-2012 clause 5.1, HJ 633—2026 clause 4.2.2).</summary>
public static class DailyAqi
{
    /// <summary>The daily AQI by <paramref name="standard"/> from the day's daily values.</summary>
    /// <remarks>
    /// Both versions index SO2, NO2 and CO on their 24-hour rows (the 1-hour rows are for the real-time report only).
    /// HJ 633-2012 indexes both O3 values and the larger counts; Table 1 note (3): an 8-hour value above 800 µg/m³ is
    /// not indexed and O3 is judged by its 1-hour value alone. HJ 633—2026 reports six indicators: the O3 1-hour
    /// maximum is real-time only and left out, and an 8-hour value above 800 µg/m³ counts as IAQI 300 (note c).
    /// </remarks>
    /// <exception cref="ArgumentException">No value is present, or (2012) an 8-hour O3 above 800 comes without the 1-hour one.</exception>
    public static AqiResult Of(AirStandard standard, in DailyConcentrations day)
    {
        var of2012 = standard == AirStandard.Hj633Of2012;
        if (of2012 && day.O3EightHourMax > 800 && day.O3OneHourMax is null)
        {
            throw new ArgumentException(
                "HJ 633-2012 Table 1 note (3): O3 8-hour above 800 µg/m³ is judged by the 1-hour value, which is missing.",
                nameof(day));
        }

        var subIndices = new List<SubIndex>(7);
        AqiCombination.Add(standard, subIndices, Pollutant.So2, Averaging.TwentyFourHour, day.So2);
        AqiCombination.Add(standard, subIndices, Pollutant.No2, Averaging.TwentyFourHour, day.No2);
        AqiCombination.Add(standard, subIndices, Pollutant.Pm10, Averaging.TwentyFourHour, day.Pm10);
        AqiCombination.Add(standard, subIndices, Pollutant.Co, Averaging.TwentyFourHour, day.Co);
        var o3OneHour = of2012 ? day.O3OneHourMax : null;
        AqiCombination.Add(standard, subIndices, Pollutant.O3, Averaging.OneHour, o3OneHour);
        AqiCombination.Add(standard, subIndices, Pollutant.O3, Averaging.EightHourMoving, day.O3EightHourMax);
        AqiCombination.Add(standard, subIndices, Pollutant.Pm25, Averaging.TwentyFourHour, day.Pm25);
        var missing = AqiCombination.MissingOf(
            (Pollutant.So2, day.So2), (Pollutant.No2, day.No2), (Pollutant.Pm10, day.Pm10), (Pollutant.Co, day.Co),
            (Pollutant.O3, o3OneHour), (Pollutant.O3, day.O3EightHourMax), (Pollutant.Pm25, day.Pm25));
        return AqiCombination.Of(standard, subIndices, missing);
    }
}
