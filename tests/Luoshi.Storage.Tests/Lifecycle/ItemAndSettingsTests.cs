using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Lifecycle;

/// <summary>Items from other sources (批示件, 政协提案…) in the same lifecycle, and the office's settings and holiday files.</summary>
public abstract class ItemAndSettingsTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static NewItem Proposal(string title) =>
        new(ItemSource.CppccProposal, 2022, title, "政协提案第12号", "王副市长", "教育局", D("2022-10-31"));

    [Fact]
    public async Task CreateItem_NumberedPerYearAndSource_AssignedToday()
    {
        await PlanAsync();
        On("2022-09-29");
        Assert.False((await Life.CreateItemAsync(EducationUnit, Proposal("关于增加学位的提案"), Ct)).Succeeded);
        var first = await Life.CreateItemAsync(Office, Proposal("关于增加学位的提案"), Ct);
        var second = await Life.CreateItemAsync(Office, Proposal("关于校车安全的提案"), Ct);
        var instruction = await Life.CreateItemAsync(Office, new NewItem(ItemSource.Instruction, 2022, "做好防汛", "批示件", "市长", "人社局", D("2022-10-15")), Ct);

        Assert.Equal(("2022-提案-001", "2022-提案-002", "2022-批示-001"), (first.Value, second.Value, instruction.Value));
        var item = (await Life.ListItemsAsync(ItemSource.CppccProposal, Ct))[0];
        Assert.Equal((TaskStage.Assigned, D("2022-10-09"), Education), (item.Stage, item.SignDue, item.LeadUnit));
        Assert.Equal(2, (await Life.ListItemsAsync(ItemSource.CppccProposal, Ct)).Count);
        Assert.Equal(3, (await Life.ListItemsAsync(ct: Ct)).Count);
        Assert.Equal("item.create", (await Ledger.AuditAsync(1, "supervision-item", Ct))[0].Action);
    }

    [Fact]
    public async Task CreateItem_BadFields_RefusedNamingField()
    {
        await PlanAsync();
        On("2022-09-29");
        var noUnit = await Life.CreateItemAsync(Office, Proposal("x") with { LeadUnit = "不存在局" }, Ct);
        var past = await Life.CreateItemAsync(Office, Proposal("x") with { Due = D("2022-09-01") }, Ct);
        var untitled = await Life.CreateItemAsync(Office, Proposal(" "), Ct);

        Assert.Equal(("没有名为“不存在局”的单位（名称或简称）", "lead-unit"), (noUnit.Error!.Message.Zh, noUnit.Error.Place!.Field));
        Assert.Equal("办理时限 2022-09-01 早于今天 2022-09-29", past.Error!.Message.Zh);
        Assert.Equal("请填写事项名称", untitled.Error!.Message.Zh);
        Assert.Equal(0, await CountAsync("supervision_items"));
    }

    [Fact]
    public async Task Proposal_SignReplyRate_ClosedWithSatisfaction()
    {
        await PlanAsync();
        On("2022-09-29");
        var number = (await Life.CreateItemAsync(Office, Proposal("关于增加学位的提案"), Ct)).Value!;
        On("2022-10-10");
        Refused(await Life.StepItemAsync(number, LifecycleActor.OfUnit(Hr), LifecycleStep.Sign, ct: Ct), "该任务不由本单位牵头，不能办理", ProblemKind.Forbidden);
        Ok(await Life.StepItemAsync(number, EducationUnit, LifecycleStep.Sign, ct: Ct));
        Assert.Equal(TaskStatusKind.OnSchedule, (await Life.ListItemsAsync(ct: Ct))[0].StatusOn(D("2022-10-10")).Kind);
        Refused(await Life.StepItemAsync(number, EducationUnit, LifecycleStep.RequestClose, " ", ct: Ct), "请填写给代表委员的答复内容", ProblemKind.Invalid);
        Refused(await Life.StepItemAsync(number, EducationUnit, LifecycleStep.RequestExtension, ct: Ct), "督办事项不能申请延期", ProblemKind.Invalid);
        Ok(await Life.StepItemAsync(number, EducationUnit, LifecycleStep.RequestClose, "已新增学位800个", ct: Ct));
        On("2022-10-20");
        Refused(await Life.StepItemAsync(number, Office, LifecycleStep.ApproveClose, ct: Ct), "请填写代表委员的满意度（满意、基本满意、不满意）", ProblemKind.Invalid);
        Ok(await Life.StepItemAsync(number, Office, LifecycleStep.ApproveClose, satisfaction: Satisfaction.Basically, ct: Ct));

        var item = (await Life.ListItemsAsync(ct: Ct))[0];
        Assert.Equal((TaskStage.Closed, "已新增学位800个", Satisfaction.Basically, D("2022-10-20")), (item.Stage, item.Reply, item.Satisfaction, item.ClosedOn));
        Assert.Equal(TaskStatusKind.Closed, item.StatusOn(D("2022-10-20")).Kind);
        Assert.Equal(TaskStatusKind.Done, item.StatusOn(D("2022-10-19")).Kind);
    }

    [Fact]
    public async Task Limits_SetByOffice_UsedForSignDue()
    {
        await PlanAsync();
        Refused(await Life.SetLimitsAsync(EducationUnit, new LifecycleLimits(5, 5, NoticeThresholds.Default), Ct), "只有督查室可以办理", ProblemKind.Forbidden);
        Refused(await Life.SetLimitsAsync(Office, new LifecycleLimits(0, 5, NoticeThresholds.Default), Ct), "sign-days 应为 1 至 30 的整数，实际为 0", ProblemKind.Invalid);
        Refused(await Life.SetLimitsAsync(Office, new LifecycleLimits(5, 5, new NoticeThresholds(20, 20)), Ct), "红色督办的天数应大于黄色督办的天数", ProblemKind.Invalid);
        Ok(await Life.SetLimitsAsync(Office, new LifecycleLimits(5, 3, new NoticeThresholds(7, 21)), Ct));
        Assert.Equal(new LifecycleLimits(5, 3, new NoticeThresholds(7, 21)), await Life.LimitsAsync(Ct));

        On("2022-09-29");
        Ok(await Life.AssignAsync(PlanId, "T2", Office, Ct));
        // Thu 29 Sep + 5 working days: 30 Sep, 8, 9, 10, 11 Oct.
        Assert.Equal(D("2022-10-11"), (await TaskAsync("T2", "2022-10-01")).Lifecycle!.SignDue);
    }

    [Fact]
    public async Task ImportPlan_ReplacementDroppingSupervisedTask_Refused()
    {
        await PlanAsync();
        Ok(await Life.AssignAsync(PlanId, "T2", Office, Ct));
        var result = await Ledger.ImportPlanAsync(SamplePlans.Create(SamplePlans.Text + "\n改", withT2: false), replace: true, Ct);
        Assert.Equal(PlanImportOutcome.Refused, result.Outcome);
        Assert.Contains("task T2", result.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteItemAndSettingsTests : ItemAndSettingsTests<SqliteTestDatabase>;

public sealed class PostgresItemAndSettingsTests : ItemAndSettingsTests<PostgresTestDatabase>;
