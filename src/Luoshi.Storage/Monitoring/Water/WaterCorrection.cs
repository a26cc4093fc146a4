namespace Luoshi.Storage.Monitoring.Water;

/// <summary>A stored sample that a file replaced with other values, as the audit entry lists it.</summary>
/// <param name="Section">The section's code.</param>
/// <param name="Date">yyyy-MM-dd.</param>
/// <param name="Before">The stored items by code.</param>
/// <param name="After">The file's items by code.</param>
internal sealed record WaterCorrection(string Section, string Date, Dictionary<string, decimal> Before, Dictionary<string, decimal> After);
