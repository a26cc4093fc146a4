namespace Luoshi.Indicators.Air;

/// <summary>The daily AQI of one station-day (日报, HJ 633-2012 clause 5.1).</summary>
public static class DailyAqi
{
    /// <summary>The daily AQI by HJ 633-2012 from the day's 24-hour means and O3 daily maxima.</summary>
    /// <remarks>
    /// Table 1 note (1): the daily report uses the 24-hour rows for SO2, NO2 and CO, never their 1-hour rows. Both O3
    /// values are indexed and the larger counts; note (3): an 8-hour value above 800 µg/m³ is not indexed and O3 is
    /// then judged by its 1-hour value alone.
    /// </remarks>
    /// <exception cref="ArgumentException">No value is present, or an 8-hour O3 above 800 comes without the 1-hour one.</exception>
    public static AqiResult Of(in DailyConcentrations day)
    {
        if (day.O3EightHourMax > 800 && day.O3OneHourMax is null)
        {
            throw new ArgumentException(
                "HJ 633-2012 Table 1 note (3): O3 8-hour above 800 µg/m³ is judged by the 1-hour value, which is missing.",
                nameof(day));
        }

        var subIndices = new List<SubIndex>(7);
        AqiCombination.Add(subIndices, Pollutant.So2, Averaging.TwentyFourHour, day.So2);
        AqiCombination.Add(subIndices, Pollutant.No2, Averaging.TwentyFourHour, day.No2);
        AqiCombination.Add(subIndices, Pollutant.Pm10, Averaging.TwentyFourHour, day.Pm10);
        AqiCombination.Add(subIndices, Pollutant.Co, Averaging.TwentyFourHour, day.Co);
        AqiCombination.Add(subIndices, Pollutant.O3, Averaging.OneHour, day.O3OneHourMax);
        AqiCombination.Add(subIndices, Pollutant.O3, Averaging.EightHourMoving, day.O3EightHourMax);
        AqiCombination.Add(subIndices, Pollutant.Pm25, Averaging.TwentyFourHour, day.Pm25);
        return AqiCombination.Of(AirStandard.Hj633Of2012, subIndices);
    }
}
