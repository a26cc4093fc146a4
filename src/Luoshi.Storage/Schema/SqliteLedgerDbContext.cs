using Luoshi.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Schema;

/// <summary>The ledger on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteLedgerDbContext(DbContextOptions<SqliteLedgerDbContext> options) : LedgerDbContext(options)
{
    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // The plan's tables carry AFTER triggers that redraw plans.revision (Reading/PlanRevision.cs); SQLite's
        // RETURNING clause does not go with AFTER triggers, so EF reads generated keys the older way on these four.
        modelBuilder.Entity<Plan>().ToTable(t => t.UseSqlReturningClause(false));
        modelBuilder.Entity<Section>().ToTable(t => t.UseSqlReturningClause(false));
        modelBuilder.Entity<PlanTask>().ToTable(t => t.UseSqlReturningClause(false));
        modelBuilder.Entity<Target>().ToTable(t => t.UseSqlReturningClause(false));
    }
}
