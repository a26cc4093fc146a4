using System.Globalization;
using Luoshi.Domain.Wording;
using Luoshi.Monitoring.Air;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>Ingests an air file (hourly, daily or Beijing Multi-Site layout) in one transaction: the readers' rules
/// check every row while the good ones stream into a temporary table; a file with any error stores nothing; a good
/// one is merged (new rows added, changed ones replaced and listed) and recorded once in the audit trail. The same
/// file again adds nothing.</summary>
internal static class AirIngest
{
    public static Task<IngestResult> RunAsync(StoreSession session, IngestSource source, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                if (await db.AuditEntries.AnyAsync(a => a.Entity == MonitoringAudit.AirData && a.EntityKey == source.Sha256, token).ConfigureAwait(false))
                {
                    return IngestResult.Again(source.Name);
                }

                var stations = await db.AirStations.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, token).ConfigureAwait(false);
                var connection = db.Database.GetDbConnection();
                var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
                await AirStageTables.CreateAsync(connection, transaction, token).ConfigureAwait(false);
                IAirStage stage = connection is SqliteConnection sqlite
                    ? new SqliteAirStage(sqlite, (SqliteTransaction)transaction)
                    : new PostgresAirStage((NpgsqlConnection)connection);
                await using (stage.ConfigureAwait(false))
                {
                    var sink = new AirIngestSink(stage);
                    var options = new AirReadOptions(stations.Keys.ToHashSet(StringComparer.Ordinal), Catalogue.Monitoring.LedgerStations);
                    var read = AirCsvReader.Read(source.Path, sink, options);
                    await stage.CompleteAsync(token).ConfigureAwait(false);
                    if (!read.IsValid)
                    {
                        // Not committed: the transaction takes back the staged rows and the temporary tables.
                        return IngestResult.Failed(source.Name, read.Rows,
                            IngestErrors.Of(source.Name, read.Errors, e => new Problem(e.Message, source.Place(e.Place))));
                    }

                    var numbers = read.Stations.Select((code, number) => (code, number)).ToDictionary(p => p.number, p => stations[p.code]);
                    var daily = read.Layout == AirLayout.Daily;
                    var (inserted, corrected, listed) = await AirMerge.RunAsync(connection, transaction, daily, numbers, token).ConfigureAwait(false);
                    await AirStageTables.DropAsync(connection, transaction, token).ConfigureAwait(false);
                    var result = new IngestResult(source.Name, read.Rows, inserted, corrected, read.Rows - inserted - corrected,
                        read.MissingValues, sink.First, sink.Last, false, []);
                    Audit(db, session, source, read.Layout!.Value, result, listed);
                    await db.SaveChangesAsync(token).ConfigureAwait(false);
                    return result;
                }
            },
            result => result.Succeeded && !result.AlreadyIngested,
            ct);

    private static void Audit(LedgerDbContext db, StoreSession session, IngestSource source, AirLayout layout, IngestResult result, List<AirCorrection> listed)
    {
        var format = layout == AirLayout.Daily ? "yyyy-MM-dd" : "yyyy-MM-dd HH:00";
        AuditLog.Add(db, session, "air.ingest", MonitoringAudit.AirData, source.Sha256, null, new
        {
            File = source.Name,
            Layout = layout.ToString(),
            result.Rows,
            result.Inserted,
            result.Corrected,
            result.Unchanged,
            Missing = result.Missing,
            From = result.First?.ToString(format, CultureInfo.InvariantCulture),
            To = result.Last?.ToString(format, CultureInfo.InvariantCulture),
            Corrections = listed,
            Sha256 = source.Sha256,
        });
    }
}
