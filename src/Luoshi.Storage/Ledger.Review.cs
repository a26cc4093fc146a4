using System.Text.Json;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Reports;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage;

/// <summary>What the review worklist reads beside a report: the values it was sent with before it was returned.</summary>
public sealed partial class Ledger
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonColumn.Options) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>For each of <paramref name="reportIds"/> that was returned, the values it carried when last returned
    /// (the version the office saw before), by target code; reports never returned are left out. One query.</summary>
    public Task<IReadOnlyDictionary<int, IReadOnlyList<TargetValue>>> ValuesBeforeReturnAsync(IReadOnlyCollection<int> reportIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reportIds);
        var keys = reportIds.Select(ReportConflict.Key).ToList();
        return _session.ReadAsync<IReadOnlyDictionary<int, IReadOnlyList<TargetValue>>>(
            async (db, token) =>
            {
                var entries = await db.AuditEntries.AsNoTracking()
                    .Where(a => a.Entity == AuditEntities.Report && a.Action == "report.return" && keys.Contains(a.EntityKey))
                    .OrderBy(a => a.Id)
                    .Select(a => new { a.EntityKey, a.Before })
                    .ToListAsync(token).ConfigureAwait(false);
                var found = new Dictionary<int, IReadOnlyList<TargetValue>>();
                foreach (var e in entries)
                {
                    if (e.Before is not null && JsonSerializer.Deserialize<ReportSnapshot>(e.Before, SnapshotJson) is { } snapshot)
                    {
                        found[int.Parse(e.EntityKey, System.Globalization.CultureInfo.InvariantCulture)] = snapshot.Values;
                    }
                }

                return found;
            },
            ct);
    }
}
