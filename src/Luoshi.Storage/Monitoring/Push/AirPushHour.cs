namespace Luoshi.Storage.Monitoring.Push;

/// <summary>One station-hour pushed by a station's feed: the same fields as a row of an hourly file, null for a missing value.</summary>
/// <param name="Station">The station's code.</param>
/// <param name="Time">yyyy-MM-dd HH:mm (or with T), Beijing time, on the hour.</param>
/// <param name="Co">mg/m³; the rest µg/m³.</param>
public sealed record AirPushHour(string Station, string Time, double? Pm25, double? Pm10, double? So2, double? No2, double? Co, double? O3);
