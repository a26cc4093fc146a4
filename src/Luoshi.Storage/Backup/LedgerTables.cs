using Luoshi.Domain.Wording;
using System.Data.Common;
using System.Globalization;

namespace Luoshi.Storage.Backup;

/// <summary>The ledger's tables as the database lists them, whichever migrations made them, and their rows: what a
/// restore must not overwrite without being told to, and what a backup reports it copied.</summary>
internal static class LedgerTables
{
    public const string History = "__EFMigrationsHistory";

    public static async Task<List<string>> NamesAsync(DbConnection connection, StoreProvider provider, CancellationToken ct)
    {
        var sql = provider == StoreProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename";
        var names = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return [.. names.Where(n => n != History)];
    }

    /// <summary>Each ledger table with rows, and how many.</summary>
    public static async Task<List<(string Table, long Rows)>> FilledAsync(DbConnection connection, StoreProvider provider, CancellationToken ct)
    {
        var filled = new List<(string, long)>();
        foreach (var table in await NamesAsync(connection, provider, ct).ConfigureAwait(false))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            var rows = Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (rows > 0)
            {
                filled.Add((table, rows));
            }
        }

        return filled;
    }

    /// <summary>The refusal to restore over a ledger that holds something.</summary>
    public static Problem NotEmpty(string target, List<(string Table, long Rows)> filled) => new(
        Catalogue.Backup.NotEmpty(target, $"{string.Join(", ", filled.Take(5).Select(f => $"{f.Table}: {f.Rows}"))}{(filled.Count > 5 ? ", …" : "")}"),
        Place.OfField("--force"));
}
