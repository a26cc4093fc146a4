using Luoshi.Domain.Wording;
using Microsoft.Data.Sqlite;

namespace Luoshi.Storage.Backup;

/// <summary>SQLite: a backup is VACUUM INTO, which copies one consistent read of the file while the server keeps
/// running (a writer waits for it, none is lost, unlike copying the file); a restore copies the backup into the ledger
/// with SQLite's online backup API, page by page, replacing what was there.</summary>
internal static class SqliteBackup
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();

    public static bool IsBackup(ReadOnlySpan<byte> head) => head.StartsWith(Header);

    public static async Task<StoreResult<BackupSummary>> BackupAsync(StoreOptions store, string to, CancellationToken ct)
    {
        var source = new SqliteConnectionStringBuilder(store.ConnectionString);
        if (!File.Exists(source.DataSource))
        {
            return StoreResults.Fail<BackupSummary>(Catalogue.Backup.NoLedgerAt(source.DataSource), Place.OfField("--db"));
        }

        source.Mode = SqliteOpenMode.ReadOnly;
        await using (var connection = new SqliteConnection(source.ToString()))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $file";
            command.Parameters.AddWithValue("$file", to);
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        return await CheckAsync(to, ct).ConfigureAwait(false) is { } broken
            ? StoreResults.Fail<BackupSummary>(broken)
            : StoreResults.Ok(new BackupSummary(to, new FileInfo(to).Length, await RowsAsync(to, ct).ConfigureAwait(false)));
    }

    public static async Task<StoreResult<BackupSummary>> RestoreAsync(StoreOptions store, string from, bool force, IReadOnlyCollection<string> known, CancellationToken ct)
    {
        if (await CheckAsync(from, ct).ConfigureAwait(false) is { } broken)
        {
            return StoreResults.Fail<BackupSummary>(broken);
        }

        if (await UnknownMigrationAsync(from, known, ct).ConfigureAwait(false) is { } newer)
        {
            return StoreResults.Fail<BackupSummary>(newer);
        }

        var target = new SqliteConnectionStringBuilder(store.ConnectionString) { Pooling = false };
        await using var destination = new SqliteConnection(target.ToString());
        await destination.OpenAsync(ct).ConfigureAwait(false);
        var filled = await LedgerTables.FilledAsync(destination, StoreProvider.Sqlite, ct).ConfigureAwait(false);
        if (filled.Count > 0 && !force)
        {
            return StoreResults.Fail<BackupSummary>(LedgerTables.NotEmpty(target.DataSource, filled));
        }

        await using (var source = new SqliteConnection(ReadOnly(from)))
        {
            await source.OpenAsync(ct).ConfigureAwait(false);
            source.BackupDatabase(destination);
        }

        return StoreResults.Ok(new BackupSummary(from, new FileInfo(from).Length, await RowsAsync(target.DataSource, ct).ConfigureAwait(false)));
    }

    /// <summary>Null when <paramref name="file"/> is a sound SQLite ledger, else why not.</summary>
    private static async Task<Problem?> CheckAsync(string file, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(ReadOnly(file));
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        var verdict = (string?)await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        if (verdict != "ok")
        {
            return new Problem(Catalogue.Backup.Damaged(verdict ?? ""), Place.OfFile(file));
        }

        var tables = await LedgerTables.NamesAsync(connection, StoreProvider.Sqlite, ct).ConfigureAwait(false);
        return tables.Contains("audit_entries") ? null : new Problem(Catalogue.Backup.NotALedger, Place.OfFile(file));
    }

    private static async Task<Problem?> UnknownMigrationAsync(string file, IReadOnlyCollection<string> known, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(ReadOnly(file));
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"MigrationId\" FROM \"{LedgerTables.History}\"";
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            if (!known.Contains(reader.GetString(0)))
            {
                return new Problem(Catalogue.Backup.NewerSchema(reader.GetString(0)), Place.OfFile(file));
            }
        }

        return null;
    }

    private static async Task<long> RowsAsync(string file, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(ReadOnly(file));
        await connection.OpenAsync(ct).ConfigureAwait(false);
        return (await LedgerTables.FilledAsync(connection, StoreProvider.Sqlite, ct).ConfigureAwait(false)).Sum(f => f.Rows);
    }

    private static string ReadOnly(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
}
