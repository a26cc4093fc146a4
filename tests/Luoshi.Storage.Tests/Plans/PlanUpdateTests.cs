using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Plans;

/// <summary>The office changes when units report and where the lights change; the evaluation follows.</summary>
public abstract class PlanUpdateTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> PlanWithJanuaryAsync()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var path = WriteFile("jan.csv", "task,target,period,unit,value,numerator,denominator,done_on,progress,problems,next_steps,state\n"
            + "T1,T1.1,1,人社局,500,,,,,,,approved\nT1,T1.2,1,人社局,150,,,,,,,approved\n");
        Assert.True((await Ledger.ImportProgressAsync(planId, path, null, Ct)).Succeeded);
        return planId;
    }

    [Fact]
    public async Task UpdatePlan_StricterRed_TurnsABehindTargetRed_AndIsAudited()
    {
        var planId = await PlanWithJanuaryAsync();
        // T1.2: 150 of 2000 × 1/12 = 166.67 expected, share 0.9: yellow by default (red below 0.8).
        Assert.Equal(TargetStatus.Behind, (await TargetsAsync(planId, new DateOnly(2022, 2, 1)))[1].Now.Status);

        var updated = await Ledger.UpdatePlanAsync(planId, new PlanChange(Thresholds: new StatusThresholds(1.0m, 0.95m, 0.1m)), Ct);

        Assert.True(updated.Succeeded, updated.Error?.ToString());
        Assert.Equal(TargetStatus.AtRisk, (await TargetsAsync(planId, new DateOnly(2022, 2, 1)))[1].Now.Status);
        var audit = Assert.Single(await Ledger.AuditAsync(10, "plan", Ct), a => a.Action == "plan.update");
        Assert.Contains("\"Red\":0.95", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdatePlan_FrequencyWithReportsIn_RefusedButDueDayAllowed()
    {
        var planId = await PlanWithJanuaryAsync();

        var quarterly = await Ledger.UpdatePlanAsync(planId, new PlanChange(ReportingCadence.QuarterlyAtEnd), Ct);
        var dueDay = await Ledger.UpdatePlanAsync(planId, new PlanChange(ReportingCadence.MonthlyByDay(25)), Ct);

        Assert.Equal("the plan already has progress reports filed by monthly periods; its frequency can no longer change (the due day can)",
            quarterly.Error?.Message.En);
        Assert.True(dueDay.Succeeded, dueDay.Error?.ToString());
        Assert.Equal(ReportingCadence.MonthlyByDay(25), (await Ledger.FindPlanAsync(planId, Ct))!.Cadence);
    }

    [Fact]
    public async Task UpdatePlan_RedAboveYellow_Refused()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;

        var updated = await Ledger.UpdatePlanAsync(planId, new PlanChange(Thresholds: new StatusThresholds(0.8m, 0.9m, 0.1m)), Ct);

        Assert.StartsWith("thresholds need 0 < red ≤ yellow", updated.Error?.Message.En, StringComparison.Ordinal);
        Assert.Equal(StatusThresholds.Default, (await Ledger.FindPlanAsync(planId, Ct))!.Thresholds);
    }
}

public sealed class SqlitePlanUpdateTests : PlanUpdateTests<SqliteTestDatabase>;

public sealed class PostgresPlanUpdateTests : PlanUpdateTests<PostgresTestDatabase>;
