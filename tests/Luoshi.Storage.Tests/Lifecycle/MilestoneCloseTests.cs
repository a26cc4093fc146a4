using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Lifecycle;

/// <summary>A task without a number walked through milestones, a late milestone, a 督办单 and its answer, 办结申请,
/// 复核 returned then passed, 销号: each refusal on the way with its words, and the status on each day by hand.</summary>
public abstract class MilestoneCloseTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private async Task SignedAsync()
    {
        await PlanAsync();
        On("2022-03-01");
        Ok(await Life.AssignAsync(PlanId, "T2", Office, Ct));
        On("2022-03-02");
        Ok(await Life.SignAsync(PlanId, "T2", EducationUnit, Ct));
    }

    [Fact]
    public async Task ProposeMilestones_BadLines_RefusedAtLine()
    {
        await SignedAsync();
        Refused(await Life.ProposeMilestonesAsync(PlanId, "T2", EducationUnit, [], Ct), "节点计划至少要有一个节点", ProblemKind.Invalid);
        var late = await Life.ProposeMilestonesAsync(PlanId, "T2", EducationUnit,
            [new("主体完工", D("2022-06-30"), "验收报告"), new("投入使用", D("2023-01-15"), "开园照片")], Ct);
        Refused(late, "节点2的完成日期 2023-01-15 应在 2022-03-01 至完成时限 2022-12-31 之间", ProblemKind.Invalid);
        Assert.Equal(new Place(Line: 2, Field: "milestones"), late.Error!.Place);
        Refused(await Life.ProposeMilestonesAsync(PlanId, "T2", EducationUnit, [new(" ", D("2022-06-30"), "x")], Ct), "请填写节点1的名称", ProblemKind.Invalid);
        Refused(await Life.ProposeMilestonesAsync(PlanId, "T2", Office, [new("主体完工", D("2022-06-30"), "验收报告")], Ct), "只有牵头单位可以提交节点计划", ProblemKind.Forbidden);
        Assert.Equal(0, await CountAsync("milestones"));
    }

    [Fact]
    public async Task Milestones_ReturnedThenApprovedThenLate_BehindAndNotice()
    {
        await SignedAsync();
        On("2022-03-03");
        Ok(await Life.ProposeMilestonesAsync(PlanId, "T2", EducationUnit, [new("主体完工", D("2022-06-30"), "验收报告")], Ct));
        Refused(await Life.DecideMilestonesAsync(PlanId, "T2", Office, approve: false, reason: null, ct: Ct), "请填写退回原因", ProblemKind.Invalid);
        Refused(await Life.DecideMilestonesAsync(PlanId, "T2", EducationUnit, approve: true, ct: Ct), "只有督查室可以审定节点计划", ProblemKind.Forbidden);
        Ok(await Life.DecideMilestonesAsync(PlanId, "T2", Office, approve: false, reason: "节点过粗", ct: Ct));
        Refused(await Life.CompleteMilestoneAsync(PlanId, "T2", EducationUnit, 1, "报告", Ct), "节点1尚未审定，不能报告完成", ProblemKind.Conflict);
        On("2022-03-04");
        Ok(await Life.ProposeMilestonesAsync(PlanId, "T2", EducationUnit,
            [new("主体完工", D("2022-06-30"), "验收报告"), new("投入使用", D("2022-09-30"), "开园照片")], Ct));
        On("2022-03-07");
        Ok(await Life.DecideMilestonesAsync(PlanId, "T2", Office, approve: true, ct: Ct));
        Refused(await Life.DecideMilestonesAsync(PlanId, "T2", Office, approve: true, ct: Ct), "没有待审定的节点计划", ProblemKind.Conflict);

        var milestones = (await TaskAsync("T2", "2022-03-07")).Lifecycle!.Milestones;
        Assert.Equal([(1, "主体完工", MilestoneState.Approved), (2, "投入使用", MilestoneState.Approved)], milestones.Select(m => (m.Number, m.Title, m.State)));

        // On 20 July the first milestone (due 30 June) is 20 days late, and January's report (due 28 Jan) 173 days: the
        // notice is red (from 30 days) and says 未报送, the first rule that applies.
        On("2022-07-20");
        Refused(await Life.IssueNoticeAsync(PlanId, "T2", EducationUnit, null, Ct), "只有督查室可以下发督办单", ProblemKind.Forbidden);
        Ok(await Life.IssueNoticeAsync(PlanId, "T2", Office, "李局长", Ct));
        var notice = Assert.Single((await TaskAsync("T2", "2022-07-20")).Lifecycle!.Notices);
        // Wed 20 Jul + 5 working days is Wed 27 Jul.
        Assert.Equal(("督办〔2022〕1号", NoticeSeverity.Red, D("2022-07-27"), "测试市教育局", "李局长"),
            (notice.Number, notice.Severity, notice.RespondBy, notice.Unit, notice.UnitLeader));
        Assert.StartsWith("未报送", notice.Reason, StringComparison.Ordinal);

        On("2022-07-22");
        Refused(await Life.AnswerNoticeAsync(PlanId, "T2", EducationUnit, "督办〔2022〕9号", "已整改", Ct), "该任务没有督办单 督办〔2022〕9号", ProblemKind.NotFound);
        Refused(await Life.AnswerNoticeAsync(PlanId, "T2", EducationUnit, notice.Number, " ", Ct), "请填写督办回复内容", ProblemKind.Invalid);
        Ok(await Life.AnswerNoticeAsync(PlanId, "T2", EducationUnit, notice.Number, "已加派施工力量", Ct));
        Refused(await Life.AnswerNoticeAsync(PlanId, "T2", EducationUnit, notice.Number, "再次", Ct), "督办单 督办〔2022〕1号 已于 2022-07-22 回复", ProblemKind.Conflict);

        On("2022-07-25");
        Ok(await Life.CompleteMilestoneAsync(PlanId, "T2", EducationUnit, 1, "竣工验收报告.pdf", Ct));
        Refused(await Life.CompleteMilestoneAsync(PlanId, "T2", EducationUnit, 1, "再次", Ct), "节点1已于 2022-07-25 报告完成", ProblemKind.Conflict);
        Refused(await Life.CompleteMilestoneAsync(PlanId, "T2", EducationUnit, 3, "x", Ct), "没有节点3", ProblemKind.NotFound);
    }

    [Fact]
    public async Task Close_RequestedReturnedRequestedApproved_ClosedFinal()
    {
        await SignedAsync();
        On("2022-11-01");
        Refused(await Life.ReviewCloseAsync(PlanId, "T2", Office, approve: true, ct: Ct), "任务当前为“办理中”，不能复核销号", ProblemKind.Conflict);
        Refused(await Life.RequestCloseAsync(PlanId, "T2", EducationUnit, "", Ct), "请填写办结情况说明", ProblemKind.Invalid);
        Ok(await Life.RequestCloseAsync(PlanId, "T2", EducationUnit, "幼儿园已开园", Ct));
        Assert.Equal(TaskStatusKind.Done, (await TaskAsync("T2", "2022-11-01")).Status.Kind);
        Refused(await Life.ReviewCloseAsync(PlanId, "T2", Office, approve: false, ct: Ct), "请填写退回原因", ProblemKind.Invalid);
        Refused(await Life.ReviewCloseAsync(PlanId, "T2", EducationUnit, approve: true, ct: Ct), "只有督查室可以复核销号", ProblemKind.Forbidden);
        Ok(await Life.ReviewCloseAsync(PlanId, "T2", Office, approve: false, reason: "缺少验收材料", ct: Ct));
        Assert.Equal(TaskStage.UnderWay, (await TaskAsync("T2", "2022-11-01")).Stage);
        On("2022-11-03");
        Ok(await Life.RequestCloseAsync(PlanId, "T2", EducationUnit, "补充验收材料", Ct));
        On("2022-11-08");
        Ok(await Ledger.ForActor("督查室张").Lifecycle.ReviewCloseAsync(PlanId, "T2", Office, approve: true, ct: Ct));

        var t2 = await TaskAsync("T2", "2022-11-08");
        Assert.Equal((TaskStatusKind.Closed, "2022-11-08 复核销号（督查室张）"), (t2.Status.Kind, t2.Status.Detail.Zh));
        Assert.Equal(TaskStatusKind.Done, (await TaskAsync("T2", "2022-11-07")).Status.Kind);
        Refused(await Life.RequestExtensionAsync(PlanId, "T2", EducationUnit, D("2023-03-31"), "x", Ct), "任务当前为“已销号”，不能申请延期", ProblemKind.Conflict);
        Refused(await Life.IssueNoticeAsync(PlanId, "T2", Office, null, Ct), "任务当前为“已销号”，不能下发督办单", ProblemKind.Conflict);
        var actions = (await Ledger.HistoryAsync("task", $"{PlanId}/T2", Ct)).Select(a => a.Action).Where(a => a.StartsWith("lifecycle.", StringComparison.Ordinal)).Reverse();
        Assert.Equal(["lifecycle.assign", "lifecycle.sign", "lifecycle.request-close", "lifecycle.return-close", "lifecycle.request-close", "lifecycle.approve-close"], actions);
    }

    [Fact]
    public async Task Extension_RequestedGrantedAndRefused_OriginalDeadlineKept()
    {
        await SignedAsync();
        await SignT1Async();
        On("2022-10-20");
        Refused(await Life.RequestExtensionAsync(PlanId, "T2", EducationUnit, D("2022-12-31"), "资金未到位", Ct), "申请延期至 2022-12-31，应晚于现完成时限 2022-12-31", ProblemKind.Invalid);
        Refused(await Life.RequestExtensionAsync(PlanId, "T2", EducationUnit, D("2023-03-31"), " ", Ct), "请填写延期理由", ProblemKind.Invalid);
        Refused(await Life.DecideExtensionAsync(PlanId, "T2", Office, grant: true, ct: Ct), "没有待审批的延期申请", ProblemKind.Conflict);
        Ok(await Life.RequestExtensionAsync(PlanId, "T2", EducationUnit, D("2023-03-31"), "资金未到位", Ct));
        Refused(await Life.RequestExtensionAsync(PlanId, "T2", EducationUnit, D("2023-06-30"), "再次", Ct), "2022-10-20 的延期申请尚未审批，不能重复申请", ProblemKind.Conflict);
        On("2022-11-01");
        Refused(await Life.DecideExtensionAsync(PlanId, "T2", EducationUnit, grant: true, ct: Ct), "只有督查室可以同意延期", ProblemKind.Forbidden);
        Ok(await Life.DecideExtensionAsync(PlanId, "T2", Office, grant: true, ct: Ct));

        var t2 = await TaskAsync("T2", "2022-11-01");
        Assert.Equal((TaskStatusKind.Extended, "原完成时限 2022-12-31，经批准延期至 2023-03-31"), (t2.Status.Kind, t2.Status.Detail.Zh));
        Assert.Equal((D("2022-12-31"), D("2023-03-31"), D("2023-03-31")), (t2.Lifecycle!.OriginalDeadline, t2.DeadlineOn(D("2022-11-01")), t2.Task.Deadline));
        Assert.Equal(D("2022-12-31"), t2.DeadlineOn(D("2022-10-31")));

        Ok(await Life.RequestExtensionAsync(PlanId, "T1", LifecycleActor.OfUnit(Hr), D("2023-02-28"), "统计口径调整", Ct));
        Refused(await Life.DecideExtensionAsync(PlanId, "T1", Office, grant: false, ct: Ct), "请填写退回原因", ProblemKind.Invalid);
        Ok(await Life.DecideExtensionAsync(PlanId, "T1", Office, grant: false, note: "理由不充分", ct: Ct));
        var t1 = await TaskAsync("T1", "2022-11-01");
        Assert.Equal((ExtensionState.Refused, "理由不充分", D("2022-12-31")), (t1.Lifecycle!.Extensions[0].State, t1.Lifecycle.Extensions[0].DecisionNote, t1.Task.Deadline));
    }

    [Fact]
    public async Task IssueNotice_TaskDone_Refused()
    {
        await SignedAsync();
        // A close request waiting for review makes the task 已完成: nothing to supervise.
        On("2022-11-01");
        Ok(await Life.RequestCloseAsync(PlanId, "T2", EducationUnit, "幼儿园已开园", Ct));
        Refused(await Life.IssueNoticeAsync(PlanId, "T2", Office, null, Ct), "任务当前为“已完成”，不是逾期或滞后任务，不能下发督办单", ProblemKind.Conflict);
        Assert.Equal(0, await CountAsync("supervision_notices"));
    }

    private async Task SignT1Async()
    {
        On("2022-03-01");
        Ok(await Life.AssignAsync(PlanId, "T1", Office, Ct));
        Ok(await Life.SignAsync(PlanId, "T1", LifecycleActor.OfUnit(Hr), Ct));
    }
}

public sealed class SqliteMilestoneCloseTests : MilestoneCloseTests<SqliteTestDatabase>;

public sealed class PostgresMilestoneCloseTests : MilestoneCloseTests<PostgresTestDatabase>;
