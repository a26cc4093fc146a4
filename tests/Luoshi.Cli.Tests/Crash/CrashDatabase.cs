using System.Diagnostics;
using Luoshi.Storage;
using Npgsql;

namespace Luoshi.Cli.Tests.Crash;

/// <summary>A fresh ledger for a kill -9 trial: a SQLite file in the test's directory or a PostgreSQL database of its
/// own on the test server (dropped afterwards), the command-line options that reach it, and counts read by plain SQL.</summary>
internal sealed class CrashDatabase : IAsyncDisposable
{
    private readonly string? _server;
    private readonly string? _name;

    private CrashDatabase(string[] where, StoreOptions options, string? server = null, string? name = null)
    {
        (Where, Options, _server, _name) = (where, options, server, name);
    }

    /// <summary>--db FILE or --postgres CONNECTION.</summary>
    public string[] Where { get; }

    /// <summary>How the test itself opens the ledger.</summary>
    public StoreOptions Options { get; }

    /// <summary>A new ledger of <paramref name="kind"/> ("sqlite" or "postgres").</summary>
    public static async Task<CrashDatabase> CreateAsync(string kind, string directory)
    {
        if (kind == "sqlite")
        {
            var file = Path.Combine(directory, "ledger.db");
            return new CrashDatabase(["--db", file], StoreOptions.SqliteFile(file));
        }

        var server = Environment.GetEnvironmentVariable("LUOSHI_TEST_POSTGRES");
        Assert.False(string.IsNullOrWhiteSpace(server), "LUOSHI_TEST_POSTGRES is not set: run ./test, which starts the PostgreSQL server");
        var name = $"luoshi_kill_{Guid.NewGuid():N}"[..40];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new CrashDatabase(["--postgres", connection], new StoreOptions(StoreProvider.Postgres, connection), server, name);
    }

    /// <summary>Runs luoshi with <paramref name="args"/> (and the database options) and kills it with SIGKILL
    /// <paramref name="killAfterMs"/> after it is first seen writing (a write transaction open on the ledger), unless it
    /// finished first; says which.</summary>
    public async Task<bool> KillAsync(IEnumerable<string> args, int killAfterMs)
    {
        using var process = Process.Start(CliRun.StartInfo([.. args, .. Where]))!;
        // Read the pipes so that a chatty child never blocks on a full one.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        var writing = false;
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(1) && !(writing = await WritingAsync()))
        {
            await Task.Delay(5);
        }

        var seen = clock.ElapsedMilliseconds;
        var finished = !writing || process.WaitForExit(killAfterMs);
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await Task.WhenAll(output, error);
        TestContext.Current.TestOutputHelper?.WriteLine(finished
            ? $"the run had finished before the kill (exit {process.ExitCode}): {error.Result}"
            : $"seen writing {seen} ms after the start, killed {killAfterMs} ms later");
        return !finished;
    }

    // SQLite: another connection cannot take the write lock that the import's transaction (BEGIN IMMEDIATE) holds from
    // its start — asked of SQLite itself, which answers busy at once, not through the driver, which would retry for a
    // second — or its rollback journal exists; PostgreSQL: another session of this database runs a statement inside a
    // transaction.
    private async Task<bool> WritingAsync()
    {
        if (Options.Provider == StoreProvider.Sqlite)
        {
            var file = Options.ConnectionString["Data Source=".Length..];
            if (!File.Exists(file) || File.Exists(file + "-journal"))
            {
                return File.Exists(file);
            }

            await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False");
            await sqlite.OpenAsync();
            var begun = SQLitePCL.raw.sqlite3_exec(sqlite.Handle, "BEGIN IMMEDIATE");
            if (begun == SQLitePCL.raw.SQLITE_OK)
            {
                SQLitePCL.raw.sqlite3_exec(sqlite.Handle, "ROLLBACK");
            }

            return begun is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED;
        }

        await using var pg = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Options.ConnectionString) { Pooling = false }.ConnectionString);
        await pg.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
            + "AND xact_start IS NOT NULL AND state <> 'idle' AND query NOT LIKE '%EFMigrations%'", pg);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    /// <summary>The numbers one query of scalar subqueries answers (SELECT (SELECT COUNT(*) …), …).</summary>
    public async Task<long[]> CountAsync(string sql)
    {
        if (Options.Provider == StoreProvider.Sqlite)
        {
            await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Options.ConnectionString["Data Source=".Length..]};Pooling=False");
            await sqlite.OpenAsync();
            await using var command = new Microsoft.Data.Sqlite.SqliteCommand(sql, sqlite);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetInt64)];
        }

        await using var pg = new NpgsqlConnection(Options.ConnectionString);
        await pg.OpenAsync();
        await using var pgCommand = new NpgsqlCommand(sql, pg);
        await using var pgReader = await pgCommand.ExecuteReaderAsync();
        await pgReader.ReadAsync();
        return [.. Enumerable.Range(0, pgReader.FieldCount).Select(pgReader.GetInt64)];
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        // The killed client's server process may still be finishing its statement; it ends on its own, and the test
        // role may not terminate it, so the drop waits for it (the server is the test run's own, discarded after).
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\"", admin);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 40)
            {
                await Task.Delay(500);
            }
        }
    }
}
