using Luoshi.Storage;

namespace Luoshi.Cli.LedgerAccess;

/// <summary>Names a store for messages without printing a password.</summary>
internal static class StoreDescription
{
    public static string Describe(this StoreOptions options)
    {
        var parts = options.ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(kv => kv.Length == 2)
            .ToDictionary(kv => kv[0].ToLowerInvariant(), kv => kv[1]);
        return options.Provider == StoreProvider.Sqlite
            ? $"SQLite {Path.GetFullPath(parts.GetValueOrDefault("data source", "?"))}"
            : $"PostgreSQL {parts.GetValueOrDefault("host", "?")}:{parts.GetValueOrDefault("port", "5432")}/{parts.GetValueOrDefault("database", "?")}";
    }
}
