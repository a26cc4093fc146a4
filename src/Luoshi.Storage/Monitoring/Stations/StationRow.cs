namespace Luoshi.Storage.Monitoring.Stations;

/// <summary>One line of a stations file, read but not yet checked against the others and the ledger.</summary>
internal sealed record StationRow(int Line, string Code, string Name, string District, double? Latitude, double? Longitude, List<string> Sets);
