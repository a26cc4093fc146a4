namespace Luoshi.Monitoring.Air;

/// <summary>The hours of one station-day gathered so far: 144 slots (NaN until a row fills them) and which hours came.</summary>
internal sealed class OpenStationDay
{
    public double[] Values { get; } = new double[StationDayHours.Length];

    /// <summary>The day as <see cref="DateOnly.DayNumber"/>; -1 while empty.</summary>
    public int DayNumber { get; private set; } = -1;

    private int _seen;

    public OpenStationDay() => Values.AsSpan().Fill(double.NaN);

    public void Start(int dayNumber)
    {
        DayNumber = dayNumber;
        _seen = 0;
        Values.AsSpan().Fill(double.NaN);
    }

    /// <summary>Fills the hour's six slots; false when the hour was already there.</summary>
    public bool Add(in AirHour row)
    {
        var bit = 1 << row.Hour;
        if ((_seen & bit) != 0)
        {
            return false;
        }

        _seen |= bit;
        var v = Values;
        var h = row.Hour;
        v[h] = row.So2;
        v[StationDayHours.Hours + h] = row.No2;
        v[(2 * StationDayHours.Hours) + h] = row.Pm10;
        v[(3 * StationDayHours.Hours) + h] = row.Co;
        v[(4 * StationDayHours.Hours) + h] = row.O3;
        v[(5 * StationDayHours.Hours) + h] = row.Pm25;
        return true;
    }
}
