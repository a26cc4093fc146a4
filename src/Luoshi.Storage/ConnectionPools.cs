using Microsoft.Data.Sqlite;
using Npgsql;

namespace Luoshi.Storage;

/// <summary>Releases the pooled connections of one database when a ledger closes: pooled SQLite connections keep the
/// file open, and pooled PostgreSQL ones keep a database from being dropped.</summary>
internal static class ConnectionPools
{
    public static void Clear(StoreOptions options)
    {
        if (options.Provider == StoreProvider.Sqlite)
        {
            using var connection = new SqliteConnection(options.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }
        else
        {
            using var connection = new NpgsqlConnection(options.ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
