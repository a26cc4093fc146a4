using Luoshi.Domain.Progress;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Reports;

public abstract class ReportListTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListReportsWithValues_ReportsOfThePlanInPeriodOrderWithStateNarrativeAndValues()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var other = (await Ledger.ImportPlanAsync(Renamed(SamplePlans.Create()), replace: false, Ct)).PlanId;
        var march = await Ledger.SaveReportAsync(
            new ReportDraft(planId, "T1", 3, "人社局", [new TargetValue("T1.1", 1500m, null, null, null), new TargetValue("T1.2", 600m, null, null, null)],
                "三月进展", "三月问题", "四月措施", []), null, Ct);
        await Ledger.TransitionAsync(march.Value!.Id, ReportAction.Submit, null, 1, Ct);
        await Ledger.SaveReportAsync(
            new ReportDraft(planId, "T2", 1, "教育局", [new TargetValue("T2.1", 100m, null, null, new DateOnly(2022, 1, 20))], "已完工", "", "", []), null, Ct);
        await Ledger.SaveReportAsync(
            new ReportDraft(other, "T1", 1, "人社局", [new TargetValue("T1.1", 9m, null, null, null)], "另一计划", "", "", []), null, Ct);

        var reports = await Ledger.ListReportsWithValuesAsync(planId, Ct);

        Assert.Equal([(1, ReportState.Draft, "已完工"), (3, ReportState.Submitted, "三月进展")], reports.Select(r => (r.Period, r.State, r.Progress)));
        Assert.Equal(("三月问题", "四月措施"), (reports[1].Problems, reports[1].NextSteps));
        Assert.Equal([1500m, 600m], reports[1].Values.OrderBy(v => v.TargetId).Select(v => v.Value));
        Assert.Equal(new DateOnly(2022, 1, 20), reports[0].Values.Single().DoneOn);
    }

    private static Domain.Plans.Plan Renamed(Domain.Plans.Plan plan)
    {
        plan.Region = "另一市";
        return plan;
    }
}

public sealed class SqliteReportListTests : ReportListTests<SqliteTestDatabase>;

public sealed class PostgresReportListTests : ReportListTests<PostgresTestDatabase>;
