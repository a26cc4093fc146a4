namespace Luoshi.Storage.Monitoring.Air;

/// <summary>One station-day of daily values as a daily file gives them (computed by the monitoring network), keyed by
/// station and day. Where a day has both these and hourly rows, these are the network's official figures and win.</summary>
internal sealed class AirDayRow
{
    public int StationId { get; set; }

    public DateOnly Date { get; set; }

    public double? So2 { get; set; }

    public double? No2 { get; set; }

    public double? Pm10 { get; set; }

    /// <summary>mg/m³.</summary>
    public double? Co { get; set; }

    public double? O3OneHourMax { get; set; }

    public double? O3EightHourMax { get; set; }

    public double? Pm25 { get; set; }
}
