using System.Globalization;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Reading;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Monitoring;
using Luoshi.Storage.Monitoring.Air;
using Luoshi.Storage.Monitoring.Push;
using Luoshi.Storage.Monitoring.Sections;
using Luoshi.Storage.Monitoring.Stations;
using Luoshi.Storage.Monitoring.Views;
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
            return IngestResult.Failed(Path.GetFileName(csvPath), 0, [new Problem(Catalogue.Files.CannotRead(problem!), Place.OfFile(Path.GetFileName(csvPath)))]);
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
            return IngestResult.Failed(Path.GetFileName(csvPath), 0, [new Problem(Catalogue.Files.CannotRead(problem!), Place.OfFile(Path.GetFileName(csvPath)))]);
        }

        return await WaterIngest.RunAsync(_session, IngestSource.File(csvPath, sha), ct).ConfigureAwait(false);
    }

    /// <summary>Ingests station-hours pushed by a feed, by the rules of an hourly file: all or nothing, each mistake
    /// placed as rows[i].field, the same push twice adding nothing.</summary>
    public async Task<IngestResult> IngestAirPushAsync(IReadOnlyList<AirPushHour> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var file = PushFile.Write(["station", "time", "pm25", "pm10", "so2", "no2", "co", "o3"],
            rows.Select(r => new[] { r.Station, r.Time, N(r.Pm25), N(r.Pm10), N(r.So2), N(r.No2), N(r.Co), N(r.O3) }));
        return await AirIngest.RunAsync(_session, file.Source, ct).ConfigureAwait(false);
    }

    /// <summary>Ingests daily values pushed by a network, by the rules of a daily file.</summary>
    public async Task<IngestResult> IngestAirDailyPushAsync(IReadOnlyList<AirPushDay> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var file = PushFile.Write(["station", "time", "pm25", "pm10", "so2", "no2", "co", "o3_1h_max", "o3_8h_max"],
            rows.Select(r => new[] { r.Station, r.Date, N(r.Pm25), N(r.Pm10), N(r.So2), N(r.No2), N(r.Co), N(r.O3OneHourMax), N(r.O3EightHourMax) }),
            c => c == "time" ? "date" : c);
        return await AirIngest.RunAsync(_session, file.Source, ct).ConfigureAwait(false);
    }

    /// <summary>Ingests water samples pushed by a laboratory or station, by the rules of a sample file.</summary>
    public async Task<IngestResult> IngestWaterPushAsync(IReadOnlyList<WaterPushSample> samples, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var items = samples.SelectMany(s => s.Items.Keys).Distinct(StringComparer.Ordinal).ToArray();
        using var file = PushFile.Write(["section", "date", .. items],
            samples.Select(s => new[] { s.Section, s.Date }.Concat(items.Select(i => s.Items.TryGetValue(i, out var v) ? v?.ToString(CultureInfo.InvariantCulture) : null)).ToArray()),
            c => c is "section" or "date" ? c : "items." + c);
        return await WaterIngest.RunAsync(_session, file.Source, ct).ConfigureAwait(false);
    }

    /// <summary>The AQI calendar of a station set or station for a year, up to the day before <paramref name="asOf"/>;
    /// an unknown scope is an error naming the sets and stations there are.</summary>
    public Task<StoreResult<AirCalendar>> ReadAirCalendarAsync(string scope, int year, DateOnly asOf, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => MonitoringViews.AirAsync(db, scope, year, asOf, token), ct);

    /// <summary>The section table of a section set or section for a year, up to the day before <paramref name="asOf"/>.</summary>
    public Task<StoreResult<SectionTable>> ReadSectionTableAsync(string scope, int year, DateOnly asOf, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => MonitoringViews.WaterAsync(db, scope, year, asOf, token), ct);

    /// <summary>What a binding computes for a plan year and cadence as of a day: the values per period and the notes, as
    /// the evaluation sees them (a target's chart draws them).</summary>
    public Task<IndicatorSeries> ReadIndicatorAsync(IndicatorBinding binding, ReportingCalendar calendar, DateOnly asOf, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(calendar);
        return _session.ReadAsync((db, token) => ComputedValues.ReadAsync(db, binding, calendar, asOf, [], token), ct);
    }

    private static string? N(double? value) => PushFile.Number(value);

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
