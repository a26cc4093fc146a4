using System.Text.Json.Serialization;

namespace Luoshi.Storage.Monitoring.Push;

/// <summary>One station-day of daily values pushed by a network: the fields of a row of a daily file, null for missing.</summary>
/// <param name="Station">The station's code.</param>
/// <param name="Date">yyyy-MM-dd.</param>
/// <param name="Co">mg/m³; the rest µg/m³.</param>
/// <param name="O3OneHourMax">O3 daily maximum 1-hour mean (o3_1h_max).</param>
/// <param name="O3EightHourMax">O3 daily maximum 8-hour mean (o3_8h_max).</param>
public sealed record AirPushDay(
    string Station, string Date, double? Pm25, double? Pm10, double? So2, double? No2, double? Co,
    [property: JsonPropertyName("o3_1h_max")] double? O3OneHourMax,
    [property: JsonPropertyName("o3_8h_max")] double? O3EightHourMax);
