using Luoshi.Domain.Values;
using Luoshi.Domain.Villages;
using Luoshi.Domain.Villages.Standards;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Registers.Villages;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Bulk;
using Luoshi.Storage.Registers;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Assessments;

/// <summary>Imports a year's assessments against a named standard (<see cref="AssessmentFile"/>): every row checked,
/// every village-year complete (<see cref="AssessmentGroups"/>: each criterion once, one date), tiers computed by
/// <see cref="TierRules"/>; stored in one transaction, replacing the same village-year, or nothing when anything is wrong.</summary>
internal sealed class AssessmentImport(StoreSession session, VillageFile file, string standardName) : IRegisterImport<AssessmentLine>
{
    private readonly List<AssessmentLine> _lines = [];
    private AssessmentStandard _standard = null!;
    private AssessmentFile _reader = null!;
    private List<(string Code, VillageAssessment Assessment)> _assessments = [];

    public IReadOnlyList<Column> Columns => AssessmentFile.Columns;

    public Words Row => Catalogue.Villages.Result;

    public static async Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, string standard, CancellationToken ct) =>
        (await RegisterImport.RunAsync<AssessmentLine, AssessmentImport>(
            session, file.ToIntake(), _ => new AssessmentImport(session, file, standard), null, ct).ConfigureAwait(false)).Result;

    public async Task<Problem?> BeginAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        var standard = await db.AssessmentStandards.AsNoTracking().SingleOrDefaultAsync(s => s.Name == standardName, ct).ConfigureAwait(false);
        if (standard is null)
        {
            var known = await db.AssessmentStandards.Select(s => s.Name).ToListAsync(ct).ConfigureAwait(false);
            return new Problem(Catalogue.Standards.Unknown(standardName, known), Place.OfField("standard"), ProblemKind.NotFound);
        }

        _standard = standard;
        var criteria = standard.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _reader = new AssessmentFile(await VillageLookup.LoadAsync(db, ct).ConfigureAwait(false), criteria, DayWindow.Recorded(session.Today));
        return null;
    }

    public bool Read(Table table, ProblemList problems, out AssessmentLine row)
    {
        row = _reader.Read(table, problems)!;
        return row is not null;
    }

    public ValueTask AddAsync(AssessmentLine row, CancellationToken ct)
    {
        _lines.Add(row);
        return ValueTask.CompletedTask;
    }

    public void CheckAll(TablePlaces places, ProblemList problems)
    {
        (_assessments, var found) = AssessmentGroups.Build(_lines, _standard, places.RowName);
        problems.AddAll(found.Select(places.Of));
    }

    public async Task<long> WriteAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        var years = _assessments.Select(a => a.Assessment.Year).Distinct().ToList();
        var stored = await db.VillageAssessments.AsNoTracking().Where(a => years.Contains(a.Year)).ToDictionaryAsync(a => (a.VillageId, a.Year), ct).ConfigureAwait(false);
        var names = await db.AssessmentStandards.ToDictionaryAsync(s => s.Id, s => s.Name, ct).ConfigureAwait(false);
        var created = new List<VillageAssessment>();
        var (updated, unchanged) = (0, 0);
        foreach (var (code, a) in _assessments)
        {
            if (!stored.TryGetValue((a.VillageId, a.Year), out var old))
            {
                created.Add(a);
                continue;
            }

            var before = AuditLog.ToJson(Snapshot.Of(old, names[old.StandardId]));
            var after = AuditLog.ToJson(Snapshot.Of(a, _standard.Name));
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

        VillageAudit.FileImported(db, session, "assessments.import", file, created.Count, updated, unchanged, _standard.Name);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await BulkWriter.InsertAsync(db, VillageTables.Assessments,
            [.. created.Select(a => new object?[] { a.VillageId, a.Year, a.StandardId, a.AssessedOn, a.Score, a.TierRank, a.Tier, JsonColumn.Serialize(a.Results) })],
            withIds: false, ct).ConfigureAwait(false);
        return _lines.Count;
    }

    private sealed record Snapshot(int Year, string Standard, DateOnly AssessedOn, decimal Score, string? Tier, List<CriterionResult> Results)
    {
        // A score read back from the database may carry trailing zeros (80.0); the snapshot compares values, not scales.
        public static Snapshot Of(VillageAssessment a, string standard) =>
            new(a.Year, standard, a.AssessedOn, a.Score / 1.0000000000000000000000000000m, a.Tier, a.Results);
    }
}
