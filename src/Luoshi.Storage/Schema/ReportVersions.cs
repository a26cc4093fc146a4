using Luoshi.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Luoshi.Storage.Schema;

/// <summary>Keeps <see cref="ProgressReport.Version"/> and <see cref="Contribution.Version"/> the store's business: 1 when a report is added, one more on
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

    /// <summary>The same for a supporting unit's contribution.</summary>
    public static void ExpectVersion(EntityEntry<Contribution> entry, int expected)
    {
        var version = entry.Property(c => c.Version);
        version.OriginalValue = expected;
        version.CurrentValue = expected + 1;
    }

    public static void Advance(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<ProgressReport>())
        {
            Advance(entry.State, entry.Property(r => r.Version));
        }

        foreach (var entry in tracker.Entries<Contribution>())
        {
            Advance(entry.State, entry.Property(c => c.Version));
        }
    }

    private static void Advance(EntityState state, PropertyEntry<ProgressReport, int> version) =>
        Advance(state, version.IsModified, v => version.CurrentValue = v, version.OriginalValue);

    private static void Advance(EntityState state, PropertyEntry<Contribution, int> version) =>
        Advance(state, version.IsModified, v => version.CurrentValue = v, version.OriginalValue);

    private static void Advance(EntityState state, bool setByCaller, Action<int> set, int original)
    {
        if (state == EntityState.Added)
        {
            set(1);
        }
        else if (state == EntityState.Modified && !setByCaller)
        {
            set(original + 1);
        }
    }
}
