using Luoshi.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Luoshi.Storage.Schema;

/// <summary>Keeps <see cref="ProgressReport.Version"/> the store's business: 1 when a report is added, one more on
/// every save. The UPDATE's WHERE clause compares the version the caller read (the concurrency token).</summary>
internal static class ReportVersions
{
    /// <summary>Bases the next save of <paramref name="entry"/> on <paramref name="expected"/>: the save fails with a
    /// concurrency error when someone else saved the report since.</summary>
    public static void ExpectVersion(EntityEntry<ProgressReport> entry, int expected)
    {
        var version = entry.Property(r => r.Version);
        version.OriginalValue = expected;
        version.CurrentValue = expected + 1;
    }

    public static void Advance(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<ProgressReport>())
        {
            var version = entry.Property(r => r.Version);
            if (entry.State == EntityState.Added)
            {
                version.CurrentValue = 1;
            }
            else if (entry.State == EntityState.Modified && !version.IsModified)
            {
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }
}
