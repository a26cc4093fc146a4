using Microsoft.Data.Sqlite;

namespace Luoshi.Storage.Tests.Databases;

/// <summary>A SQLite file in its own temporary directory.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "luoshi-tests", Guid.NewGuid().ToString("N"));
    private StoreOptions? _options;

    public override Task<StoreOptions> CreateAsync(string name)
    {
        _options = StoreOptions.SqliteFile(Path.Combine(_directory, name + ".db"));
        return Task.FromResult(_options);
    }

    public override async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(_options!.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public override async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection(_options!.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
