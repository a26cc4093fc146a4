using System.Data.Common;
using System.Globalization;
using Luoshi.Domain.Progress;
using Luoshi.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Luoshi.Documents.Tests;

/// <summary>A ledger holding <see cref="TestPlan"/> — a SQLite file in its own temporary directory, or a PostgreSQL
/// database of its own on the test server (LUOSHI_TEST_POSTGRES), dropped afterwards — with helpers to add reports.</summary>
public sealed class TestLedger : IAsyncDisposable
{
    private readonly StoreOptions _options;
    private readonly string? _server;
    private readonly string? _database;

    private TestLedger(string directory, Storage.Ledger ledger, int planId, StoreOptions options, string? server = null, string? database = null) =>
        (Directory, Ledger, PlanId, _options, _server, _database) = (directory, ledger, planId, options, server, database);

    public string Directory { get; }

    public Storage.Ledger Ledger { get; }

    public int PlanId { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A SQLite ledger (<paramref name="database"/> "sqlite", the default) or a PostgreSQL one ("postgres").</summary>
    public static async Task<TestLedger> CreateAsync(string database = "sqlite")
    {
        var directory = Path.Combine(Path.GetTempPath(), "luoshi-documents-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        string? server = null, name = null;
        var options = StoreOptions.SqliteFile(Path.Combine(directory, "ledger.db"));
        if (database == "postgres")
        {
            server = Environment.GetEnvironmentVariable("LUOSHI_TEST_POSTGRES");
            Assert.False(string.IsNullOrWhiteSpace(server), "LUOSHI_TEST_POSTGRES is not set: run ./test, which starts the PostgreSQL server");
            name = $"luoshi_documents_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync(Ct);
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                await create.ExecuteNonQueryAsync(Ct);
            }

            options = new StoreOptions(StoreProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        }

        var ledger = await Storage.Ledger.OpenAsync(options, "王科员", null, Ct);
        var planId = (await ledger.ImportPlanAsync(TestPlan.Create(), replace: false, Ct)).PlanId;
        return new TestLedger(directory, ledger, planId, options, server, name);
    }

    /// <summary>A scalar query answered by the database itself, outside the ledger (a row count).</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using DbConnection connection = _options.Provider == StoreProvider.Postgres
            ? new NpgsqlConnection(_options.ConnectionString)
            : new SqliteConnection(_options.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture);
    }

    /// <summary>Saves a report and moves it through <paramref name="actions"/> (submit, approve).</summary>
    public async Task ReportAsync(string task, int period, string unit, TargetValue[] values, string progress, params ReportAction[] actions)
    {
        var saved = await Ledger.SaveReportAsync(new ReportDraft(PlanId, task, period, unit, values, progress, progress + "的问题", progress + "的措施", []), null, Ct);
        Assert.True(saved.Succeeded, saved.Error?.ToString());
        var report = saved.Value!;
        foreach (var action in actions)
        {
            var moved = await Ledger.TransitionAsync(report.Id, action, null, report.Version, Ct);
            Assert.True(moved.Succeeded, moved.Error?.ToString());
            report = moved.Value!;
        }
    }

    public string PathOf(string name) => Path.Combine(Directory, name);

    public async ValueTask DisposeAsync()
    {
        await Ledger.DisposeAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
        if (_server is not null)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(_options.ConnectionString));
            await using var admin = new NpgsqlConnection(_server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
            // An autovacuum worker on the database belongs to the superuser, which this role may not terminate
            // (42501); it finishes within moments, so the drop is tried again.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await drop.ExecuteNonQueryAsync();
                    return;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
                {
                    await Task.Delay(200);
                }
            }
        }
    }
}
