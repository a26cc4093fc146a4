using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Schema;

/// <summary>The EF options of each provider, in one place for the ledger and the design-time factories.</summary>
internal static class ContextOptions
{
    public static DbContextOptions<SqliteLedgerDbContext> Sqlite(string connectionString) =>
        new DbContextOptionsBuilder<SqliteLedgerDbContext>()
            .UseSqlite(connectionString)
            .Options;

    // A shared server can drop a connection under load; EF retries the whole unit of work (StoreSession.WriteAsync).
    public static DbContextOptions<PostgresLedgerDbContext> Postgres(string connectionString) =>
        new DbContextOptionsBuilder<PostgresLedgerDbContext>()
            .UseNpgsql(connectionString, o => o.EnableRetryOnFailure(3))
            .Options;
}
