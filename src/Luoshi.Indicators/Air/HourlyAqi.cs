namespace Luoshi.Indicators.Air;

/// <summary>The hourly AQI of one station-hour (实时报, HJ 633-2012 clause 5.2).</summary>
public static class HourlyAqi
{
    /// <summary>The hourly AQI by HJ 633-2012 from the hour's 1-hour values (PM on the 24-hour rows).</summary>
    /// <exception cref="ArgumentException">
    /// No value is present, or SO2 1-hour is above 800 µg/m³ without the 24-hour value note (2) then requires.
    /// </exception>
    public static AqiResult Of(in HourlyConcentrations hour)
    {
        var subIndices = new List<SubIndex>(6);
        if (hour.So2 > 800)
        {
            // Table 1 note (2): the 1-hour value is not indexed; SO2 is reported by its 24-hour index.
            var so2Day = hour.So2TwentyFourHour ?? throw new ArgumentException(
                "HJ 633-2012 Table 1 note (2): SO2 1-hour above 800 µg/m³ is judged by the 24-hour value, which is missing.",
                nameof(hour));
            AqiCombination.Add(subIndices, Pollutant.So2, Averaging.TwentyFourHour, so2Day);
        }
        else
        {
            AqiCombination.Add(subIndices, Pollutant.So2, Averaging.OneHour, hour.So2);
        }

        AqiCombination.Add(subIndices, Pollutant.No2, Averaging.OneHour, hour.No2);
        AqiCombination.Add(subIndices, Pollutant.Pm10, Averaging.TwentyFourHour, hour.Pm10);
        AqiCombination.Add(subIndices, Pollutant.Co, Averaging.OneHour, hour.Co);
        AqiCombination.Add(subIndices, Pollutant.O3, Averaging.OneHour, hour.O3);
        AqiCombination.Add(subIndices, Pollutant.Pm25, Averaging.TwentyFourHour, hour.Pm25);
        return AqiCombination.Of(AirStandard.Hj633Of2012, subIndices);
    }
}
