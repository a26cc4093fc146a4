using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Indicators.Air.Annual;

/// <summary>The valid daily values of a station or a city, per pollutant, that the annual statistics are computed from:
/// the 24-hour means of SO2, NO2, PM10, CO, PM2.5 and the O3 daily maximum 8-hour mean. Days are added in date order.</summary>
/// <remarks>
/// Each pollutant keeps its own days: a day whose PM2.5 is valid counts for PM2.5 even when its O3 is not, as the
/// annual statistics of HJ 663-2013 are per pollutant. Daily values are used as rounded for indexing (GB/T 8170).
/// </remarks>
public sealed class AnnualSeries
{
    private readonly List<DailyPoint>[] _byPollutant = [[], [], [], [], [], []];
    private DateOnly? _last;

    /// <summary>The valid daily values of <paramref name="pollutant"/> added so far, in date order.</summary>
    public IReadOnlyList<DailyPoint> Of(Pollutant pollutant) => _byPollutant[(int)pollutant - 1];

    /// <summary>Adds a station-day's valid values.</summary>
    public void Add(in StationDay day) =>
        Add(day.Date, day.So2, day.No2, day.Pm10, day.Co, day.O3EightHourMax, day.Pm25);

    /// <summary>Adds a city-day's valid values.</summary>
    public void Add(in CityDay day) =>
        Add(day.Date, day.So2, day.No2, day.Pm10, day.Co, day.O3EightHourMax, day.Pm25);

    private void Add(
        DateOnly date, in DailyValue so2, in DailyValue no2, in DailyValue pm10, in DailyValue co, in DailyValue o3, in DailyValue pm25)
    {
        if (_last is { } last && date <= last)
        {
            throw new ArgumentException($"Days are added in date order: {date:yyyy-MM-dd} after {last:yyyy-MM-dd}.", nameof(date));
        }

        _last = date;
        Keep(Pollutant.So2, date, so2);
        Keep(Pollutant.No2, date, no2);
        Keep(Pollutant.Pm10, date, pm10);
        Keep(Pollutant.Co, date, co);
        Keep(Pollutant.O3, date, o3);
        Keep(Pollutant.Pm25, date, pm25);
    }

    private void Keep(Pollutant pollutant, DateOnly date, in DailyValue value)
    {
        if (value.IsValid)
        {
            _byPollutant[(int)pollutant - 1].Add(new DailyPoint(date, value.Value));
        }
    }
}
