using System.Runtime.CompilerServices;
using Luoshi.Domain.Units;
using Luoshi.Domain.Villages.Tallies;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Tallies;

/// <summary>The ledger's village facts read in five plain queries (villages, assessments, sewage, income, standards),
/// with the towns and the income lines, for the tallies, the summary and the indicators.</summary>
internal sealed record VillageData(VillageFacts Facts, IReadOnlyList<OrgUnit> Areas, IReadOnlyDictionary<int, decimal> Thresholds)
{
    // One evaluation uses one context for every bound target: five village targets read the facts once.
    private static readonly ConditionalWeakTable<LedgerDbContext, VillageData> PerContext = [];

    /// <summary>The facts, read once per context (a context lives for one evaluation or one request).</summary>
    public static async Task<VillageData> ForAsync(LedgerDbContext db, CancellationToken ct)
    {
        if (PerContext.TryGetValue(db, out var known))
        {
            return known;
        }

        var data = await LoadAsync(db, ct).ConfigureAwait(false);
        PerContext.AddOrUpdate(db, data);
        return data;
    }

    public static async Task<VillageData> LoadAsync(LedgerDbContext db, CancellationToken ct)
    {
        var villages = await (
            from u in db.Units.AsNoTracking()
            where u.Kind == OrgUnitKind.Village
            join p in db.VillageProfiles on u.Id equals p.VillageId into profiles
            from p in profiles.DefaultIfEmpty()
            where p == null || !p.Community
            orderby u.Code
            select new VillagePlace(u.Id, u.ParentCode ?? "")).ToListAsync(ct).ConfigureAwait(false);
        var assessments = await db.VillageAssessments.AsNoTracking()
            .Select(a => new AssessmentStanding(a.VillageId, a.AssessedOn, a.Year, a.StandardId, a.TierRank)).ToListAsync(ct).ConfigureAwait(false);
        var sewage = await db.SewageStatuses.AsNoTracking()
            .Select(s => new SewageFinding(s.VillageId, s.AsOf, s.HasFacility, s.Operating)).ToListAsync(ct).ConfigureAwait(false);
        var income = await db.CollectiveIncomes.AsNoTracking()
            .Select(i => new IncomeFigure(i.VillageId, i.Year, i.Amount)).ToListAsync(ct).ConfigureAwait(false);
        var standards = await db.AssessmentStandards.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var areas = await db.Units.AsNoTracking().Where(u => u.Kind == OrgUnitKind.City || u.Kind == OrgUnitKind.Town || u.Kind == OrgUnitKind.Subdistrict)
            .OrderBy(u => u.Code).ToListAsync(ct).ConfigureAwait(false);
        var thresholds = await db.IncomeThresholds.AsNoTracking().ToDictionaryAsync(t => t.Year, t => t.Amount, ct).ConfigureAwait(false);
        var tiers = standards.ToDictionary(s => s.Id, s => (IReadOnlyList<string>)[.. s.Tiers.Select(t => t.Name)]);
        return new VillageData(new VillageFacts(villages, assessments, sewage, income, tiers), areas, thresholds);
    }

    // Five indicators over the same area ask for the same days: each tally is counted once per evaluation.
    private readonly Dictionary<(string Area, DateOnly Day, int Year), VillageTally> _tallies = [];

    /// <summary>The tally of an area as of a day for a year (with that year's income line), counted once.</summary>
    public VillageTally TallyOf(VillageArea area, DateOnly day, int year)
    {
        if (!_tallies.TryGetValue((area.Name, day, year), out var tally))
        {
            var villages = Facts.Villages;
            Func<int, bool>? include = area.TownCodes is { } towns ? i => towns.Contains(villages[i].TownCode) : null;
            _tallies[(area.Name, day, year)] = tally = Facts.Tally(include, day, year, ThresholdOf(year));
        }

        return tally;
    }

    /// <summary>The office's income line for a year, if set.</summary>
    public decimal? ThresholdOf(int year) => Thresholds.TryGetValue(year, out var line) ? line : null;
}
