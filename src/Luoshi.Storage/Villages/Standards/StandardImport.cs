using Luoshi.Domain.Villages;
using Luoshi.Domain.Villages.Standards;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Registers.Villages;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Registers;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Standards;

/// <summary>Imports an assessment standard (<see cref="StandardFile"/>) under a name: created, replaced while no
/// assessment uses it, or left as it is when unchanged. A standard that villages were assessed against is frozen: a
/// change is a new standard (美丽宜居村2023), so that past tiers are never rewritten by a later edit.</summary>
internal sealed class StandardImport(StoreSession session, string name) : IRegisterImport<(int Row, AssessmentCriterion? Criterion, AssessmentTier? Tier)>
{
    /// <summary>Audit entity of a standard.</summary>
    public const string Entity = "village-standard";

    private readonly List<(int Row, AssessmentCriterion Criterion)> _criteria = [];
    private readonly List<(int Row, AssessmentTier Tier)> _tiers = [];
    private int _rows;

    public IReadOnlyList<Column> Columns => StandardFile.Columns;

    public Words Row => Catalogue.Villages.StandardRow;

    public static async Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, string name, CancellationToken ct) =>
        (await RegisterImport.RunAsync<(int, AssessmentCriterion?, AssessmentTier?), StandardImport>(
            session, file.ToIntake(), _ => new StandardImport(session, name), null, ct).ConfigureAwait(false)).Result;

    public Task<Problem?> BeginAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.AddFile(Catalogue.Standards.NeedName);
        }

        return Task.FromResult<Problem?>(null);
    }

    public bool Read(Table table, ProblemList problems, out (int Row, AssessmentCriterion? Criterion, AssessmentTier? Tier) row)
    {
        var (criterion, tier) = StandardFile.Read(table, problems);
        row = (table.Number, criterion, tier);
        return criterion is not null || tier is not null;
    }

    public ValueTask AddAsync((int Row, AssessmentCriterion? Criterion, AssessmentTier? Tier) row, CancellationToken ct)
    {
        _rows++;
        if (row.Criterion is { } c)
        {
            _criteria.Add((row.Row, c));
        }
        else if (row.Tier is { } t)
        {
            _tiers.Add((row.Row, t));
        }

        return ValueTask.CompletedTask;
    }

    public void CheckAll(TablePlaces places, ProblemList problems)
    {
        problems.AddAll(StandardRules.Check(_criteria, _tiers, places.RowName).Select(places.Of));
        if (_criteria.Count == 0 || _tiers.Count == 0)
        {
            problems.AddFile(Catalogue.Standards.NeedBoth);
        }
    }

    public async Task<long> WriteAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        var standard = new AssessmentStandard { Name = name.Trim(), Criteria = [.. _criteria.Select(c => c.Criterion)], Tiers = [.. _tiers.Select(t => t.Tier)] };
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
                return _rows;
            }

            var assessed = await db.VillageAssessments.CountAsync(a => a.StandardId == stored.Id, ct).ConfigureAwait(false);
            if (assessed > 0)
            {
                problems.Add(new Problem(Catalogue.Standards.Frozen(standard.Name, assessed), Kind: ProblemKind.Conflict));
                return 0;
            }

            (stored.Criteria, stored.Tiers) = (standard.Criteria, standard.Tiers);
            AuditLog.AddJson(db, session, "standard.update", Entity, standard.Name, before, after);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return _rows;
    }

    private sealed record Snapshot(List<AssessmentCriterion> Criteria, List<Tier> Tiers)
    {
        public static Snapshot Of(AssessmentStandard s) => new(s.Criteria, [.. s.Tiers.Select(t => new Tier(t.Name, t.MinScore, string.Join('|', t.Required)))]);
    }

    private sealed record Tier(string Name, decimal MinScore, string Requires);
}
