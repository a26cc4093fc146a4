using Luoshi.Domain.Monitoring;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Files;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Registers.Monitoring;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Registers;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Monitoring.Stations;

/// <summary>Imports a stations file (<see cref="StationsFile"/>) through <see cref="RegisterImport"/>: rows and the
/// rules across them (<see cref="SiteRules"/>) checked first, then inserts and updates by code in one audited transaction.</summary>
internal sealed class StationImport(StoreSession session) : IRegisterImport<StationLine>
{
    private readonly List<StationLine> _rows = [];
    private Dictionary<string, AirStation> _stored = [];

    public IReadOnlyList<Column> Columns => StationsFile.Columns;

    public Words Row => Catalogue.Registers.Station;

    public static async Task<CsvImportResult> RunAsync(StoreSession session, string path, CancellationToken ct) =>
        (await RegisterImport.RunAsync<StationLine, StationImport>(session, IntakeFile.FromPath(path), _ => new StationImport(session), null, ct)
            .ConfigureAwait(false)).Result;

    public async Task<Problem?> BeginAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        _stored = await db.AirStations.ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, ct).ConfigureAwait(false);
        return null;
    }

    public bool Read(Table table, ProblemList problems, out StationLine row)
    {
        row = StationsFile.Read(table, problems)!;
        return row is not null;
    }

    public ValueTask AddAsync(StationLine row, CancellationToken ct)
    {
        _rows.Add(row);
        return ValueTask.CompletedTask;
    }

    public void CheckAll(TablePlaces places, ProblemList problems) =>
        problems.AddAll(SiteRules.Check([.. _rows.Select(r => r.Site)], _stored.Keys, "station", places.RowName).Select(places.Of));

    public async Task<long> WriteAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        RegisterChanges.Apply(db, session, MonitoringAudit.Station, _rows, _stored, r => r.Site.Code,
            r => Update(r, new AirStation { Code = r.Site.Code, Name = r.Name }), (r, s) => Update(r, s),
            s => new { s.Code, s.Name, s.District, s.Latitude, s.Longitude, s.Sets });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return _rows.Count;
    }

    private static AirStation Update(StationLine row, AirStation station)
    {
        (station.Name, station.District, station.Latitude, station.Longitude, station.Sets) =
            (row.Name, row.District, row.Latitude, row.Longitude, [.. row.Site.Sets]);
        return station;
    }
}
