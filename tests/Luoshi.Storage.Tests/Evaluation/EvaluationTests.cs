using Luoshi.Domain.Evaluation;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Evaluation;

/// <summary>Statuses worked out by hand. Monthly reports due on the 28th. T1.1: cumulative ≥ 6000 people; approved
/// Jan–Mar 400 + 500 + 600 = 1500. T1.2: cumulative ≥ 2000; approved 140 a month = 420.</summary>
public abstract class EvaluationTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Header = "task,target,period,unit,value,numerator,denominator,done_on,progress,problems,next_steps,state\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> PlanWithFirstQuarterAsync()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var path = WriteFile("q1.csv", Header
            + "T1,T1.1,1,人社局,400,,,,,,,approved\nT1,T1.2,1,人社局,140,,,,,,,approved\n"
            + "T1,T1.1,2,人社局,500,,,,,,,approved\nT1,T1.2,2,人社局,140,,,,,,,approved\n"
            + "T1,T1.1,3,人社局,600,,,,,,,approved\nT1,T1.2,3,人社局,140,,,,,,,approved\n");
        var result = await Ledger.ImportProgressAsync(planId, path, null, Ct);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return planId;
    }

    [Fact]
    public async Task Evaluate_April1_ThreePeriodsDue_OnTrackAndBehind()
    {
        var planId = await PlanWithFirstQuarterAsync();

        var rows = await TargetsAsync(planId, new DateOnly(2022, 4, 1));

        Assert.Equal(["T1.1", "T1.2", "T2.1"], rows.Select(r => r.Code));
        var jobs = rows[0];
        // Expected 6000 × 3/12 = 1500; actual 1500: share 1.0 → on track.
        Assert.Equal((TargetStatus.OnTrack, 1500m, 1500m), (jobs.Now.Status, jobs.Now.Actual, jobs.Now.Expected));
        Assert.Equal(("测试市", 2022, "S1", "T1", "人社局", 6000m, Measure.Cumulative), (jobs.Plan.Region, jobs.Plan.Year, jobs.Task.SectionCode, jobs.Task.Code, jobs.Task.LeadUnit, jobs.Goal.Value, jobs.Measure));
        // Expected 2000 × 3/12 = 500; actual 420: share 0.84, between 0.8 and 1 → behind.
        Assert.Equal((TargetStatus.Behind, 420m, 500m), (rows[1].Now.Status, rows[1].Now.Actual, rows[1].Now.Expected));
        // T2 (教育局) never reported: periods 1–3 are overdue.
        Assert.Equal(TargetStatus.NotReported, rows[2].Now.Status);
        Assert.Equal([1, 2, 3], rows[2].Now.Overdue);
    }

    [Fact]
    public async Task Evaluate_April29_NoAprilReport_NotReported()
    {
        var planId = await PlanWithFirstQuarterAsync();

        var rows = await TargetsAsync(planId, new DateOnly(2022, 4, 29), "人社局");

        Assert.Equal(["T1.1", "T1.2"], rows.Select(r => r.Code));
        Assert.Equal(TargetStatus.NotReported, rows[0].Now.Status);
        Assert.Equal([4], rows[0].Now.Overdue);
        // 6000 × 4/12 = 2000 exactly: the domain multiplies before it divides.
        Assert.Equal(2000m, rows[0].Now.Expected);
    }

    [Fact]
    public async Task Evaluate_SubmittedButNotApproved_CountsAsReportedButNotAsValue()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        await Ledger.ImportProgressAsync(planId, WriteFile("jan.csv", Header + "T1,T1.1,1,人社局,900,,,,,,,submitted\n"), null, Ct);

        var jobs = (await TargetsAsync(planId, new DateOnly(2022, 2, 1)))[0];

        // Period 1 is reported, so not overdue; its 900 is not approved, so actual is none: 0 of the expected 6000/12 = 500 → at risk.
        Assert.Equal((TargetStatus.AtRisk, (decimal?)null, 500m), (jobs.Now.Status, jobs.Now.Actual, decimal.Round(jobs.Now.Expected!.Value, 6)));
        Assert.Empty(jobs.Now.Overdue);
    }
}

public sealed class SqliteEvaluationTests : EvaluationTests<SqliteTestDatabase>;

public sealed class PostgresEvaluationTests : EvaluationTests<PostgresTestDatabase>;
