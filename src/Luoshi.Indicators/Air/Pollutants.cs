namespace Luoshi.Indicators.Air;

/// <summary>How the standards print the pollutants.</summary>
public static class Pollutants
{
    /// <summary>The pollutant as the standards print it in plain text: <c>SO2</c>, <c>NO2</c>, <c>PM10</c>, <c>CO</c>,
    /// <c>O3</c>, <c>PM2.5</c>.</summary>
    public static string Name(Pollutant pollutant) => pollutant switch
    {
        Pollutant.So2 => "SO2",
        Pollutant.No2 => "NO2",
        Pollutant.Pm10 => "PM10",
        Pollutant.Co => "CO",
        Pollutant.O3 => "O3",
        Pollutant.Pm25 => "PM2.5",
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant), pollutant, null),
    };
}
