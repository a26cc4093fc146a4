namespace Luoshi.Storage.Monitoring.Air;

/// <summary>One station-hour of air data as stored: the six 1-hour means (null where missing), keyed by station, day
/// and hour, so a second file with the same hour replaces it instead of adding it twice.</summary>
internal sealed class AirHourRow
{
    public int StationId { get; set; }

    /// <summary>The day, Beijing time.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The hour from Hour:00 to Hour+1:00, 0–23.</summary>
    public short Hour { get; set; }

    public double? So2 { get; set; }

    public double? No2 { get; set; }

    public double? Pm10 { get; set; }

    /// <summary>mg/m³, as HJ 633-2012 Table 1 takes it.</summary>
    public double? Co { get; set; }

    public double? O3 { get; set; }

    public double? Pm25 { get; set; }
}
