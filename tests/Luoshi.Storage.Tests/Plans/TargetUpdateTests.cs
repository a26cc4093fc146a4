using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Plans;

/// <summary>The office corrects a drafted target: checked, stored, audited, and the evaluation follows it.</summary>
public abstract class TargetUpdateTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpdateTarget_TrajectoryAndBaseline_StoredAuditedAndUsedByTheEvaluation()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;

        var updated = await Ledger.UpdateTargetAsync(planId, "T1.1",
            new TargetChange(Baseline: 5000m, Trajectory: [new TrajectoryPoint(6, 3000m), new TrajectoryPoint(3, 1000m)], Public: true), Ct);

        Assert.True(updated.Succeeded, updated.Error?.ToString());
        var target = (await Ledger.FindPlanAsync(planId, Ct))!.Tasks[0].Targets[0];
        Assert.Equal([new TrajectoryPoint(3, 1000m), new TrajectoryPoint(6, 3000m)], target.Trajectory);
        Assert.Equal((5000m, true, Measure.Cumulative), (target.Baseline, target.Public, target.Measure));
        // The office's trajectory, not 6000 × 3/12 = 1500, is what April expects.
        var row = (await TargetsAsync(planId, new DateOnly(2022, 4, 1)))[0];
        Assert.Equal(1000m, row.Now.Expected);
        var audit = Assert.Single(await Ledger.AuditAsync(10, "target", Ct));
        Assert.Equal(("target.update", "王科员"), (audit.Action, audit.Actor));
        Assert.Contains("\"Baseline\":5000", audit.After, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Baseline\":5000", audit.Before, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(13, "T1.1: trajectory period 13 is not one of the plan's periods 1 to 12 (2022-01 to 2022-12)")]
    [InlineData(0, "T1.1: trajectory period 0 is not one of the plan's periods 1 to 12 (2022-01 to 2022-12)")]
    public async Task UpdateTarget_TrajectoryOutsideTheCalendar_RefusedAndNothingChanged(int period, string message)
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;

        var updated = await Ledger.UpdateTargetAsync(planId, "T1.1", new TargetChange(Value: 1m, Trajectory: [new TrajectoryPoint(period, 1m)]), Ct);

        Assert.Equal(message, updated.Error?.Message.En);
        Assert.Equal(6000m, (await Ledger.FindPlanAsync(planId, Ct))!.Tasks[0].Targets[0].Value);
        Assert.Empty(await Ledger.AuditAsync(10, "target", Ct));
    }

    [Fact]
    public async Task UpdateTarget_UnknownCode_NamesIt()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;

        Assert.Equal("no target T9.9 in the plan", (await Ledger.UpdateTargetAsync(planId, "T9.9", new TargetChange(Value: 1m), Ct)).Error?.Message.En);
    }

    [Fact]
    public async Task ListReports_ReviewQueueByStateAndUnitAlias()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        await Ledger.ImportUnitsAsync(WriteFile("units.csv",
            "code,name,kind,parent,aliases\nC,测试市,city,,\nD1,测试市人社局,department,C,人社局\nD2,测试市教育局,department,C,教育局\nD3,测试市财政局,department,C,财政局\n"), null, Ct);
        var header = "task,target,period,unit,value,numerator,denominator,done_on,progress,problems,next_steps,state\n";
        var imported = await Ledger.ImportProgressAsync(planId, WriteFile("p.csv", header
            + "T1,T1.1,1,人社局,400,,,,,,,approved\nT1,T1.1,2,人社局,500,,,,,,,submitted\nT2,T2.1,2,教育局,3,,,,,,,submitted\n"), null, Ct);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));

        var queue = await Ledger.ListReportsAsync(planId, Domain.Progress.ReportState.Submitted, null, Ct);
        var mine = await Ledger.ListReportsAsync(planId, null, "人社局", Ct);

        Assert.Equal([("T1", 2), ("T2", 2)], queue.Select(r => (r.TaskCode, r.Period)));
        Assert.Equal([("T1", 1), ("T1", 2)], mine.Select(r => (r.TaskCode, r.Period)));
        var found = await Ledger.FindReportAsync(mine[1].Id, Ct);
        Assert.Equal(500m, Assert.Single(found!.Values).Value);
    }
}

public sealed class SqliteTargetUpdateTests : TargetUpdateTests<SqliteTestDatabase>;

public sealed class PostgresTargetUpdateTests : TargetUpdateTests<PostgresTestDatabase>;
