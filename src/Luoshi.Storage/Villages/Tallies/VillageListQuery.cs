using Luoshi.Domain.Units;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Tallies;

/// <summary>Lists villages (of one town, or all) with their register attributes, the assessment and sewage finding in
/// effect on a day, and their income of a year and the year before.</summary>
internal static class VillageListQuery
{
    public static async Task<IReadOnlyList<VillageListRow>> RunAsync(LedgerDbContext db, string? town, int year, DateOnly asOf, CancellationToken ct)
    {
        var villages = await (
            from u in db.Units.AsNoTracking()
            where u.Kind == OrgUnitKind.Village && (town == null || u.ParentCode == town)
            join p in db.VillageProfiles on u.Id equals p.VillageId into profiles
            from p in profiles.DefaultIfEmpty()
            orderby u.ParentCode, u.Code
            select new { u.Id, u.Code, u.Name, Town = u.ParentCode ?? "", Profile = p }).ToListAsync(ct).ConfigureAwait(false);
        var ids = town is null ? null : villages.Select(v => v.Id).ToList();
        var assessments = (await db.VillageAssessments.AsNoTracking().Where(a => a.AssessedOn <= asOf && (ids == null || ids.Contains(a.VillageId)))
                .Select(a => new { a.VillageId, a.Year, a.AssessedOn, a.Score, a.Tier }).ToListAsync(ct).ConfigureAwait(false))
            .GroupBy(a => a.VillageId).ToDictionary(g => g.Key, g => g.MaxBy(a => (a.AssessedOn, a.Year))!);
        var sewage = (await db.SewageStatuses.AsNoTracking().Where(s => s.AsOf <= asOf && (ids == null || ids.Contains(s.VillageId)))
                .Select(s => new { s.VillageId, s.AsOf, s.HasFacility, s.Operating }).ToListAsync(ct).ConfigureAwait(false))
            .GroupBy(s => s.VillageId).ToDictionary(g => g.Key, g => g.MaxBy(s => s.AsOf)!);
        var income = await db.CollectiveIncomes.AsNoTracking().Where(i => (i.Year == year || i.Year == year - 1) && (ids == null || ids.Contains(i.VillageId)))
            .ToDictionaryAsync(i => (i.VillageId, i.Year), i => i.Amount, ct).ConfigureAwait(false);
        var towns = await db.Units.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Town || u.Kind == OrgUnitKind.Subdistrict)
            .ToDictionaryAsync(u => u.Code, u => u.Name, ct).ConfigureAwait(false);
        return [.. villages.Select(v =>
        {
            var a = assessments.GetValueOrDefault(v.Id);
            var s = sewage.GetValueOrDefault(v.Id);
            return new VillageListRow(
                v.Code, v.Name, v.Profile?.ShortName ?? v.Name, v.Town, towns.GetValueOrDefault(v.Town, v.Town),
                v.Profile?.Households, v.Profile?.Population, v.Profile?.Community ?? false,
                a?.Year, a?.Score, a?.Tier, s?.HasFacility, s?.Operating,
                income.TryGetValue((v.Id, year), out var i) ? i : null, income.TryGetValue((v.Id, year - 1), out var l) ? l : null);
        })];
    }
}
