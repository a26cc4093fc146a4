using Luoshi.Domain.Progress;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Reports;

public abstract class ReportTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int _planId;

    private ReportDraft Draft(decimal value, string progress = "一月进展") =>
        new(_planId, "T1", 1, "人社局", [new TargetValue("T1.1", value, null, null, null)], progress, "无", "继续", ["人社〔2022〕1号"]);

    private async Task<ProgressReport> CreateAsync()
    {
        _planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var created = await Ledger.SaveReportAsync(Draft(400m), null, Ct);
        Assert.True(created.Succeeded, created.Error?.ToString());
        return created.Value!;
    }

    [Fact]
    public async Task SaveReport_New_DraftAtVersion1WithValues()
    {
        var report = await CreateAsync();

        Assert.Equal((ReportState.Draft, 1, "人社局"), (report.State, report.Version, report.Unit));
        Assert.Equal(1, await CountAsync("progress_values"));
        Assert.Equal(["人社〔2022〕1号"], report.Evidence);
    }

    [Fact]
    public async Task SaveReport_ExistingWithoutVersion_ErrorAskingForIt()
    {
        await CreateAsync();

        var again = await Ledger.SaveReportAsync(Draft(500m), null, Ct);

        Assert.Equal("task T1 already has a report for 2022-01 (version 1); pass its version to change it", again.Error?.Message.En);
    }

    [Fact]
    public async Task SaveReport_StaleVersion_ConflictNamingWhoAndWhenAndStoredReportUnchanged()
    {
        await CreateAsync();
        Clock.Now = Noon.AddMinutes(5);
        Assert.True((await Ledger.SaveReportAsync(Draft(450m, "改过"), 1, Ct)).Succeeded);

        var stale = await Ledger.SaveReportAsync(Draft(999m, "旧版本上的修改"), 1, Ct);

        Assert.Equal(
            "conflict: the report was changed by 王科员 at 2022-04-10 12:05:00 UTC (version 2); reload and apply your changes again",
            stale.Error?.Message.En);
        Assert.Equal(1, await CountAsync("progress_reports WHERE version = 2 AND progress = '改过'"));
        Assert.Equal(1, await CountAsync("progress_values WHERE CAST(value AS REAL) = 450"));
    }

    [Fact]
    public async Task SaveReport_TwoPeopleOnTheSameVersion_SecondConflicts()
    {
        var report = await CreateAsync();
        await using var li = await OpenAsAsync("李科长");
        await using var zhang = await OpenAsAsync("张主任");

        var first = await li.SaveReportAsync(Draft(410m, "李的修改"), report.Version, Ct);
        var second = await zhang.SaveReportAsync(Draft(420m, "张的修改"), report.Version, Ct);

        Assert.True(first.Succeeded);
        Assert.Equal(2, first.Value!.Version);
        Assert.StartsWith("conflict: the report was changed by 李科长 at", second.Error?.Message.En, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("progress_reports WHERE progress = '李的修改' AND version = 2"));
    }

    [Fact]
    public async Task SaveReport_WrongPeriodTargetOrUnit_ErrorsNamingThem()
    {
        await CreateAsync();

        var period = await Ledger.SaveReportAsync(Draft(1m) with { Period = 13 }, null, Ct);
        var target = await Ledger.SaveReportAsync(Draft(1m) with { Period = 2, Values = [new TargetValue("T2.1", 1m, null, null, null)] }, null, Ct);
        var unit = await Ledger.SaveReportAsync(Draft(1m) with { Period = 2, Unit = "教育局" }, null, Ct);

        Assert.Equal("period 13 is not one of the plan's: expected 1 to 12 (2022-01 to 2022-12, monthly)", period.Error?.Message.En);
        Assert.Equal("target T2.1 does not belong to task T1 (its targets: T1.1, T1.2)", target.Error?.Message.En);
        Assert.Equal("教育局 is neither the lead nor a supporting unit of task T1", unit.Error?.Message.En);
        Assert.Equal(1, await CountAsync("progress_reports"));
    }

    [Fact]
    public async Task Transition_DraftSubmittedReturnedResubmittedApproved_EachStepAuditedWithBeforeAndAfter()
    {
        var report = await CreateAsync();
        Clock.Now = Noon.AddHours(1);

        var submitted = await Ledger.TransitionAsync(report.Id, ReportAction.Submit, null, 1, Ct);
        var noReason = await Ledger.TransitionAsync(report.Id, ReportAction.Return, " ", 2, Ct);
        var returned = await Ledger.TransitionAsync(report.Id, ReportAction.Return, "数据缺少佐证", 2, Ct);
        var edited = await Ledger.SaveReportAsync(Draft(400m, "补充佐证"), 3, Ct);
        var resubmitted = await Ledger.TransitionAsync(report.Id, ReportAction.Submit, null, 4, Ct);
        var approved = await Ledger.TransitionAsync(report.Id, ReportAction.Approve, null, 5, Ct);
        var afterApproval = await Ledger.SaveReportAsync(Draft(1m), 6, Ct);

        Assert.Equal((ReportState.Submitted, 2, Noon.AddHours(1)), (submitted.Value!.State, submitted.Value.Version, submitted.Value.SubmittedAt));
        Assert.Equal("a returned report needs a reason (退回原因)", noReason.Error?.Message.En);
        Assert.Equal((ReportState.Returned, "数据缺少佐证"), (returned.Value!.State, returned.Value.ReturnReason));
        Assert.Equal(4, edited.Value!.Version);
        Assert.Equal(ReportState.Resubmitted, resubmitted.Value!.State);
        Assert.Equal((ReportState.Approved, 6), (approved.Value!.State, approved.Value.Version));
        Assert.Equal("the report is approved; only a draft or a returned report can be changed", afterApproval.Error?.Message.En);
        var trail = (await Ledger.AuditAsync(10, "report", Ct)).Reverse().ToList();
        Assert.Equal(
            ["report.create", "report.submit", "report.return", "report.update", "report.submit", "report.approve"],
            trail.Select(a => a.Action));
        Assert.All(trail.Skip(1), a => Assert.NotNull(a.Before));
        Assert.Contains("\"State\":\"Submitted\"", trail[2].Before, StringComparison.Ordinal);
        Assert.Contains("\"ReturnReason\":\"数据缺少佐证\"", trail[2].After, StringComparison.Ordinal);
        Assert.Contains("\"State\":\"Approved\"", trail[5].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_UnitByAlias_StoredByNameAndConfirmed()
    {
        _planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        await Ledger.ImportUnitsAsync(WriteFile("units.csv",
            "code,name,kind,parent,aliases\nC,测试市,city,,\nD1,测试市人力资源和社会保障局,department,C,人社局\nD2,测试市财政局,department,C,财政局\n"), null, Ct);

        var ok = await Ledger.AssignAsync(_planId, "T1", new Assignment("人社局", ["财政局"], "李副市长", new DateOnly(2022, 11, 30)), Ct);
        var unknown = await Ledger.AssignAsync(_planId, "T1", new Assignment("不存在局", null, null, null), Ct);
        var noTask = await Ledger.AssignAsync(_planId, "T9", new Assignment(null, null, "某人", null), Ct);

        Assert.True(ok.Succeeded);
        var task = (await Ledger.FindPlanAsync(_planId, Ct))!.Tasks[0];
        Assert.Equal(("测试市人力资源和社会保障局", "李副市长", new DateOnly(2022, 11, 30), false), (task.LeadUnit, task.Leader, task.Deadline, task.UnitsSuggested));
        Assert.Equal(["测试市财政局"], task.SupportingUnits);
        Assert.Equal("unknown unit '不存在局': no unit in the ledger has this name or alias (import units first)", unknown.Error?.Message.En);
        Assert.Equal("the plan of 测试市 2022 has no task T9", noTask.Error?.Message.En);
        var audit = (await Ledger.AuditAsync(1, "task", Ct))[0];
        Assert.Contains("\"LeadUnit\":\"人社局\"", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"LeadUnit\":\"测试市人力资源和社会保障局\"", audit.After, StringComparison.Ordinal);
    }
}

public sealed class SqliteReportTests : ReportTests<SqliteTestDatabase>;

public sealed class PostgresReportTests : ReportTests<PostgresTestDatabase>;
