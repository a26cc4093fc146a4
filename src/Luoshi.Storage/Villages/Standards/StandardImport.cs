using Luoshi.Domain.Villages;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Luoshi.Storage.Villages.Files;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Standards;

/// <summary>Imports an assessment standard under a name: created, replaced while no assessment uses it, or left as it
/// is when unchanged. A standard that villages were assessed against is frozen: a change is a new standard
/// (美丽宜居村2023), so that past tiers are never rewritten by a later edit.</summary>
internal static class StandardImport
{
    /// <summary>Audit entity of a standard.</summary>
    public const string Entity = "village-standard";

    public static async Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, string name, CancellationToken ct)
    {
        var (table, readErrors) = RegisterFiles.Read(file, StandardFile.Columns);
        if (table is null)
        {
            return new CsvImportResult(0, readErrors);
        }

        var problems = new RegisterProblems(table);
        problems.AddAll(readErrors);
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.AddFile(Catalogue.Villages.StandardName);
        }

        var (criteria, tiers) = StandardFile.Read(table, problems);
        StandardRules.Check(criteria, tiers, problems);
        if (criteria.Count == 0 || tiers.Count == 0)
        {
            problems.AddFile(Catalogue.Villages.StandardRows);
        }

        if (problems.Any)
        {
            return new CsvImportResult(0, problems.ToList());
        }

        var standard = new AssessmentStandard { Name = name.Trim(), Criteria = [.. criteria.Select(c => c.Criterion)], Tiers = [.. tiers.Select(t => t.Tier)] };
        return await session.WriteAsync((db, token) => StoreAsync(db, session, standard, table.Rows.Count, token), r => r.Succeeded, ct).ConfigureAwait(false);
    }

    private static async Task<CsvImportResult> StoreAsync(
        LedgerDbContext db, StoreSession session, AssessmentStandard standard, int rows, CancellationToken ct)
    {
        var stored = await db.AssessmentStandards.SingleOrDefaultAsync(s => s.Name == standard.Name, ct).ConfigureAwait(false);
        var after = AuditLog.ToJson(Snapshot.Of(standard));
        if (stored is null)
        {
            db.AssessmentStandards.Add(standard);
            AuditLog.AddJson(db, session, "standard.create", Entity, standard.Name, null, after);
        }
        else
        {
            var before = AuditLog.ToJson(Snapshot.Of(stored));
            if (before == after)
            {
                return new CsvImportResult(rows, []);
            }

            var assessed = await db.VillageAssessments.CountAsync(a => a.StandardId == stored.Id, ct).ConfigureAwait(false);
            if (assessed > 0)
            {
                return new CsvImportResult(0, [new Problem(Catalogue.Villages.StandardInUse(standard.Name, assessed), Kind: ProblemKind.Conflict)]);
            }

            (stored.Criteria, stored.Tiers) = (standard.Criteria, standard.Tiers);
            AuditLog.AddJson(db, session, "standard.update", Entity, standard.Name, before, after);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new CsvImportResult(rows, []);
    }

    private sealed record Snapshot(List<AssessmentCriterion> Criteria, List<Tier> Tiers)
    {
        public static Snapshot Of(AssessmentStandard s) => new(s.Criteria, [.. s.Tiers.Select(t => new Tier(t.Name, t.MinScore, string.Join('|', t.Required)))]);
    }

    private sealed record Tier(string Name, decimal MinScore, string Requires);
}
