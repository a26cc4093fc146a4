namespace Luoshi.Monitoring.Air;

/// <summary>How to read an air file.</summary>
/// <param name="KnownStations">When given, a station not in it is an error; when null any station is accepted.</param>
/// <param name="StationListName">What to call the list in messages (its file name).</param>
public sealed record AirReadOptions(IReadOnlySet<string>? KnownStations = null, string? StationListName = null)
{
    /// <summary>Any station, no list.</summary>
    public static AirReadOptions Default { get; } = new();
}
