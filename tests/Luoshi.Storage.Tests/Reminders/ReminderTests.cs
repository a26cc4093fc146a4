using Luoshi.Domain.Periods;
using Luoshi.Storage.Tests.Access;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Reminders;

public abstract class ReminderTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> PlanAsync()
    {
        Assert.True((await Ledger.ImportUnitsAsync(WriteFile("units.csv", AccessFixtures.UnitsCsv), null, Ct)).Succeeded);
        return (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
    }

    [Fact]
    public async Task Remind_UnitByAlias_StoredWithFullNameWhoAndWhenAndAudited()
    {
        var planId = await PlanAsync();

        var sent = await Ledger.ForActor("督查室张").RemindAsync(planId, "T1", 3, "人社局", " 请于3月28日前报送 ", Ct);

        Assert.True(sent.Succeeded, sent.Error?.ToString());
        var stored = Assert.Single(await Ledger.ListRemindersAsync(planId, Ct));
        Assert.Equal((planId, "T1", 3, "测试市人力资源和社会保障局", "请于3月28日前报送", "督查室张", Noon),
            (stored.PlanId, stored.TaskCode, stored.Period, stored.Unit, stored.Note, stored.By, stored.At));
        var audit = (await Ledger.AuditAsync(1, "reminder", Ct))[0];
        Assert.Equal(("reminder.create", "督查室张"), (audit.Action, audit.Actor));
        Assert.Contains("\"Note\":\"请于3月28日前报送\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListReminders_OldestFirstAndOnlyOfThePlan()
    {
        var planId = await PlanAsync();
        await Ledger.RemindAsync(planId, "T1", 1, "人社局", null, Ct);
        Clock.Now = Noon.AddDays(1);
        await Ledger.RemindAsync(planId, "T2", 2, "教育局", "第二次", Ct);

        var listed = await Ledger.ListRemindersAsync(planId, Ct);

        Assert.Equal([("T1", 1, (string?)null), ("T2", 2, "第二次")], listed.Select(r => (r.TaskCode, r.Period, r.Note)));
        Assert.Empty(await Ledger.ListRemindersAsync(planId + 1, Ct));
    }

    [Fact]
    public async Task Remind_BadPlanTaskPeriodOrUnit_ErrorsNamingThemAndNothingStored()
    {
        var planId = await PlanAsync();

        var noPlan = await Ledger.RemindAsync(planId + 1, "T1", 1, "人社局", null, Ct);
        var noTask = await Ledger.RemindAsync(planId, "T9", 1, "人社局", null, Ct);
        var zero = await Ledger.RemindAsync(planId, "T1", 0, "人社局", null, Ct);
        var thirteen = await Ledger.RemindAsync(planId, "T1", 13, "人社局", null, Ct);
        var noUnit = await Ledger.RemindAsync(planId, "T1", 1, "不存在局", null, Ct);

        Assert.Equal($"field plan: no plan with id {planId + 1} in the ledger", noPlan.Error?.ToWords().En);
        Assert.Equal("field task: the plan of 测试市 2022 has no task T9", noTask.Error?.ToWords().En);
        Assert.Equal("field period: expected a period from 1 to 12 of the plan's year (2022-01 to 2022-12), found 0", zero.Error?.ToWords().En);
        Assert.Equal("field period: expected a period from 1 to 12 of the plan's year (2022-01 to 2022-12), found 13", thirteen.Error?.ToWords().En);
        Assert.Equal("field unit: unknown unit '不存在局': no unit in the ledger has this name or alias (import units first)", noUnit.Error?.ToWords().En);
        Assert.Equal(0, await CountAsync("reminders"));
    }

    [Fact]
    public async Task Remind_QuarterlyPlan_PeriodFiveRefusedFourAccepted()
    {
        var planId = await PlanAsync();
        Assert.True((await Ledger.UpdatePlanAsync(planId, new PlanChange(ReportingCadence.QuarterlyAtEnd, null), Ct)).Succeeded);

        var five = await Ledger.RemindAsync(planId, "T1", 5, "人社局", null, Ct);
        var four = await Ledger.RemindAsync(planId, "T1", 4, "人社局", null, Ct);

        Assert.Equal("field period: expected a period from 1 to 4 of the plan's year (2022 Q1 to 2022 Q4), found 5", five.Error?.ToWords().En);
        Assert.True(four.Succeeded);
    }
}

public sealed class SqliteReminderTests : ReminderTests<SqliteTestDatabase>;

public sealed class PostgresReminderTests : ReminderTests<PostgresTestDatabase>;
