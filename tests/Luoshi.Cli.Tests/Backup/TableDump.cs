using System.Data.Common;
using System.Globalization;
using Luoshi.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Luoshi.Cli.Tests.Backup;

/// <summary>Every row of every table of a ledger, as text, for comparing two databases table by table: the tables the
/// database lists (not a list kept here), each row's values joined, the rows sorted.</summary>
internal static class TableDump
{
    public static async Task<SortedDictionary<string, List<string>>> AllAsync(StoreOptions store)
    {
        await using DbConnection connection = store.Provider == StoreProvider.Sqlite
            ? new SqliteConnection(store.ConnectionString + ";Pooling=False")
            : new NpgsqlConnection(store.ConnectionString);
        await connection.OpenAsync();
        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in await TablesAsync(connection, store.Provider))
        {
            tables[table] = await RowsAsync(connection, table);
        }

        return tables;
    }

    private static async Task<List<string>> TablesAsync(DbConnection connection, StoreProvider provider)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider == StoreProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<List<string>> RowsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                // A task_facts row's version is drawn afresh whenever the row is rewritten (the restore rebuilds the
                // projection): a stamp for readers' caches, not data the backup must carry.
                values[i] = table == "task_facts" && reader.GetName(i) == "version" ? "" : reader.IsDBNull(i) ? "∅" : reader.GetValue(i) switch
                {
                    byte[] bytes => Convert.ToHexString(bytes),
                    var value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
                };
            }

            rows.Add(string.Join('\u001f', values));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
