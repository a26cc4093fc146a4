using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Luoshi.Storage.ProgressImport;

/// <summary>What a CSV file and a filled-in template share when they are imported: one transaction, the plan's lookups,
/// the prepared statements and value sink, nothing twice for the same file, and one audit entry for the file when it
/// is stored. The write returns its problems; any problem rolls everything back.</summary>
internal static class ProgressTransaction
{
    public delegate Task<(long Rows, int Reports, IReadOnlyList<Problem> Errors)> Write(
        ProgressLookups lookups, ProgressCommands commands, ValueSink values, CancellationToken ct);

    public static Task<CsvImportResult> RunAsync(StoreSession session, int planId, string file, string sha, Write write, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var lookups = await ProgressLookups.LoadAsync(db, planId, file, token).ConfigureAwait(false);
                if (lookups is null)
                {
                    return new CsvImportResult(0, [Catalogue.Ledger.NoPlan(planId)]);
                }

                var key = $"{planId}/{sha}";
                if (await db.AuditEntries.AnyAsync(a => a.Entity == AuditEntities.ProgressFile && a.EntityKey == key, token).ConfigureAwait(false))
                {
                    return new CsvImportResult(0, []);
                }

                var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
                var connection = db.Database.GetDbConnection();
                var commands = await ProgressCommands.PrepareAsync(connection, transaction, token).ConfigureAwait(false);
                await using (commands.ConfigureAwait(false))
                {
                    using var values = ValueSink.For(commands, connection, transaction);
                    var (rows, reports, errors) = await write(lookups, commands, values, token).ConfigureAwait(false);
                    if (errors.Count > 0)
                    {
                        // Not committed: the transaction rolls back whatever was written before the first problem.
                        return new CsvImportResult(0, errors);
                    }

                    AuditLog.Add(db, session, "progress.import", AuditEntities.ProgressFile, key, null,
                        new { File = file, PlanId = planId, Rows = rows, Reports = reports, Sha256 = sha });
                    await db.SaveChangesAsync(token).ConfigureAwait(false);
                    return new CsvImportResult(rows, []);
                }
            },
            result => result.Succeeded,
            ct);
}
