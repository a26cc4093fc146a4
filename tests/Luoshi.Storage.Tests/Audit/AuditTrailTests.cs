using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Audit;

public abstract class AuditTrailTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuditEntries_UpdateThroughRawSql_RejectedByTheDatabase()
    {
        await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Database.ExecuteAsync("UPDATE audit_entries SET actor = 'someone else'"));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal("王科员", (await Ledger.AuditAsync(1, null, Ct))[0].Actor);
    }

    [Fact]
    public async Task AuditEntries_DeleteThroughRawSql_RejectedByTheDatabase()
    {
        await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Database.ExecuteAsync("DELETE FROM audit_entries"));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("audit_entries"));
    }
}

public sealed class SqliteAuditTrailTests : AuditTrailTests<SqliteTestDatabase>;

public sealed class PostgresAuditTrailTests : AuditTrailTests<PostgresTestDatabase>;
