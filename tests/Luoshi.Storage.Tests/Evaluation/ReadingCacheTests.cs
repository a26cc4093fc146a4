using Luoshi.Domain.Progress;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Evaluation;

/// <summary>A ledger keeps each plan's structure and each task's sent facts from its last read and re-reads only what
/// the database says changed (plans.revision, task_facts.version). These tests change the database behind the
/// ledger's back — by plain SQL, as another client would, and through a second ledger, as a second web instance
/// would — and expect the next reading to show the change. A kept copy that missed one would show the old figures.</summary>
public abstract class ReadingCacheTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Header = "task,target,period,unit,value,numerator,denominator,done_on,progress,problems,next_steps,state\n";
    private static readonly DateOnly AsOf = new(2022, 6, 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reading_StructureChangedByPlainSql_ShowsEachChange()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        Assert.Equal(6000m, (await TargetsAsync(planId, AsOf))[0].Target.Value);

        await Database.ExecuteAsync("UPDATE targets SET value = '9000' WHERE code = 'T1.1'");
        Assert.Equal(9000m, (await TargetsAsync(planId, AsOf))[0].Target.Value);

        await Database.ExecuteAsync("UPDATE tasks SET lead_unit = '财政局' WHERE code = 'T2'");
        Assert.Equal("财政局", (await Ledger.ReadPlanAsync(planId, AsOf, ct: Ct))!.Plan.Tasks.Single(t => t.Code == "T2").LeadUnit);

        await Database.ExecuteAsync("UPDATE sections SET title = '民生保障'");
        Assert.Equal("民生保障", (await Ledger.ReadPlanAsync(planId, AsOf, ct: Ct))!.Plan.Sections.Single().Title);

        await Database.ExecuteAsync("DELETE FROM targets WHERE code = 'T1.2'");
        Assert.Equal(["T1.1", "T2.1"], (await TargetsAsync(planId, AsOf)).Select(t => t.Code));
    }

    [Fact]
    public async Task Reading_ReportApprovedByAnotherInstance_ShowsTheApprovedValue()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var file = WriteFile("jan.csv", Header + "T1,T1.1,1,人社局,400,,,,,,,submitted\n");
        Assert.True((await Ledger.ImportProgressAsync(planId, file, null, Ct)).Succeeded);
        var before = (await TargetsAsync(planId, AsOf))[0];
        Assert.Equal(((decimal?)null, 400m), (before.Now.Actual, before.Periods[0].Pending?.Value));

        await using (var other = await OpenAsAsync("另一台的审核员"))
        {
            var january = (await other.ListReportsAsync(planId, ct: Ct)).Single();
            Assert.True((await other.TransitionAsync(january.Id, ReportAction.Approve, null, january.Version, Ct)).Succeeded);
        }

        var after = (await TargetsAsync(planId, AsOf))[0];
        Assert.Equal((400m, (decimal?)null), (after.Now.Actual, after.Periods[0].Pending?.Value));
    }

    [Fact]
    public async Task Reading_PlanDeletedAndAnotherStored_ShowsTheNewPlan()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        Assert.Equal(3, (await TargetsAsync(planId, AsOf)).Count);

        await Database.ExecuteAsync("DELETE FROM plans");
        var again = (await Ledger.ImportPlanAsync(SamplePlans.Create(withT2: false), replace: false, Ct)).PlanId;

        Assert.Equal(["T1.1", "T1.2"], (await Ledger.ReadPlansAsync(AsOf, ct: Ct)).Single().Targets.Select(t => t.Code));
        Assert.Equal(2, (await TargetsAsync(again, AsOf)).Count);
    }
}

public sealed class SqliteReadingCacheTests : ReadingCacheTests<SqliteTestDatabase>;

public sealed class PostgresReadingCacheTests : ReadingCacheTests<PostgresTestDatabase>;
