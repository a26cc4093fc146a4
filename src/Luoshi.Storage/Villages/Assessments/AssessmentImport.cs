using Luoshi.Domain.Villages;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Luoshi.Storage.Villages.Files;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Assessments;

/// <summary>Imports a year's assessments against a named standard: every row checked, every village-year complete
/// (each criterion once, one date), tiers computed by <see cref="TierRules"/>; stored in one transaction, replacing
/// the same village-year, or nothing at all when anything is wrong.</summary>
internal static class AssessmentImport
{
    public static async Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, string standardName, CancellationToken ct)
    {
        var (table, readErrors) = RegisterFiles.Read(file, AssessmentLine.Columns);
        if (table is null)
        {
            return new CsvImportResult(0, readErrors);
        }

        return await session.WriteAsync(
            async (db, token) =>
            {
                var standard = await db.AssessmentStandards.AsNoTracking().SingleOrDefaultAsync(s => s.Name == standardName, token).ConfigureAwait(false);
                if (standard is null)
                {
                    var known = await db.AssessmentStandards.Select(s => s.Name).ToListAsync(token).ConfigureAwait(false);
                    return new CsvImportResult(0, [new Problem(Catalogue.Villages.UnknownStandard(standardName, known), Place.OfField("standard"), ProblemKind.NotFound)]);
                }

                var problems = new RegisterProblems(table);
                problems.AddAll(readErrors);
                var villages = await VillageLookup.LoadAsync(db, token).ConfigureAwait(false);
                var criteria = standard.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
                var lines = table.Rows.Select(r => AssessmentLine.Read(r, table.IsWorkbook, villages, criteria, problems)).OfType<AssessmentLine>().ToList();
                var assessments = AssessmentGroups.Build(lines, standard, problems);
                if (table.Rows.Count == 0)
                {
                    problems.AddFile(Catalogue.Villages.NoRows(Catalogue.Villages.AResult));
                }

                if (problems.Any)
                {
                    return new CsvImportResult(0, problems.ToList());
                }

                await StoreAsync(db, session, file, standard, assessments, token).ConfigureAwait(false);
                return new CsvImportResult(lines.Count, []);
            },
            r => r.Succeeded,
            ct).ConfigureAwait(false);
    }

    private static async Task StoreAsync(
        LedgerDbContext db, StoreSession session, VillageFile file, AssessmentStandard standard,
        List<(string Code, VillageAssessment Assessment)> assessments, CancellationToken ct)
    {
        var years = assessments.Select(a => a.Assessment.Year).Distinct().ToList();
        var stored = await db.VillageAssessments.AsNoTracking().Where(a => years.Contains(a.Year)).ToDictionaryAsync(a => (a.VillageId, a.Year), ct).ConfigureAwait(false);
        var names = await db.AssessmentStandards.ToDictionaryAsync(s => s.Id, s => s.Name, ct).ConfigureAwait(false);
        var created = new List<VillageAssessment>();
        var (updated, unchanged) = (0, 0);
        foreach (var (code, a) in assessments)
        {
            if (!stored.TryGetValue((a.VillageId, a.Year), out var old))
            {
                created.Add(a);
                continue;
            }

            var before = AuditLog.ToJson(Snapshot.Of(old, names[old.StandardId]));
            var after = AuditLog.ToJson(Snapshot.Of(a, standard.Name));
            if (before == after)
            {
                unchanged++;
                continue;
            }

            a.Id = old.Id;
            db.VillageAssessments.Update(a);
            updated++;
            VillageAudit.Changed(db, session, "assessment.update", code, before!, after!);
        }

        VillageAudit.FileImported(db, session, "assessments.import", file, created.Count, updated, unchanged, standard.Name);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await BulkRows.InsertAsync(db, "village_assessments",
            ["village_id", "year", "standard_id", "assessed_on", "score", "tier_rank", "tier", "results"],
            created.Select(a => new object?[] { a.VillageId, a.Year, a.StandardId, a.AssessedOn, a.Score, a.TierRank, a.Tier, JsonColumn.Serialize(a.Results) }),
            ct).ConfigureAwait(false);
    }

    private sealed record Snapshot(int Year, string Standard, DateOnly AssessedOn, decimal Score, string? Tier, List<CriterionResult> Results)
    {
        // A score read back from the database may carry trailing zeros (80.0); the snapshot compares values, not scales.
        public static Snapshot Of(VillageAssessment a, string standard) =>
            new(a.Year, standard, a.AssessedOn, a.Score / 1.0000000000000000000000000000m, a.Tier, a.Results);
    }
}
