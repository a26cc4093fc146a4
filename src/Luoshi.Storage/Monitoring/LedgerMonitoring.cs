using Luoshi.Storage.Monitoring.Sections;
using Luoshi.Storage.Monitoring.Stations;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage;

/// <summary>The monitoring side of the ledger: stations and sections the office registers, and the air and water data
/// that computed targets read.</summary>
public sealed partial class Ledger
{
    /// <summary>Adds or updates air stations from a CSV file (station,name,district,latitude,longitude,sets): all or
    /// nothing, every error located, each change audited.</summary>
    public Task<CsvImportResult> ImportStationsAsync(string csvPath, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        return StationImport.RunAsync(_session, csvPath, ct);
    }

    /// <summary>All air stations, by code.</summary>
    public Task<IReadOnlyList<AirStation>> ListStationsAsync(CancellationToken ct = default) =>
        _session.ReadAsync<IReadOnlyList<AirStation>>(
            async (db, token) => await db.AirStations.AsNoTracking().OrderBy(s => s.Code).ToListAsync(token).ConfigureAwait(false), ct);

    /// <summary>Adds or updates water sections from a CSV file (section,name,water_body,target_class,level,sets): all
    /// or nothing, every error located, each change audited.</summary>
    public Task<CsvImportResult> ImportSectionsAsync(string csvPath, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        return SectionImport.RunAsync(_session, csvPath, ct);
    }

    /// <summary>All water sections, by code.</summary>
    public Task<IReadOnlyList<WaterSectionSite>> ListSectionsAsync(CancellationToken ct = default) =>
        _session.ReadAsync<IReadOnlyList<WaterSectionSite>>(
            async (db, token) => await db.WaterSections.AsNoTracking().OrderBy(s => s.Code).ToListAsync(token).ConfigureAwait(false), ct);
}
