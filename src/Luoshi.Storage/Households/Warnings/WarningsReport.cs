using Luoshi.Domain.Households;
using Luoshi.Domain.Units;
using Luoshi.Storage.Households.Monitoring;
using Luoshi.Storage.Households.Reading;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Households.Warnings;

/// <summary>Counts the register's warnings per village in three grouped queries (late flags, unassisted
/// identifications, households under the line uncovered) and rolls them up to towns and the viewer's whole area.</summary>
internal static class WarningsReport
{
    public static async Task<HouseholdWarnings> ReadAsync(LedgerDbContext db, HouseholdViewer viewer, DateOnly asOf, CancellationToken ct)
    {
        var rules = await RulesSetting.ReadAsync(db, ct).ConfigureAwait(false);
        var scope = await AreaScope.VillagesAsync(db, viewer, ct).ConfigureAwait(false);
        var counts = await PerVillageAsync(db, rules, asOf, ct).ConfigureAwait(false);
        var units = await db.Units.AsNoTracking().Where(u => u.Kind != OrgUnitKind.Department).ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var towns = new List<TownWarnings>();
        var totals = default(VillageCounts);
        foreach (var town in counts.Where(c => scope is null || scope.Contains(c.Key))
            .GroupBy(c => units.TryGetValue(c.Key, out var v) ? v.ParentCode ?? "" : "")
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var villages = town.OrderBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => new VillageWarnings(v.Key, units.TryGetValue(v.Key, out var u) ? u.Name : v.Key, v.Value)).ToList();
            var sum = villages.Aggregate(default(VillageCounts), (a, v) => a + v.Counts);
            towns.Add(new TownWarnings(town.Key, units.TryGetValue(town.Key, out var t) ? t.Name : town.Key, sum, villages));
            totals += sum;
        }

        return new HouseholdWarnings(asOf, rules.IdentifyWithinDays, totals, towns);
    }

    /// <summary>The counts of every village with a warning.</summary>
    public static async Task<Dictionary<string, VillageCounts>> PerVillageAsync(LedgerDbContext db, MonitoringRules rules, DateOnly asOf, CancellationToken ct)
    {
        // Late from the day after the limit: flagged on or before this day.
        var lateIfFlaggedBy = asOf.AddDays(-rules.IdentifyWithinDays - 1);
        var late = await db.Households.AsNoTracking()
            .Where(h => h.State == MonitoringState.Flagged && h.FlaggedOn <= lateIfFlaggedBy)
            .GroupBy(h => h.VillageCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct).ConfigureAwait(false);
        var unassisted = await db.Households.AsNoTracking()
            .Where(h => h.State == MonitoringState.Identified)
            .GroupBy(h => h.VillageCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct).ConfigureAwait(false);
        var below = await BelowLine.ReadAsync(db, ct).ConfigureAwait(false);
        var counts = new Dictionary<string, VillageCounts>(StringComparer.Ordinal);
        foreach (var x in late)
        {
            counts[x.Key] = counts.GetValueOrDefault(x.Key) + new VillageCounts(x.Count, 0, 0);
        }

        foreach (var x in unassisted)
        {
            counts[x.Key] = counts.GetValueOrDefault(x.Key) + new VillageCounts(0, x.Count, 0);
        }

        foreach (var row in below.Where(r => r.IsUncovered(asOf)))
        {
            counts[row.VillageCode] = counts.GetValueOrDefault(row.VillageCode) + new VillageCounts(0, 0, 1);
        }

        return counts;
    }
}
