namespace Luoshi.Indicators.Air;

/// <summary>The hourly AQI of one station-hour (实时报: HJ 633-2012 clause 5.2, HJ 633—2026 clause 4.2).</summary>
public static class HourlyAqi
{
    /// <summary>The hourly AQI by <paramref name="standard"/> from the hour's 1-hour values (PM on the 24-hour rows).</summary>
    /// <remarks>
    /// SO2 1-hour above 800 µg/m³: HJ 633-2012 Table 1 note (2) takes SO2's index from its 24-hour value instead;
    /// HJ 633—2026 Table 3 note b counts it as IAQI 200.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// No value is present, or (2012) SO2 1-hour is above 800 µg/m³ without the 24-hour value note (2) then requires.
    /// </exception>
    public static AqiResult Of(AirStandard standard, in HourlyConcentrations hour)
    {
        var subIndices = new List<SubIndex>(6);
        if (standard == AirStandard.Hj633Of2012 && hour.So2 > 800)
        {
            var so2Day = hour.So2TwentyFourHour ?? throw new ArgumentException(
                "HJ 633-2012 Table 1 note (2): SO2 1-hour above 800 µg/m³ is judged by the 24-hour value, which is missing.",
                nameof(hour));
            AqiCombination.Add(standard, subIndices, Pollutant.So2, Averaging.TwentyFourHour, so2Day);
        }
        else
        {
            AqiCombination.Add(standard, subIndices, Pollutant.So2, Averaging.OneHour, hour.So2);
        }

        AqiCombination.Add(standard, subIndices, Pollutant.No2, Averaging.OneHour, hour.No2);
        AqiCombination.Add(standard, subIndices, Pollutant.Pm10, Averaging.TwentyFourHour, hour.Pm10);
        AqiCombination.Add(standard, subIndices, Pollutant.Co, Averaging.OneHour, hour.Co);
        AqiCombination.Add(standard, subIndices, Pollutant.O3, Averaging.OneHour, hour.O3);
        AqiCombination.Add(standard, subIndices, Pollutant.Pm25, Averaging.TwentyFourHour, hour.Pm25);
        var missing = AqiCombination.MissingOf(
            (Pollutant.So2, hour.So2), (Pollutant.No2, hour.No2), (Pollutant.Pm10, hour.Pm10),
            (Pollutant.Co, hour.Co), (Pollutant.O3, hour.O3), (Pollutant.Pm25, hour.Pm25));
        return AqiCombination.Of(standard, subIndices, missing);
    }
}
