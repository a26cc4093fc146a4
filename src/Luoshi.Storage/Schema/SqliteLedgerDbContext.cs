using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Schema;

/// <summary>The ledger on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteLedgerDbContext(DbContextOptions<SqliteLedgerDbContext> options) : LedgerDbContext(options);
