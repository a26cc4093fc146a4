using Luoshi.Domain.Wording;

namespace Luoshi.Monitoring.Air;

/// <summary>How to read an air file.</summary>
/// <param name="KnownStations">When given, a station not in it is an error; when null any station is accepted.</param>
/// <param name="StationListName">What to call the list in messages (its file name).</param>
/// <param name="Threads">
/// 1: parse and consume on the calling thread; 2: parse on a second thread; null: 2 for files from 4 MB on a machine
/// with more than one core, else 1.
/// </param>
public sealed record AirReadOptions(IReadOnlySet<string>? KnownStations = null, Words? StationListName = null, int? Threads = null)
{
    /// <summary>Any station, no list, threads chosen by file size.</summary>
    public static AirReadOptions Default { get; } = new();
}
