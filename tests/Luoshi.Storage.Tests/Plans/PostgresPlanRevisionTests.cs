using Luoshi.Storage.Tests.Databases;
using Npgsql;

namespace Luoshi.Storage.Tests.Plans;

/// <summary>On PostgreSQL, plans.revision is redrawn once per transaction and plan (migration
/// RevisionOncePerTransaction): EF writes each row of a plan in a statement of its own, and when every statement's
/// trigger updated the plan row again, each update walked past all the row's earlier versions in the transaction, so
/// storing a plan grew with the square of its rows (29,167 tasks did not finish in 15 minutes). The count of updates
/// of the plan row is what would grow again, so that is what these tests count — in the transaction itself, where
/// pg_stat_xact_user_tables is exact.</summary>
public sealed class PostgresPlanRevisionTests : LedgerTestBase<PostgresTestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ManyStatementsOnOnePlan_InOneTransaction_UpdateThePlanRowOnce()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var before = await RevisionAsync(planId);

        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        // As EF writes them: one statement per row, each SaveChanges in a savepoint of its own.
        for (var i = 0; i < 20; i++)
        {
            await ExecuteAsync(connection, $"SAVEPOINT s{i}");
            await ExecuteAsync(connection, "UPDATE targets SET value = value WHERE code = 'T1.1'");
            await ExecuteAsync(connection, "UPDATE tasks SET lead_unit = lead_unit WHERE code = 'T2'");
            await ExecuteAsync(connection, "UPDATE sections SET title = title");
            await ExecuteAsync(connection, $"RELEASE SAVEPOINT s{i}");
        }

        Assert.Equal(1L, await ScalarAsync(connection, "SELECT n_tup_upd FROM pg_stat_xact_user_tables WHERE relname = 'plans'"));
        await transaction.CommitAsync(Ct);

        Assert.NotEqual(before, await RevisionAsync(planId));
    }

    [Fact]
    public async Task ChangeAfterARolledBackSavepoint_StillRedrawsTheRevision()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var before = await RevisionAsync(planId);

        await using (var connection = await OpenAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync(Ct);
            await ExecuteAsync(connection, "SAVEPOINT first");
            await ExecuteAsync(connection, "UPDATE targets SET value = '7000' WHERE code = 'T1.1'");
            await ExecuteAsync(connection, "ROLLBACK TO SAVEPOINT first");
            // The plan row's update went with the savepoint, and so must the note that it was made.
            Assert.Equal(before, await ScalarAsync(connection, $"SELECT revision FROM plans WHERE id = {planId}"));
            await ExecuteAsync(connection, "UPDATE targets SET value = '8000' WHERE code = 'T1.1'");
            await transaction.CommitAsync(Ct);
        }

        Assert.NotEqual(before, await RevisionAsync(planId));
        Assert.Equal(8000m, (await TargetsAsync(planId, new DateOnly(2022, 6, 1)))[0].Target.Value);
    }

    [Fact]
    public async Task NextTransaction_RedrawsTheRevisionAgain()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var first = await RevisionAsync(planId);

        // The same pooled connection: what one transaction noted must not outlive it.
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, "UPDATE targets SET value = '7000' WHERE code = 'T1.1'");
        var second = await ScalarAsync(connection, $"SELECT revision FROM plans WHERE id = {planId}");
        await ExecuteAsync(connection, "UPDATE targets SET value = '8000' WHERE code = 'T1.1'");
        var third = await ScalarAsync(connection, $"SELECT revision FROM plans WHERE id = {planId}");

        Assert.Equal(3, new[] { first, second, third }.Distinct().Count());
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Options.ConnectionString);
        await connection.OpenAsync(Ct);
        return connection;
    }

    private Task<long> RevisionAsync(int planId) => Database.CountAsync($"SELECT revision FROM plans WHERE id = {planId}");

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
