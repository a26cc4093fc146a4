using Luoshi.Storage.Csv;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Monitoring.Stations;

/// <summary>Imports a stations file: everything is checked first, and only a file without any error is stored, as
/// inserts and updates by code in one audited transaction.</summary>
internal static class StationImport
{
    public static async Task<CsvImportResult> RunAsync(StoreSession session, string path, CancellationToken ct)
    {
        var (rows, errors) = StationsCsv.Read(path, ct);
        if (rows.Count == 0 && errors.Any)
        {
            return new CsvImportResult(0, errors.ToList());
        }

        return await session.WriteAsync(
            async (db, token) =>
            {
                var stored = await db.AirStations.ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, token).ConfigureAwait(false);
                // Every error of the file at once: those of single lines, then those across lines and the ledger.
                var check = new CsvErrors(Path.GetFileName(path));
                check.AddAll(errors.ToList());
                RegisterRules.Check([.. rows.Select(r => (r.Line, r.Code, r.Sets))], stored.Keys, "station", check);
                if (check.Any)
                {
                    return new CsvImportResult(0, check.ToList());
                }

                RegisterChanges.Apply(db, session, MonitoringAudit.Station, rows, stored, r => r.Code,
                    r => Update(r, new AirStation { Code = r.Code, Name = r.Name }), (r, s) => Update(r, s),
                    s => new { s.Code, s.Name, s.District, s.Latitude, s.Longitude, s.Sets });
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return new CsvImportResult(rows.Count, []);
            },
            result => result.Succeeded,
            ct).ConfigureAwait(false);
    }

    private static AirStation Update(StationRow row, AirStation station)
    {
        (station.Name, station.District, station.Latitude, station.Longitude, station.Sets) =
            (row.Name, row.District, row.Latitude, row.Longitude, row.Sets);
        return station;
    }
}
