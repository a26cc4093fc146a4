using Luoshi.Indicators.Air;

namespace Luoshi.Monitoring.Air;

/// <summary>One station-day's hourly values: 24 slots per pollutant, NaN where the hour is missing.</summary>
/// <remarks>
/// Slot h is the hour from h:00 to h+1:00 Beijing time. The values live in the reader's buffer and are reused for
/// the next station-day as soon as the sink returns, so a sink that keeps them must copy.
/// </remarks>
public readonly ref struct StationDayHours
{
    /// <summary>Hours per day.</summary>
    public const int Hours = 24;

    /// <summary>The buffer's length: six pollutants of 24 hours, in HJ 633-2012 Table 1 order (SO2 first, PM2.5 last).</summary>
    public const int Length = 6 * Hours;

    private readonly ReadOnlySpan<double> _values;

    /// <summary>Wraps a buffer laid out as <see cref="Length"/> says.</summary>
    public StationDayHours(int station, string stationName, DateOnly date, ReadOnlySpan<double> values)
    {
        if (values.Length != Length)
        {
            throw new ArgumentException($"A station-day holds {Length} values.", nameof(values));
        }

        Station = station;
        StationName = stationName;
        Date = date;
        _values = values;
    }

    /// <summary>The station's index in <see cref="AirReadResult.Stations"/>.</summary>
    public int Station { get; }

    /// <summary>The station's name as the file spells it.</summary>
    public string StationName { get; }

    /// <summary>The day, Beijing time.</summary>
    public DateOnly Date { get; }

    /// <summary>The 24 hourly values of one pollutant (CO in mg/m³, the rest µg/m³).</summary>
    public ReadOnlySpan<double> this[Pollutant pollutant] => _values.Slice(((int)pollutant - 1) * Hours, Hours);

    /// <summary>All 144 values, SO2's 24 first.</summary>
    public ReadOnlySpan<double> All => _values;
}
