namespace Luoshi.Storage.Monitoring.Air;

/// <summary>A stored station-hour (or station-day) that a file replaced with other values, as the audit entry lists it.</summary>
/// <param name="Station">The station's code.</param>
/// <param name="Time">yyyy-MM-dd HH:00, or yyyy-MM-dd for a daily row.</param>
/// <param name="Before">The stored values by column (null where missing).</param>
/// <param name="After">The file's values by column.</param>
internal sealed record AirCorrection(string Station, string Time, Dictionary<string, double?> Before, Dictionary<string, double?> After);
