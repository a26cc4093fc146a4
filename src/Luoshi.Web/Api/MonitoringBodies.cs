using Luoshi.Storage.Monitoring.Push;

namespace Luoshi.Web.Api;

/// <summary>The bodies of the monitoring push endpoints and their answer.</summary>
public static class MonitoringBodies
{
    /// <summary>Hourly rows: <c>{"rows":[{"station":"A","time":"2022-01-01 00:00","pm25":30,…}]}</c>.</summary>
    public sealed record AirHours(IReadOnlyList<AirPushHour>? Rows);

    /// <summary>Daily rows: <c>{"rows":[{"station":"A","date":"2022-01-01","pm25":30,…,"o3_8h_max":50}]}</c>.</summary>
    public sealed record AirDays(IReadOnlyList<AirPushDay>? Rows);

    /// <summary>Samples: <c>{"samples":[{"section":"WMG","date":"2022-01-10","items":{"nh3n":0.8}}]}</c>.</summary>
    public sealed record WaterSamples(IReadOnlyList<WaterPushSample>? Samples);

    /// <summary>What a push stored: rows read, new, corrected (replaced), unchanged, missing values per column, the time
    /// range, and whether the same push had been stored before.</summary>
    public sealed record Stored(
        long Rows, long Inserted, long Corrected, long Unchanged, IReadOnlyDictionary<string, long> Missing, DateTime? First, DateTime? Last,
        bool AlreadyStored);
}
