using Npgsql;

namespace Luoshi.Bench.Ledger;

/// <summary>The PostgreSQL side of the import benchmark: a template database holding the units and the plan, built once
/// through the product's importers, and for every run a fresh copy of it (CREATE DATABASE … TEMPLATE, seconds instead of
/// the minutes the plan's import takes), dropped afterwards.</summary>
internal sealed class PostgresImportDatabases(string server)
{
    private const string Template = "luoshi_bench_import_template";
    private const string Run = "luoshi_bench_import_run";

    /// <summary>The connection string of the template database.</summary>
    public string TemplateConnection => With(Template);

    /// <summary>The connection string of the run's database.</summary>
    public string RunConnection => With(Run);

    /// <summary>A new, empty template database.</summary>
    public async Task CreateTemplateAsync()
    {
        await ExecuteAsync($"DROP DATABASE IF EXISTS {Run}", $"DROP DATABASE IF EXISTS {Template}", $"CREATE DATABASE {Template}");
    }

    /// <summary>A fresh copy of the template for one run.</summary>
    public Task CopyAsync() => ExecuteAsync($"DROP DATABASE IF EXISTS {Run}", $"CREATE DATABASE {Run} TEMPLATE {Template}");

    /// <summary>Drops both databases.</summary>
    public Task DropAsync() => ExecuteAsync($"DROP DATABASE IF EXISTS {Run}", $"DROP DATABASE IF EXISTS {Template}");

    private string With(string database) => new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString;

    private async Task ExecuteAsync(params string[] statements)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
