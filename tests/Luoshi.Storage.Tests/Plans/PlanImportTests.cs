using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Plans;

public abstract class PlanImportTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportPlan_New_CreatedWithTasksTargetsInOrderAndAudited()
    {
        var result = await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct);

        Assert.Equal(PlanImportOutcome.Created, result.Outcome);
        var plan = await Ledger.FindPlanAsync(SamplePlans.Region, 2022, Ct);
        Assert.NotNull(plan);
        Assert.Equal(result.PlanId, plan.Id);
        Assert.Equal(["T1", "T2"], plan.Tasks.Select(t => t.Code));
        Assert.Equal(["T1.1", "T1.2"], plan.Tasks[0].Targets.Select(t => t.Code));
        Assert.Equal(["财政局"], plan.Tasks[0].SupportingUnits);
        Assert.Equal(new Domain.Plans.SourceSpan(5, 30), plan.Tasks[0].Span);
        Assert.Equal(28, plan.Cadence.DueDay);
        var audit = Assert.Single(await Ledger.AuditAsync(10, "plan", Ct));
        Assert.Equal(("plan.create", "王科员", Noon), (audit.Action, audit.Actor, audit.At));
        Assert.Null(audit.Before);
        Assert.Contains("\"T1.2\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPlan_SameTextTwice_UnchangedAndRowCountsIdentical()
    {
        var first = await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct);
        var counts = await CountsAsync();

        var second = await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct);

        Assert.Equal(PlanImportOutcome.Unchanged, second.Outcome);
        Assert.Equal(first.PlanId, second.PlanId);
        Assert.Equal((1L, 2L, 3L, 1L), counts);
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task ImportPlan_ChangedTextWithoutReplace_RefusedNamingPlanAndNothingChanged()
    {
        await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct);
        var counts = await CountsAsync();

        var result = await Ledger.ImportPlanAsync(SamplePlans.Create(SamplePlans.Text + "\n新增一句。", withT2: false), replace: false, Ct);

        Assert.Equal(PlanImportOutcome.Refused, result.Outcome);
        Assert.Contains("测试市 2022", result.Message, StringComparison.Ordinal);
        Assert.Contains("--replace", result.Message, StringComparison.Ordinal);
        Assert.Equal(counts, await CountsAsync());
        var plan = await Ledger.FindPlanAsync(SamplePlans.Region, 2022, Ct);
        Assert.Equal(SamplePlans.Text, plan!.SourceText);
    }

    [Fact]
    public async Task ImportPlan_Replace_KeepsTaskTargetAndReportIds()
    {
        var created = await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct);
        var before = (await Ledger.FindPlanAsync(created.PlanId, Ct))!;
        var report = await Ledger.SaveReportAsync(
            new ReportDraft(created.PlanId, "T1", 1, "人社局", [new TargetValue("T1.1", 400m, null, null, null)], "一月", "", "", []), null, Ct);
        var changed = SamplePlans.Create(SamplePlans.Text + "\n补充一句。");
        changed.Tasks[0].Text = "年内实现城镇新增就业7千人以上";
        changed.Tasks[0].Targets[0].Value = 7000m;

        var result = await Ledger.ImportPlanAsync(changed, replace: true, Ct);

        Assert.Equal(PlanImportOutcome.Replaced, result.Outcome);
        Assert.Equal(created.PlanId, result.PlanId);
        var after = (await Ledger.FindPlanAsync(created.PlanId, Ct))!;
        Assert.Equal(before.Tasks.Select(t => t.Id), after.Tasks.Select(t => t.Id));
        Assert.Equal(before.Tasks[0].Targets.Select(t => t.Id), after.Tasks[0].Targets.Select(t => t.Id));
        Assert.Equal(7000m, after.Tasks[0].Targets[0].Value);
        Assert.Equal("年内实现城镇新增就业7千人以上", after.Tasks[0].Text);
        var again = await Ledger.SaveReportAsync(
            new ReportDraft(created.PlanId, "T1", 1, "人社局", [new TargetValue("T1.1", 450m, null, null, null)], "一月", "", "", []), 1, Ct);
        Assert.True(again.Succeeded, again.Error?.ToString());
        Assert.Equal(report.Value!.Id, again.Value!.Id);
        var audit = (await Ledger.AuditAsync(10, "plan", Ct))[0];
        Assert.Equal("plan.replace", audit.Action);
        Assert.Contains("6000", audit.Before, StringComparison.Ordinal);
        Assert.Contains("7000", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPlan_ReplaceDroppingReportedTask_RefusedNamingItAndNothingChanged()
    {
        var created = await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct);
        await Ledger.SaveReportAsync(
            new ReportDraft(created.PlanId, "T2", 1, "教育局", [new TargetValue("T2.1", 30m, null, null, null)], "", "", "", []), null, Ct);
        var counts = await CountsAsync();

        var result = await Ledger.ImportPlanAsync(SamplePlans.Create(SamplePlans.Text + "。", withT2: false), replace: true, Ct);

        Assert.Equal(PlanImportOutcome.Refused, result.Outcome);
        Assert.Contains("task T2", result.Message, StringComparison.Ordinal);
        Assert.Contains("target T2.1", result.Message, StringComparison.Ordinal);
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task ImportPlan_ReplaceDroppingUnreportedTask_RemovesIt()
    {
        var created = await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct);

        var result = await Ledger.ImportPlanAsync(SamplePlans.Create(SamplePlans.Text + "。", withT2: false), replace: true, Ct);

        Assert.Equal(PlanImportOutcome.Replaced, result.Outcome);
        var plan = (await Ledger.FindPlanAsync(created.PlanId, Ct))!;
        Assert.Equal(["T1"], plan.Tasks.Select(t => t.Code));
        Assert.Equal(2, await CountAsync("targets"));
    }

    private async Task<(long Plans, long Tasks, long Targets, long Audit)> CountsAsync() =>
        (await CountAsync("plans"), await CountAsync("tasks"), await CountAsync("targets"), await CountAsync("audit_entries"));
}

public sealed class SqlitePlanImportTests : PlanImportTests<SqliteTestDatabase>;

public sealed class PostgresPlanImportTests : PlanImportTests<PostgresTestDatabase>;
