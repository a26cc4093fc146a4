using Microsoft.EntityFrameworkCore.Design;

namespace Luoshi.Storage.Schema;

/// <summary>Lets <c>dotnet ef migrations add --context PostgresLedgerDbContext</c> build the model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLedgerDbContext>
{
    /// <inheritdoc/>
    public PostgresLedgerDbContext CreateDbContext(string[] args) =>
        new(ContextOptions.Postgres("Host=localhost;Database=luoshi"));
}
