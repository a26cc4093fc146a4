using Luoshi.Domain.Wording;
using Npgsql;

namespace Luoshi.Storage.Backup;

/// <summary>PostgreSQL: a backup is pg_dump's custom archive, taken in one snapshot while the server keeps writing; a
/// restore drops the ledger's tables and loads the archive with pg_restore in one transaction, as the role that runs it
/// (the owner role: docs/operations.md), without the archive's owners and grants, so the database's own grants apply.</summary>
internal static class PostgresBackup
{
    private static readonly byte[] Header = "PGDMP"u8.ToArray();

    public static bool IsBackup(ReadOnlySpan<byte> head) => head.StartsWith(Header);

    public static async Task<StoreResult<BackupSummary>> BackupAsync(StoreOptions store, string to, CancellationToken ct)
    {
        var (ok, error) = await PostgresTools.RunAsync("pg_dump", store, ["--format=custom", "--file", to], ct).ConfigureAwait(false);
        if (!ok)
        {
            TryDelete(to);
            return StoreResults.Fail<BackupSummary>(Catalogue.Backup.DumpFailed(error), Place.OfField("--postgres"));
        }

        return StoreResults.Ok(new BackupSummary(to, new FileInfo(to).Length, await RowsAsync(store, ct).ConfigureAwait(false)));
    }

    public static async Task<StoreResult<BackupSummary>> RestoreAsync(StoreOptions store, string from, bool force, CancellationToken ct)
    {
        // The archive is read through before anything is dropped: a damaged one is refused while the ledger is whole.
        var (readable, damage) = await PostgresTools.RunAsync("pg_restore", store, ["--list", from], ct, connect: false).ConfigureAwait(false);
        if (!readable)
        {
            return StoreResults.Fail<BackupSummary>(Catalogue.Backup.NotArchive(damage), Place.OfFile(from));
        }

        await using (var connection = new NpgsqlConnection(store.ConnectionString))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            var filled = await LedgerTables.FilledAsync(connection, StoreProvider.Postgres, ct).ConfigureAwait(false);
            if (filled.Count > 0 && !force)
            {
                return StoreResults.Fail<BackupSummary>(LedgerTables.NotEmpty($"{connection.Host}:{connection.Port}/{connection.Database}", filled));
            }

            await DropLedgerAsync(connection, ct).ConfigureAwait(false);
        }

        var (ok, error) = await PostgresTools.RunAsync("pg_restore", store,
            ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", from], ct).ConfigureAwait(false);
        return ok
            ? StoreResults.Ok(new BackupSummary(from, new FileInfo(from).Length, await RowsAsync(store, ct).ConfigureAwait(false)))
            : StoreResults.Fail<BackupSummary>(Catalogue.Backup.RestoreFailed(error), Place.OfFile(from));
    }

    // Every table of the schema goes, whatever migrations made it, so the archive's tables and history come back whole
    // and a later migration finds exactly what the archive says; the schema and its grants stay.
    private static async Task DropLedgerAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var tables = await LedgerTables.NamesAsync(connection, StoreProvider.Postgres, ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = string.Concat(
            tables.Append(LedgerTables.History).Select(t => $"DROP TABLE IF EXISTS \"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\" CASCADE;"))
            + "DROP FUNCTION IF EXISTS audit_entries_append_only() CASCADE;"
            + string.Concat(Reading.PlanRevision.PostgresFunctions.Select(f => $"DROP FUNCTION IF EXISTS {f}() CASCADE;"));
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    private static async Task<long> RowsAsync(StoreOptions store, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(store.ConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        return (await LedgerTables.FilledAsync(connection, StoreProvider.Postgres, ct).ConfigureAwait(false)).Sum(f => f.Rows);
    }

    private static void TryDelete(string file)
    {
        if (File.Exists(file))
        {
            File.Delete(file);
        }
    }
}
