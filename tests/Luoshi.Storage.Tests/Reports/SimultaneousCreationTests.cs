using Luoshi.Domain.Wording;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Reports;

/// <summary>Several people creating the same report (a task's period) at the same moment, each on their own connection:
/// the database keeps one, and every other creation is refused as a conflict naming the version to change it on,
/// never with the database's unique-key error.</summary>
public abstract class SimultaneousCreationTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const int People = 8;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveReport_SameNewReportAtOnce_OneStoredOthersConflict()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var ledgers = new List<Ledger>();
        for (var i = 0; i < People; i++)
        {
            ledgers.Add(await OpenAsAsync($"填报员{i}"));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var saves = ledgers.Select((ledger, i) => Task.Run(async () =>
        {
            await start.Task;
            return await ledger.SaveReportAsync(
                new ReportDraft(planId, "T1", 1, "人社局", [new TargetValue("T1.1", 100m + i, null, null, null)], $"第{i}份", "", "", []), null, Ct);
        }, Ct)).ToList();
        start.SetResult();
        var results = await Task.WhenAll(saves);
        foreach (var ledger in ledgers)
        {
            await ledger.DisposeAsync();
        }

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(
            (ProblemKind.Conflict, "task T1 already has a report for 2022-01 (version 1); pass its version to change it"),
            (r.Error!.Kind, r.Error.Message.En)));
        Assert.Equal(1, await CountAsync("progress_reports"));
        Assert.Equal(1, await CountAsync("progress_values"));
    }
}

public sealed class SqliteSimultaneousCreationTests : SimultaneousCreationTests<SqliteTestDatabase>;

public sealed class PostgresSimultaneousCreationTests : SimultaneousCreationTests<PostgresTestDatabase>;
