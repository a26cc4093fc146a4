using System.Text.RegularExpressions;
using Luoshi.Domain.Access;
using Luoshi.Storage.Tests.Databases;
using Npgsql;

namespace Luoshi.Storage.Tests.Audit;

/// <summary>docs/postgres-roles.sql on the real PostgreSQL server: the application role runs the ledger (it opens an
/// up-to-date schema without migrating, signs in, writes the trail) but cannot rewrite the audit trail by any route —
/// not UPDATE, DELETE or TRUNCATE, not by disabling, dropping or replacing its triggers, not by switching triggers off
/// for its session, not by taking the table over. The owner is stopped by the triggers, which it alone could drop.</summary>
public sealed partial class RoleSplitTests : IAsyncLifetime
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];
    private readonly string _ownerPassword = Guid.NewGuid().ToString("N");
    private readonly string _appPassword = Guid.NewGuid().ToString("N");
    private string _server = "";

    private string Owner => "luoshi_owner_" + _suffix;

    private string App => "luoshi_app_" + _suffix;

    private string Database => "luoshi_roles_" + _suffix;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable(PostgresTestDatabase.Variable) ?? "";
        Assert.False(string.IsNullOrWhiteSpace(_server), $"{PostgresTestDatabase.Variable} is not set: run ./test");
        var (part1, _) = Script();
        // The test's server role is no superuser: to create a database owned by the new role it must be a member of it.
        await ExecuteEachAsync(_server, part1.Replace($"CREATE DATABASE {Database}", $"GRANT {Owner} TO CURRENT_USER; CREATE DATABASE {Database}", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteEachAsync(_server, $"DROP DATABASE IF EXISTS {Database} WITH (FORCE); DROP ROLE IF EXISTS {App}; DROP ROLE IF EXISTS {Owner};");
    }

    [Fact]
    public async Task ApplicationRole_RunsTheLedgerButCannotRewriteOrUnprotectTheAuditTrail()
    {
        await using (var first = await Ledger.OpenAsync(Options(Owner, _ownerPassword), "管理员", ct: Ct))
        {
            Assert.True((await first.CreateAccountAsync(new NewAccount("wang", "王", AccountRole.Office, null, "correct horse battery"), Ct)).Succeeded);
        }

        await ExecuteEachAsync(Connection(Owner, _ownerPassword), Script().Part2);
        await using (var app = await Ledger.OpenAsync(Options(App, _appPassword), "web", ct: Ct))
        {
            Assert.Equal(SignInOutcome.Succeeded, (await app.SignInAsync("wang", "correct horse battery", "10.0.0.1", Ct)).Outcome);
            Assert.True((await app.CreateAccountAsync(new NewAccount("li", "李", AccountRole.Leader, null, "correct horse battery"), Ct)).Succeeded);
        }

        var asApp = Connection(App, _appPassword);
        foreach (var attempt in new[]
        {
            "UPDATE audit_entries SET actor = 'someone else'",
            "DELETE FROM audit_entries",
            "TRUNCATE audit_entries",
            "ALTER TABLE audit_entries DISABLE TRIGGER ALL",
            "DROP TRIGGER audit_entries_no_update_or_delete ON audit_entries",
            "CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
            "SET session_replication_role = replica",
            $"ALTER TABLE audit_entries OWNER TO {App}",
            "DROP TABLE audit_entries",
            "CREATE TABLE audit_copy (id int)",
        })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(asApp, attempt));
            Assert.True(refused.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{attempt}: {refused.SqlState} {refused.MessageText}");
        }

        // The owner has every privilege, and the triggers stop it all the same.
        var owner = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(Connection(Owner, _ownerPassword), "UPDATE audit_entries SET actor = 'x'"));
        Assert.Contains("audit_entries is append-only: UPDATE is not allowed", owner.MessageText, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(asApp, "SELECT COUNT(*) FROM audit_entries WHERE actor <> 'x'"));
    }

    private (string Part1, string Part2) Script()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "postgres-roles.sql");
        var text = File.ReadAllText(path)
            .Replace("luoshi_owner", Owner, StringComparison.Ordinal)
            .Replace("luoshi_app", App, StringComparison.Ordinal)
            .Replace("'owner-password'", $"'{_ownerPassword}'", StringComparison.Ordinal)
            .Replace("'app-password'", $"'{_appPassword}'", StringComparison.Ordinal);
        text = DatabaseName().Replace(text, "DATABASE " + Database);
        var at = text.IndexOf("-- Part 2", StringComparison.Ordinal);
        return (text[..at], text[at..]);
    }

    private StoreOptions Options(string role, string password) => new(StoreProvider.Postgres, Connection(role, password));

    private string Connection(string role, string password) =>
        new NpgsqlConnectionStringBuilder(_server) { Database = Database, Username = role, Password = password }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    // One statement at a time, as psql sends a script: CREATE DATABASE may not share a transaction with anything.
    private static async Task ExecuteEachAsync(string connectionString, string script)
    {
        var lines = script.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal));
        foreach (var statement in string.Join('\n', lines).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            await ExecuteAsync(connectionString, statement);
        }
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"DATABASE luoshi\b")]
    private static partial Regex DatabaseName();
}
