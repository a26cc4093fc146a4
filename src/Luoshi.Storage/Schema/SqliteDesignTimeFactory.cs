using Microsoft.EntityFrameworkCore.Design;

namespace Luoshi.Storage.Schema;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteLedgerDbContext</c> build the model without a host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLedgerDbContext>
{
    /// <inheritdoc/>
    public SqliteLedgerDbContext CreateDbContext(string[] args) =>
        new(ContextOptions.Sqlite("Data Source=design-time.db"));
}
