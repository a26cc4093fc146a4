using Luoshi.Domain.Villages;
using Luoshi.Storage.Villages.Assessments;
using Luoshi.Storage.Villages.Income;
using Luoshi.Storage.Villages.Register;
using Luoshi.Storage.Villages.Sewage;
using Luoshi.Storage.Villages.Standards;
using Luoshi.Storage.Villages.Tallies;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages;

/// <summary>The village registers of a ledger (docs/villages.md): the villages under their towns, assessments against
/// standards kept as data, sewage facilities, collective income, and their tallies by town and region. Every import
/// checks the whole file first and stores all of it in one audited transaction, or nothing.</summary>
public sealed class VillageLedger
{
    private readonly StoreSession _session;

    internal VillageLedger(StoreSession session) => _session = session;

    /// <summary>Adds or updates villages (code, name, town, households, population, type) by code.</summary>
    public Task<CsvImportResult> ImportAsync(VillageFile file, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return VillageImport.RunAsync(_session, file, ct);
    }

    /// <summary>Stores a standard's criteria and tiers under <paramref name="name"/>; a standard already used by
    /// assessments cannot change.</summary>
    public Task<CsvImportResult> ImportStandardAsync(VillageFile file, string name, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return StandardImport.RunAsync(_session, file, name ?? "", ct);
    }

    /// <summary>Stores assessment results against the standard named <paramref name="standard"/>, the tiers computed.</summary>
    public Task<CsvImportResult> ImportAssessmentsAsync(VillageFile file, string standard, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return AssessmentImport.RunAsync(_session, file, standard ?? "", ct);
    }

    /// <summary>Stores sewage facility findings by village and day.</summary>
    public Task<CsvImportResult> ImportSewageAsync(VillageFile file, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return SewageImport.RunAsync(_session, file, ct);
    }

    /// <summary>Stores collective operating income by village and year (万元).</summary>
    public Task<CsvImportResult> ImportIncomeAsync(VillageFile file, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return IncomeImport.RunAsync(_session, file, ct);
    }

    /// <summary>Sets the income line of a year (万元): villages below it are counted.</summary>
    public Task<StoreResult> SetIncomeThresholdAsync(int year, decimal amount, CancellationToken ct = default) =>
        IncomeThresholdSetting.RunAsync(_session, year, amount, ct);

    /// <summary>The standards, by name.</summary>
    public Task<IReadOnlyList<AssessmentStandard>> ListStandardsAsync(CancellationToken ct = default) =>
        _session.ReadAsync<IReadOnlyList<AssessmentStandard>>(
            async (db, token) => await db.AssessmentStandards.AsNoTracking().OrderBy(s => s.Name).ToListAsync(token).ConfigureAwait(false), ct);

    /// <summary>The villages of a town (by code) or of all towns, as of a day, with incomes of <paramref name="year"/>.</summary>
    public Task<IReadOnlyList<VillageListRow>> ListAsync(string? town, int year, DateOnly asOf, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => VillageListQuery.RunAsync(db, town, year, asOf, token), ct);

    /// <summary>The tallies by town (or of one town, by code) and for the region, as of a day, for a year.</summary>
    public Task<VillageSummary> SummaryAsync(int year, DateOnly asOf, string? town = null, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => VillageSummaryQuery.RunAsync(db, year, asOf, town, token), ct);
}
