using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Schema;

/// <summary>The ledger on PostgreSQL; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresLedgerDbContext(DbContextOptions<PostgresLedgerDbContext> options) : LedgerDbContext(options);
