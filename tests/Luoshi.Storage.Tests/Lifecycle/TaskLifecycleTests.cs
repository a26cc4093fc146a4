using Luoshi.Domain.Access;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Lifecycle;

/// <summary>Every lifecycle step of a task on a real database: allowed for its actor in its stage, refused otherwise
/// (wrong role, wrong stage, another unit) with nothing changed, and in the audit trail. Days worked by hand.</summary>
public abstract class TaskLifecycleTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Fact]
    public async Task Assign_BeforeNationalDay_SignDueAfterHolidayAudited()
    {
        await PlanAsync();
        On("2022-09-29");

        Ok(await Ledger.ForActor("督查室张").Lifecycle.AssignAsync(PlanId, "T2", Office, Ct));

        // Thu 29 Sep + 3 working days: Fri 30 Sep, Sat 8 Oct (调休), Sun 9 Oct.
        var life = (await TaskAsync("T2", "2022-10-09")).Lifecycle!;
        Assert.Equal((TaskStage.Assigned, D("2022-09-29"), D("2022-10-09"), D("2022-12-31")), (life.Stage, life.AssignedOn, life.SignDue, life.OriginalDeadline));
        var audit = (await Ledger.HistoryAsync("task", $"{PlanId}/T2", Ct))[0];
        Assert.Equal(("lifecycle.assign", "督查室张", (string?)null), (audit.Action, audit.Actor, audit.Before));
        Assert.Contains("\"SignDue\":\"2022-10-09\"", audit.After, StringComparison.Ordinal);
        Assert.Equal(TaskStatusKind.NotSigned, (await TaskAsync("T2", "2022-10-09")).Status.Kind);
        Assert.Equal(1, (await TaskAsync("T2", "2022-10-10")).Status.DaysBehind);
    }

    [Fact]
    public async Task Sign_WrongRoleOtherUnitOrTwice_RefusedNothingChanged()
    {
        await PlanAsync();
        On("2022-09-29");
        Refused(await Life.SignAsync(PlanId, "T2", EducationUnit, Ct), "任务当前为“未交办”，不能签收", ProblemKind.Conflict);
        Refused(await Life.AssignAsync(PlanId, "T2", EducationUnit, Ct), "只有督查室可以交办", ProblemKind.Forbidden);
        Ok(await Life.AssignAsync(PlanId, "T2", Office, Ct));
        On("2022-10-10");
        var audited = (await Ledger.AuditAsync(100, "task", Ct)).Count;

        Refused(await Life.SignAsync(PlanId, "T2", LifecycleActor.OfUnit(Hr), Ct), "该任务不由本单位牵头，不能办理", ProblemKind.Forbidden);
        Refused(await Life.SignAsync(PlanId, "T2", LifecycleActor.OfUnit("测试市财政局"), Ct), "配合单位不能签收，请由牵头单位办理", ProblemKind.Forbidden);
        Refused(await Life.SignAsync(PlanId, "T2", new LifecycleActor(AccountRole.Leader), Ct), "领导账号只能查看，不能办理", ProblemKind.Forbidden);
        Refused(await Life.SignAsync(PlanId, "T2", Office, Ct), "只有牵头单位可以签收", ProblemKind.Forbidden);
        Refused(await Life.SignAsync(PlanId, "T9", EducationUnit, Ct), "方案中没有任务 T9", ProblemKind.NotFound);
        Assert.Equal(audited, (await Ledger.AuditAsync(100, "task", Ct)).Count);
        Assert.Equal(TaskStage.Assigned, (await TaskAsync("T2", "2022-10-10")).Stage);

        Ok(await Life.SignAsync(PlanId, "T2", EducationUnit, Ct));
        Refused(await Life.SignAsync(PlanId, "T2", EducationUnit, Ct), "任务当前为“办理中”，不能签收", ProblemKind.Conflict);
        var life = (await TaskAsync("T2", "2022-10-10")).Lifecycle!;
        Assert.True(life.SignedLate(D("2022-10-10")));
        Assert.Equal(("lifecycle.sign", 1), ((await Ledger.HistoryAsync("task", $"{PlanId}/T2", Ct))[0].Action, (await Ledger.HistoryAsync("task", $"{PlanId}/T2", Ct)).Count(a => a.Action == "lifecycle.sign")));
    }

    [Fact]
    public async Task Assign_TaskWithoutLeadUnit_Refused()
    {
        Assert.True((await Ledger.ImportUnitsAsync(WriteFile("units.csv", UnitsCsv), null, Ct)).Succeeded);
        var plan = SamplePlans.Create();
        plan.Tasks[1].LeadUnit = null;
        var planId = (await Ledger.ImportPlanAsync(plan, replace: false, Ct)).PlanId;

        Refused(await Life.AssignAsync(planId, "T2", Office, Ct), "任务 T2 还没有牵头单位，请先确定牵头单位再交办", ProblemKind.Invalid);
        Assert.Equal(0, await CountAsync("task_lifecycles"));
    }
}

public sealed class SqliteTaskLifecycleTests : TaskLifecycleTests<SqliteTestDatabase>;

public sealed class PostgresTaskLifecycleTests : TaskLifecycleTests<PostgresTestDatabase>;
