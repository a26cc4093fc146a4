using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Backup;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage;

/// <summary>Backs up a ledger to a file while it is in use, and restores one from such a file (docs/operations.md).
/// A backup never overwrites a file; a restore never overwrites a ledger that holds anything unless told to, brings
/// the restored schema up to date and records itself in the restored audit trail.</summary>
public static class LedgerBackup
{
    /// <summary>Writes a consistent copy of the ledger to the new file <paramref name="to"/>: a SQLite file for a SQLite
    /// ledger, a pg_dump archive for PostgreSQL.</summary>
    public static async Task<StoreResult<BackupSummary>> BackupAsync(StoreOptions store, string to, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        var file = Path.GetFullPath(to);
        if (File.Exists(file) || Directory.Exists(file))
        {
            return StoreResults.Fail<BackupSummary>(Catalogue.Backup.TargetExists(file), Place.OfField("--to"));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return store.Provider == StoreProvider.Sqlite
            ? await SqliteBackup.BackupAsync(store, file, ct).ConfigureAwait(false)
            : await PostgresBackup.BackupAsync(store, file, ct).ConfigureAwait(false);
    }

    /// <summary>Replaces the ledger's content with the backup <paramref name="from"/>: refused when the ledger holds any
    /// row and <paramref name="force"/> is false. The restore is recorded as <paramref name="actor"/>'s.</summary>
    public static async Task<StoreResult<BackupSummary>> RestoreAsync(
        StoreOptions store, string from, bool force, string actor, TimeProvider? time = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        var file = Path.GetFullPath(from);
        if (KindError(store, file) is { } wrong)
        {
            return StoreResults.Fail<BackupSummary>(wrong);
        }

        var clock = time ?? TimeProvider.System;
        var session = new StoreSession(store, actor, clock);
        IReadOnlyCollection<string> known;
        await using (var db = session.NewContext())
        {
            known = [.. db.Database.GetMigrations()];
        }

        var restored = store.Provider == StoreProvider.Sqlite
            ? await SqliteBackup.RestoreAsync(store, file, force, known, ct).ConfigureAwait(false)
            : await PostgresBackup.RestoreAsync(store, file, force, ct).ConfigureAwait(false);
        return restored.Succeeded ? await FinishAsync(session, clock, restored.Value!, known, ct).ConfigureAwait(false) : restored;
    }

    private static Problem? KindError(StoreOptions store, string file)
    {
        if (!File.Exists(file))
        {
            return new Problem(Catalogue.Backup.FileNotFound, Place.OfFile(file));
        }

        Span<byte> head = stackalloc byte[16];
        using (var stream = File.OpenRead(file))
        {
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        }

        return (SqliteBackup.IsBackup(head), PostgresBackup.IsBackup(head), store.Provider) switch
        {
            (true, _, StoreProvider.Sqlite) or (_, true, StoreProvider.Postgres) => null,
            (true, _, _) => new Problem(Catalogue.Backup.SqliteIntoPostgres, Place.OfFile(file)),
            (_, true, _) => new Problem(Catalogue.Backup.PostgresIntoSqlite, Place.OfFile(file)),
            _ => new Problem(Catalogue.Backup.NotABackup, Place.OfFile(file)),
        };
    }

    // The restored schema is brought up to the program's, the restore is the first entry after the backup's trail, and
    // the projections reading relies on are rebuilt from the restored reports (a backup older than them has none).
    private static async Task<StoreResult<BackupSummary>> FinishAsync(
        StoreSession session, TimeProvider clock, BackupSummary restored, IReadOnlyCollection<string> known, CancellationToken ct)
    {
        await using (var db = session.NewContext())
        {
            var applied = await db.Database.GetAppliedMigrationsAsync(ct).ConfigureAwait(false);
            if (applied.FirstOrDefault(m => !known.Contains(m)) is { } newer)
            {
                return StoreResults.Fail<BackupSummary>(Catalogue.Backup.RestoredNewer(newer), Place.OfFile(restored.File));
            }

            await db.Database.MigrateAsync(ct).ConfigureAwait(false);
        }

        await session.WriteAsync(
            async (db, token) =>
            {
                AuditLog.Add(db, session, "ledger.restore", AuditEntities.Ledger, Path.GetFileName(restored.File), null, new { From = restored.File, restored.Rows });
                return await db.SaveChangesAsync(token).ConfigureAwait(false);
            },
            _ => true,
            ct).ConfigureAwait(false);
        await using (var ledger = await Ledger.OpenAsync(session.Options, session.Actor, clock, ct).ConfigureAwait(false))
        {
            if (await ledger.RebuildProjectionsAsync(ct).ConfigureAwait(false) is { Succeeded: false } failed)
            {
                return StoreResults.Fail<BackupSummary>(failed.Error!);
            }
        }

        return StoreResults.Ok(restored);
    }
}
