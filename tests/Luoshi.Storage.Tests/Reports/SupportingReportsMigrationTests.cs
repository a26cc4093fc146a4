using System.Globalization;
using System.Text.Json;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Reports;

/// <summary>The migration that moves supporting units' progress reports, stored before only the lead unit reported a
/// task's values, to contributions (SupportingReportsToContributions): a ledger is taken back to the migration before
/// it (YearLinks), old-shape reports are written into it with SQL as the older release stored them, and the ledger is
/// opened again, which migrates it to the latest. T1 of the sample plan is led by 人社局 and supported by 财政局.</summary>
public abstract class SupportingReportsMigrationTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Supporting_units_reports_become_contributions_and_the_lead_keeps_its_own()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        // Stored by the current release: the lead's report of January, and 财政局's contribution of February.
        Assert.True((await Ledger.SaveReportAsync(new ReportDraft(planId, "T1", 1, "人社局", [new TargetValue("T1.1", 400m, null, null, null)],
            "一月新增就业400人", "无", "继续", []), null, Ct)).Succeeded);
        Assert.True((await Ledger.SaveContributionAsync(new ContributionDraft(planId, "T1", 2, "财政局", "拨付就业补助资金120万元", "无", "继续拨付",
            ["财社〔2022〕3号"]), null, Ct)).Succeeded);

        await Ledger.MigrateToAsync(Options, "YearLinks", Ct);
        var task = await Database.CountAsync($"SELECT id FROM tasks WHERE plan_id = {planId} AND code = 'T1'");
        var t11 = await Database.CountAsync($"SELECT id FROM targets WHERE task_id = {task} AND code = 'T1.1'");
        var t12 = await Database.CountAsync($"SELECT id FROM targets WHERE task_id = {task} AND code = 'T1.2'");
        // As the older release stored them: 财政局 held February (beside its contribution) and March (with a value of
        // each target, an evidence reference and a file); 人社局 held April.
        await Database.ExecuteAsync(
            $"""
            INSERT INTO progress_reports (task_id, period, unit, progress, problems, next_steps, evidence, state, return_reason, submitted_at, version)
            VALUES ({task}, 2, '财政局', '二月拨付培训补贴', '资金到位慢', '加快拨付', '["财社〔2022〕4号"]', 'Submitted', NULL, '2022-02-25 08:00:00+00:00', 1),
                   ({task}, 3, '财政局', '三月拨付就业补助资金', '', '', '["财社〔2022〕5号"]', 'Returned', '请由牵头单位报送', '2022-03-05 08:00:00+00:00', 3),
                   ({task}, 4, '人社局', '四月新增就业500人', '', '', '[]', 'Submitted', NULL, '2022-04-06 08:00:00+00:00', 1);
            """);
        var march = await Database.CountAsync($"SELECT id FROM progress_reports WHERE task_id = {task} AND period = 3");
        var february = await Database.CountAsync($"SELECT id FROM progress_reports WHERE task_id = {task} AND period = 2");
        await Database.ExecuteAsync(
            $"""
            INSERT INTO progress_values (report_id, target_id, value, numerator, denominator, done_on)
            VALUES ({march}, {t11}, 12.5, NULL, NULL, NULL), ({march}, {t12}, 300, NULL, NULL, NULL), ({february}, {t12}, 80, NULL, NULL, NULL);
            INSERT INTO attachments (report_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at)
            VALUES ({march}, '拨付凭证.pdf', 'application/pdf', 3, 'abc', '财政局李', '2022-03-05 07:00:00+00:00');
            """);
        var file = await Database.CountAsync("SELECT id FROM attachments");
        await Database.ExecuteAsync(Options.Provider == StoreProvider.Sqlite
            ? $"INSERT INTO attachment_contents (attachment_id, content) VALUES ({file}, X'255044')"
            : $"INSERT INTO attachment_contents (attachment_id, content) VALUES ({file}, '\\x255044'::bytea)");

        await using var upgraded = await Ledger.OpenAsync(Options, "王科员", Clock, Ct);

        // The lead's two reports stay; 财政局's two are gone with their values and attachment row.
        Assert.Equal(2, await CountAsync($"progress_reports WHERE task_id = {task} AND unit = '人社局'"));
        Assert.Equal(0, await CountAsync("progress_reports WHERE unit = '财政局'"));
        Assert.Equal(1, await CountAsync("progress_values"));
        Assert.Equal(0, await CountAsync("attachments"));
        Assert.Equal(0, await CountAsync("attachment_contents"));
        // The file is kept whole beside the ledger (3 bytes, %PD), named with its report, task, period and unit.
        Assert.Equal(1, await CountAsync(
            $"moved_report_attachments WHERE attachment_id = {file} AND report_id = {march} AND task_id = {task} AND period = 3 AND unit = '财政局' "
            + "AND file_name = '拨付凭证.pdf' AND size = 3 AND length(content) = 3"));

        var contributions = await upgraded.ListContributionsAsync(planId, "T1", ct: Ct);
        Assert.Equal([2, 3], contributions.Select(c => c.Period));
        // February: appended to the contribution already there, its version one up, its time unchanged.
        var feb = contributions[0];
        Assert.Equal(("财政局", "拨付就业补助资金120万元\n二月拨付培训补贴\n（原报数值：T1.2 80）", "无\n资金到位慢", "继续拨付\n加快拨付", 2, Noon),
            (feb.Unit, feb.Progress, feb.Problems, feb.NextSteps, feb.Version, feb.SavedAt));
        Assert.Equal(["财社〔2022〕3号", "财社〔2022〕4号"], feb.Evidence);
        // March: a new contribution with the report's text, its values and its file named, saved when it was submitted.
        var mar = contributions[1];
        Assert.Equal(("财政局", "三月拨付就业补助资金\n（原报数值：T1.1 12.5；T1.2 300）", "", "", 1, new DateTimeOffset(2022, 3, 5, 8, 0, 0, TimeSpan.Zero)),
            (mar.Unit, mar.Progress, mar.Problems, mar.NextSteps, mar.Version, mar.SavedAt));
        Assert.Equal(["财社〔2022〕5号", "附件：拨付凭证.pdf"], mar.Evidence);

        // One audit entry per moved report, holding the report as it was: its state, return reason and values.
        var moved = (await upgraded.AuditAsync(10, "report", Ct)).Where(a => a.Action == "report.move-to-contribution").OrderBy(a => a.EntityKey).ToList();
        Assert.Equal([february.ToString(CultureInfo.InvariantCulture), march.ToString(CultureInfo.InvariantCulture)], moved.Select(a => a.EntityKey).Order());
        Assert.All(moved, a => Assert.Equal("migration", a.Actor));
        var before = JsonDocument.Parse(moved.Single(a => a.EntityKey == march.ToString(CultureInfo.InvariantCulture)).Before!).RootElement;
        Assert.Equal(("Returned", "请由牵头单位报送"), (before.GetProperty("state").GetString(), before.GetProperty("returnReason").GetString()));
        Assert.Equal([12.5m, 300m], before.GetProperty("values").EnumerateArray().Select(v => decimal.Parse(v.GetProperty("value").ToString(), CultureInfo.InvariantCulture)));
        Assert.Equal("拨付凭证.pdf", before.GetProperty("attachments")[0].GetProperty("fileName").GetString());

        // task_facts rebuilt: T1's only sent report is the lead's April (bit 4 = 8; January is its draft), not 财政局's
        // submitted February.
        Assert.Equal(8, await Database.CountAsync($"SELECT sent_periods FROM task_facts WHERE task_id = {task}"));
        // February and March are free again for the lead unit's report.
        var lead = await upgraded.SaveReportAsync(new ReportDraft(planId, "T1", 3, "人社局", [new TargetValue("T1.1", 900m, null, null, null)],
            "三月新增就业900人", "", "", []), null, Ct);
        Assert.True(lead.Succeeded, lead.Error?.ToString());
    }

    [Fact]
    public async Task A_lead_unit_named_by_its_alias_keeps_its_reports_under_its_full_name()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        await Ledger.MigrateToAsync(Options, "YearLinks", Ct);
        var task = await Database.CountAsync($"SELECT id FROM tasks WHERE plan_id = {planId} AND code = 'T1'");
        // T1's lead is written 人社局, the alias of 四会市人力资源和社会保障局, whose reports carry the full name.
        await Database.ExecuteAsync(
            $"""
            INSERT INTO org_units (code, name, kind, parent_code, aliases)
            VALUES ('D1', '四会市人力资源和社会保障局', 'Department', NULL, '["人社局"]'), ('D2', '四会市财政局', 'Department', NULL, '["财政局"]');
            INSERT INTO progress_reports (task_id, period, unit, progress, problems, next_steps, evidence, state, return_reason, submitted_at, version)
            VALUES ({task}, 1, '四会市人力资源和社会保障局', '一月', '', '', '[]', 'Submitted', NULL, '2022-01-25 08:00:00+00:00', 1),
                   ({task}, 2, '四会市财政局', '二月拨付', '', '', '[]', 'Draft', NULL, NULL, 1);
            """);

        await using var upgraded = await Ledger.OpenAsync(Options, "王科员", Clock, Ct);

        Assert.Equal(1, await CountAsync("progress_reports WHERE unit = '四会市人力资源和社会保障局' AND period = 1"));
        Assert.Equal(0, await CountAsync("progress_reports WHERE unit = '四会市财政局'"));
        var moved = Assert.Single(await upgraded.ListContributionsAsync(planId, "T1", ct: Ct));
        // A draft never submitted and never audited: saved when the migration ran (the test's real clock, not the ledger's).
        Assert.Equal((2, "四会市财政局", "二月拨付", 1), (moved.Period, moved.Unit, moved.Progress, moved.Version));
        Assert.True(moved.SavedAt > Noon);
        // January is bit 1.
        Assert.Equal(1, await Database.CountAsync($"SELECT sent_periods FROM task_facts WHERE task_id = {task}"));
    }

    [Fact]
    public async Task A_ledger_without_supporting_reports_is_unchanged()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        Assert.True((await Ledger.SaveReportAsync(new ReportDraft(planId, "T1", 1, "人社局", [new TargetValue("T1.1", 400m, null, null, null)],
            "一月新增就业400人", "无", "继续", []), null, Ct)).Succeeded);
        var facts = await Database.CountAsync("SELECT version FROM task_facts");

        await Ledger.MigrateToAsync(Options, "YearLinks", Ct);
        await using var upgraded = await Ledger.OpenAsync(Options, "王科员", Clock, Ct);

        Assert.Equal((1, 1, 0, 0), (await CountAsync("progress_reports"), await CountAsync("progress_values"), await CountAsync("contributions"),
            await CountAsync("audit_entries WHERE action = 'report.move-to-contribution'")));
        Assert.Equal(facts, await Database.CountAsync("SELECT version FROM task_facts"));
    }
}

public sealed class SqliteSupportingReportsMigrationTests : SupportingReportsMigrationTests<SqliteTestDatabase>;

public sealed class PostgresSupportingReportsMigrationTests : SupportingReportsMigrationTests<PostgresTestDatabase>;
