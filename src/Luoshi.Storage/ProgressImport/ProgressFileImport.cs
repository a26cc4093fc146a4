using Luoshi.Storage.Audit;
using Luoshi.Storage.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Luoshi.Storage.ProgressImport;

/// <summary>Imports a progress file in one streamed pass inside one transaction, checking every line and writing it
/// with prepared statements (committed only when no line has a problem), and record the file (name, rows, SHA-256) once in the audit trail.
/// The same file imported again into the same plan adds nothing.</summary>
internal static class ProgressFileImport
{
    public static async Task<CsvImportResult> RunAsync(
        StoreSession session, int planId, string path, IProgress<long>? rowsRead, CancellationToken ct)
    {
        var file = Path.GetFileName(path);
        string sha;
        try
        {
            sha = await FileHash.Sha256Async(path, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CsvImportResult(0, [new StoreError($"cannot read the file: {e.Message}", file)]);
        }

        return await session.WriteAsync(
            async (db, token) =>
            {
                var lookups = await ProgressLookups.LoadAsync(db, planId, file, token).ConfigureAwait(false);
                if (lookups is null)
                {
                    return new CsvImportResult(0, [new StoreError(PlanLookup.MissingPlan(planId))]);
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
                    var (rows, reports, errors) = await ProgressWrite.RunAsync(path, lookups, commands, values, session.Now, rowsRead, token).ConfigureAwait(false);
                    if (errors.Any)
                    {
                        // Not committed: the transaction rolls back whatever was written before the first problem.
                        return new CsvImportResult(0, errors.ToList());
                    }

                    AuditLog.Add(db, session, "progress.import", AuditEntities.ProgressFile, key, null,
                        new { File = file, PlanId = planId, Rows = rows, Reports = reports, Sha256 = sha });
                    await db.SaveChangesAsync(token).ConfigureAwait(false);
                    return new CsvImportResult(rows, []);
                }
            },
            result => result.Succeeded,
            ct).ConfigureAwait(false);
    }
}
