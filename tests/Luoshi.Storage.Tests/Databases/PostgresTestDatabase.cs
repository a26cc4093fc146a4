using Npgsql;

namespace Luoshi.Storage.Tests.Databases;

/// <summary>A database of its own on the PostgreSQL server that ./test starts (LUOSHI_TEST_POSTGRES), dropped after
/// the test. Without the server the test fails: a storage test that does not run proves nothing.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string Variable = "LUOSHI_TEST_POSTGRES";

    private string? _server;
    private string? _database;
    private StoreOptions? _options;

    public override async Task<StoreOptions> CreateAsync(string name)
    {
        _server = Environment.GetEnvironmentVariable(Variable);
        Assert.False(string.IsNullOrWhiteSpace(_server),
            $"{Variable} is not set: run ./test, which starts the PostgreSQL server the storage tests need and sets it");
        // PostgreSQL names hold at most 63 bytes.
        var unique = $"luoshi_{name.ToLowerInvariant()}_{Guid.NewGuid():N}";
        _database = unique[..Math.Min(unique.Length, 63)];
        await using (var admin = new NpgsqlConnection(_server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(_server) { Database = _database };
        _options = new StoreOptions(StoreProvider.Postgres, builder.ConnectionString);
        return _options;
    }

    public override async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_options!.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    public override async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_options!.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_database is null || _server is null)
        {
            return;
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(_options!.ConnectionString));
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        // An autovacuum worker on the test database belongs to the superuser, which this role may not terminate
        // (42501); it finishes within moments, so the drop is tried again rather than failing a test that passed.
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
