using Luoshi.Domain.Progress;
using Luoshi.Domain.Reading;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Evaluation;

/// <summary>Reading takes a task's sent values from task_facts, a projection every write keeps current in its own
/// transaction. After each kind of write the reading equals the one made from the projection rebuilt from the reports
/// themselves; with the projection emptied the figures are gone, so the reading really uses it.</summary>
public abstract class TaskFactsTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Header = "task,target,period,unit,value,numerator,denominator,done_on,progress,problems,next_steps,state\n";
    private static readonly DateOnly AsOf = new(2022, 6, 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reading_AfterEveryKindOfWrite_EqualsTheReadingOfTheRebuiltProjection()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        await AssertCurrentAsync(planId, "after the plan's import");

        var file = WriteFile("q1.csv", Header
            + "T1,T1.1,1,人社局,400,,,,,,,approved\nT1,T1.2,1,人社局,140,,,,,,,approved\n"
            + "T1,T1.1,2,人社局,500,,,,,,,submitted\nT1,T1.2,2,人社局,150,,,,,,,submitted\n"
            + "T1,T1.1,3,人社局,600,,,,,,,draft\n");
        Assert.True((await Ledger.ImportProgressAsync(planId, file, null, Ct)).Succeeded);
        await AssertCurrentAsync(planId, "after a progress file");

        var reports = await Ledger.ListReportsAsync(planId, ct: Ct);
        var february = reports.Single(r => r.Period == 2);
        Assert.True((await Ledger.TransitionAsync(february.Id, ReportAction.Approve, null, february.Version, Ct)).Succeeded);
        await AssertCurrentAsync(planId, "after an approval");

        var march = reports.Single(r => r.Period == 3);
        Assert.True((await Ledger.TransitionAsync(march.Id, ReportAction.Submit, null, march.Version, Ct)).Succeeded);
        await AssertCurrentAsync(planId, "after a submission");
        var submitted = (await Ledger.ListReportsAsync(planId, ct: Ct)).Single(r => r.Period == 3);
        Assert.True((await Ledger.TransitionAsync(submitted.Id, ReportAction.Return, "请核实", submitted.Version, Ct)).Succeeded);
        await AssertCurrentAsync(planId, "after a return");

        var april = await Ledger.SaveReportAsync(
            new ReportDraft(planId, "T1", 4, "人社局", [new TargetValue("T1.1", 700, null, null, null)], "四月", "", "", []), null, Ct);
        Assert.True(april.Succeeded, april.Error?.ToString());
        Assert.True((await Ledger.TransitionAsync(april.Value!.Id, ReportAction.Submit, null, april.Value.Version, Ct)).Succeeded);
        await AssertCurrentAsync(planId, "after a form's report submitted");

        // January 400 and February 500 approved, March returned, April awaiting review, May (due 28 May) never sent:
        // the figures the rebuilt projection gives are these, worked out by hand.
        var jobs = (await TargetsAsync(planId, AsOf))[0];
        Assert.Equal((900m, 700m), (jobs.Now.Actual, jobs.Periods[3].Pending?.Value));
        Assert.Equal([3, 5], jobs.Now.Overdue);
    }

    [Fact]
    public async Task Reading_ProjectionEmptied_FiguresGoneUntilRebuilt()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        Assert.True((await Ledger.ImportProgressAsync(planId, WriteFile("jan.csv", Header + "T1,T1.1,1,人社局,400,,,,,,,approved\n"), null, Ct)).Succeeded);

        await Database.ExecuteAsync("DELETE FROM task_facts");
        var emptied = (await TargetsAsync(planId, AsOf))[0];
        Assert.True((await Ledger.RebuildProjectionsAsync(Ct)).Succeeded);
        var rebuilt = (await TargetsAsync(planId, AsOf))[0];

        Assert.Equal(((decimal?)null, 400m), (emptied.Now.Actual, rebuilt.Now.Actual));
    }

    // A progress import on SQLite builds its tasks' rows while it writes them, and leaves to the projection's statement
    // every task it cannot build in order: these files take each way, and the rows must be those the statement writes.
    [Theory]
    [InlineData("in order", "", "T1,T1.1,1,人社局,400,,,,一月,,,approved\nT1,T1.2,1,人社局,140,,,,,,,approved\n"
        + "T1,T1.1,2,人社局,500,,,,,,,submitted\nT1,T1.2,2,人社局,150,,,,,,,submitted\nT1,T1.1,3,人社局,600,,,,,,,draft\n"
        + "T2,T2.1,1,教育局,12.50,,,2022-01-20,,,,approved\n")]
    [InlineData("a task met again", "", "T1,T1.1,1,人社局,400,,,,,,,approved\nT2,T2.1,1,教育局,10,,,,,,,approved\n"
        + "T1,T1.1,2,人社局,500,,,,,,,approved\nT2,T2.1,2,教育局,20,,,2022-02-20,,,,submitted\n")]
    [InlineData("targets out of order", "", "T1,T1.2,1,人社局,140,,,,,,,approved\nT1,T1.1,1,人社局,400,,,,,,,approved\n"
        + "T2,T2.1,1,教育局,10,,,,,,,approved\n")]
    [InlineData("periods out of order", "", "T1,T1.1,2,人社局,500,,,,,,,approved\nT1,T1.1,1,人社局,400,,,,,,,approved\n"
        + "T2,T2.1,1,教育局,10,,,,,,,approved\n")]
    [InlineData("after a stored draft", "T1,T1.1,1,人社局,300,,,,初稿,,,draft\n",
        "T1,T1.1,1,人社局,400,,,,,,,approved\nT1,T1.1,2,人社局,500,,,,,,,approved\nT2,T2.1,1,教育局,10,,,,,,,submitted\n")]
    [InlineData("after a sent report", "T2,T2.1,1,教育局,10,,,,,,,submitted\n",
        "T1,T1.1,1,人社局,400,,,,,,,approved\nT2,T2.1,2,教育局,20,,,,,,,approved\n")]
    public async Task Import_TaskFactsRows_AreThoseTheProjectionWrites(string what, string before, string rows)
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        if (before.Length > 0)
        {
            Assert.True((await Ledger.ImportProgressAsync(planId, WriteFile("before.csv", Header + before), null, Ct)).Succeeded);
        }

        var imported = await Ledger.ImportProgressAsync(planId, WriteFile("file.csv", Header + rows), null, Ct);
        Assert.True(imported.Succeeded, $"{what}: {string.Join("; ", imported.Errors)}");
        await Database.ExecuteAsync("CREATE TABLE kept_facts AS SELECT task_id, plan_id, sent_periods, sent_reports, sent_values FROM task_facts");
        Assert.True((await Ledger.RebuildProjectionsAsync(Ct)).Succeeded);

        const string Rows = "SELECT task_id, plan_id, sent_periods, sent_reports, sent_values FROM ";
        Assert.Equal((what, 2L, 0L, 0L), (what,
            await Database.CountAsync("SELECT count(*) FROM task_facts"),
            await Database.CountAsync($"SELECT count(*) FROM ({Rows}kept_facts EXCEPT {Rows}task_facts) d"),
            await Database.CountAsync($"SELECT count(*) FROM ({Rows}task_facts EXCEPT {Rows}kept_facts) d")));
    }

    private async Task AssertCurrentAsync(int planId, string when)
    {
        var kept = Figures(await TargetsAsync(planId, AsOf));
        Assert.True((await Ledger.RebuildProjectionsAsync(Ct)).Succeeded);
        Assert.Equal((when, kept), (when, Figures(await TargetsAsync(planId, AsOf))));
    }

    private static string Figures(IReadOnlyList<TargetReading> targets) => string.Join("\n", targets.Select(t =>
        $"{t.Code} {t.Status} {t.Now.Actual} {t.Now.Expected} [{string.Join(",", t.Now.Overdue)}] "
        + string.Join(";", t.Periods.Select(p => $"{p.Value}/{p.Pending?.Value}/{p.Status}"))));
}

public sealed class SqliteTaskFactsTests : TaskFactsTests<SqliteTestDatabase>;

public sealed class PostgresTaskFactsTests : TaskFactsTests<PostgresTestDatabase>;
