using Luoshi.Storage.Monitoring;
using Luoshi.Storage.Monitoring.Air;
using Luoshi.Storage.Monitoring.Sections;
using Luoshi.Storage.Monitoring.Stations;
using Luoshi.Storage.Monitoring.Water;
using Luoshi.Storage.ProgressImport;
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

    /// <summary>Ingests an air CSV file (hourly station,time,pm25,pm10,so2,no2,co,o3; daily with o3_1h_max,o3_8h_max;
    /// or the Beijing Multi-Site layout) in one transaction: every bad row located and nothing stored, or new rows
    /// added and changed ones replaced, with one audit entry for the file. The same file again adds nothing.</summary>
    public async Task<IngestResult> IngestAirAsync(string csvPath, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        var (sha, problem) = await HashAsync(csvPath, ct).ConfigureAwait(false);
        if (sha is null)
        {
            return IngestResult.Failed(Path.GetFileName(csvPath), 0, [new StoreError($"cannot read the file: {problem}", Path.GetFileName(csvPath))]);
        }

        return await AirIngest.RunAsync(_session, IngestSource.File(csvPath, sha), ct).ConfigureAwait(false);
    }

    /// <summary>Ingests a water-sample CSV file (section,date and item codes such as ph, do, codmn, nh3n, tp) in one
    /// transaction: every bad line located and nothing stored, or new samples added and changed ones replaced, with one
    /// audit entry for the file. The same file again adds nothing.</summary>
    public async Task<IngestResult> IngestWaterAsync(string csvPath, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        var (sha, problem) = await HashAsync(csvPath, ct).ConfigureAwait(false);
        if (sha is null)
        {
            return IngestResult.Failed(Path.GetFileName(csvPath), 0, [new StoreError($"cannot read the file: {problem}", Path.GetFileName(csvPath))]);
        }

        return await WaterIngest.RunAsync(_session, IngestSource.File(csvPath, sha), ct).ConfigureAwait(false);
    }

    private static async Task<(string? Sha, string? Problem)> HashAsync(string path, CancellationToken ct)
    {
        try
        {
            return (await FileHash.Sha256Async(path, ct).ConfigureAwait(false), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }
}
