using Luoshi.Domain.Wording;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.ProgressImport;

namespace Luoshi.Storage.Tests.Reports;

/// <summary>Who reports what on a task (issue 15, item 4): T1 of the sample plan is led by 人社局 and supported by
/// 财政局. The lead unit sends the report with the values; the supporting unit sends a contribution beside it, which
/// neither blocks nor overrides the lead's report; each is refused the other's record, and any other unit both.</summary>
public abstract class ContributionTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int _planId;

    private async Task PlanAsync() => _planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;

    private ContributionDraft Contribution(string unit = "财政局", string progress = "拨付就业补助资金120万元", int period = 1) =>
        new(_planId, "T1", period, unit, progress, "无", "继续拨付", ["财社〔2022〕3号"]);

    private ReportDraft Report(string unit = "人社局") =>
        new(_planId, "T1", 1, unit, [new TargetValue("T1.1", 400m, null, null, null)], "一月新增就业400人", "无", "继续", []);

    [Fact]
    public async Task Supporting_unit_contributes_first_and_the_lead_unit_still_reports_the_same_period()
    {
        await PlanAsync();

        var contributed = await Ledger.SaveContributionAsync(Contribution(), null, Ct);
        var reported = await Ledger.SaveReportAsync(Report(), null, Ct);

        Assert.True(contributed.Succeeded, contributed.Error?.ToString());
        Assert.True(reported.Succeeded, reported.Error?.ToString());
        Assert.Equal(("财政局", 1, 1, Noon), (contributed.Value!.Unit, contributed.Value.Version, contributed.Value.Period, contributed.Value.SavedAt));
        Assert.Equal("人社局", reported.Value!.Unit);
        Assert.Equal(1, await CountAsync("progress_reports"));
        Assert.Equal(1, await CountAsync("contributions WHERE unit = '财政局' AND progress = '拨付就业补助资金120万元'"));
        var listed = Assert.Single(await Ledger.ListContributionsAsync(_planId, "T1", 1, ct: Ct));
        Assert.Equal(("T1", "财政局"), (listed.TaskCode, listed.Unit));
        Assert.Equal(["财社〔2022〕3号"], listed.Evidence);
    }

    [Fact]
    public async Task Supporting_unit_may_not_send_the_tasks_report_and_nothing_is_stored()
    {
        await PlanAsync();

        var refused = await Ledger.SaveReportAsync(Report("财政局"), null, Ct);

        Assert.Equal(ProblemKind.Forbidden, refused.Error?.Kind);
        Assert.Equal("unit", refused.Error?.Place?.Field);
        Assert.Equal("财政局 supports task T1: its progress report and target values are sent by the lead unit 人社局; report your own part as a contribution",
            refused.Error?.Message.En);
        Assert.Equal("财政局是任务 T1 的配合单位：进展报告和目标数值由牵头单位人社局报送，本单位承担工作的进展请填报“配合单位进展”", refused.Error?.Message.Zh);
        Assert.Equal(0, await CountAsync("progress_reports"));
    }

    [Fact]
    public async Task Lead_unit_and_an_unrelated_unit_may_not_write_a_contribution()
    {
        await PlanAsync();

        var lead = await Ledger.SaveContributionAsync(Contribution("人社局"), null, Ct);
        var other = await Ledger.SaveContributionAsync(Contribution("教育局"), null, Ct);
        var empty = await Ledger.SaveContributionAsync(Contribution(progress: "  "), null, Ct);
        var period = await Ledger.SaveContributionAsync(Contribution(period: 13), null, Ct);

        Assert.Equal("人社局 leads task T1: send its progress report; contributions are for supporting units", lead.Error?.Message.En);
        Assert.Equal(ProblemKind.Forbidden, lead.Error?.Kind);
        Assert.Equal("教育局 is neither the lead nor a supporting unit of task T1", other.Error?.Message.En);
        Assert.Equal(("progress", "say what your unit did (progress)"), (empty.Error?.Place?.Field, empty.Error?.Message.En));
        Assert.Equal(("period", "period 13 is not one of the plan's: expected 1 to 12 (2022-01 to 2022-12, monthly)"), (period.Error?.Place?.Field, period.Error?.Message.En));
        Assert.Equal(0, await CountAsync("contributions"));
        Assert.Equal(0, await CountAsync("audit_entries WHERE entity = 'contribution'"));
    }

    [Fact]
    public async Task A_contribution_changes_on_its_version_and_every_save_is_audited()
    {
        await PlanAsync();
        await Ledger.SaveContributionAsync(Contribution(), null, Ct);
        Clock.Now = Noon.AddMinutes(5);

        var again = await Ledger.SaveContributionAsync(Contribution(progress: "第二次"), null, Ct);
        var changed = await Ledger.SaveContributionAsync(Contribution(progress: "拨付就业补助资金150万元"), 1, Ct);
        var stale = await Ledger.SaveContributionAsync(Contribution(progress: "旧版本上的修改"), 1, Ct);

        Assert.Equal((ProblemKind.Conflict, "your unit already sent a contribution to task T1 for 2022-01 (version 1); change that one"),
            (again.Error?.Kind, again.Error?.Message.En));
        Assert.Equal((2, Noon.AddMinutes(5)), (changed.Value!.Version, changed.Value.SavedAt));
        Assert.Equal("conflict: the report was changed by 王科员 at 2022-04-10 12:05:00 UTC (version 2); reload and apply your changes again",
            stale.Error?.Message.En);
        Assert.Equal(1, await CountAsync("contributions WHERE version = 2 AND progress = '拨付就业补助资金150万元'"));
        var trail = (await Ledger.AuditAsync(10, "contribution", Ct)).Reverse().ToList();
        Assert.Equal(["contribution.create", "contribution.update"], trail.Select(a => a.Action));
        Assert.Contains("\"Progress\":\"拨付就业补助资金120万元\"", trail[1].Before, StringComparison.Ordinal);
        Assert.Contains("\"Progress\":\"拨付就业补助资金150万元\"", trail[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_progress_file_row_of_a_supporting_unit_is_refused_naming_its_line()
    {
        await PlanAsync();
        var path = WriteFile("progress.csv", ProgressImportTests<TDatabase>.Header + "T1,T1.1,1,人社局,400,,,,,,,\nT1,T1.2,1,财政局,140,,,,,,,\n");

        var result = await Ledger.ImportProgressAsync(_planId, path, null, Ct);

        Assert.Equal("progress.csv, line 3, column unit: 财政局 supports task T1: its progress report and target values are sent by the lead unit 人社局; report your own part as a contribution",
            result.Errors[0].ToWords().En);
        Assert.Equal(0, await CountAsync("progress_reports"));
    }

    [Fact]
    public async Task A_task_with_a_contribution_is_reported_work_a_replaced_plan_may_not_drop()
    {
        await PlanAsync();
        Assert.True((await Ledger.SaveContributionAsync(Contribution() with { TaskCode = "T2" }, null, Ct)).Succeeded);

        var replaced = await Ledger.ImportPlanAsync(
            SamplePlans.Create(SamplePlans.Text.Replace("\n确保幼儿园年内投入使用。", "", StringComparison.Ordinal), withT2: false), replace: true, Ct);

        Assert.Equal(PlanImportOutcome.Refused, replaced.Outcome);
        Assert.Contains("T2", replaced.Message.En, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("contributions"));
    }
}

public sealed class SqliteContributionTests : ContributionTests<SqliteTestDatabase>;

public sealed class PostgresContributionTests : ContributionTests<PostgresTestDatabase>;
