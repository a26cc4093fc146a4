using Luoshi.Domain.Access;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Tests.Lifecycle;

/// <summary>Who may take which step in which stage; every refusal says why, in both languages.</summary>
public sealed class LifecycleRulesTests
{
    [Theory]
    [InlineData(TaskRole.Office, LifecycleStep.Assign, TaskStage.Unassigned, TaskStage.Assigned)]
    [InlineData(TaskRole.LeadUnit, LifecycleStep.Sign, TaskStage.Assigned, TaskStage.UnderWay)]
    [InlineData(TaskRole.LeadUnit, LifecycleStep.ProposeMilestones, TaskStage.UnderWay, TaskStage.UnderWay)]
    [InlineData(TaskRole.Office, LifecycleStep.ApproveMilestones, TaskStage.UnderWay, TaskStage.UnderWay)]
    [InlineData(TaskRole.LeadUnit, LifecycleStep.RequestClose, TaskStage.UnderWay, TaskStage.CloseRequested)]
    [InlineData(TaskRole.Office, LifecycleStep.ReturnClose, TaskStage.CloseRequested, TaskStage.UnderWay)]
    [InlineData(TaskRole.Office, LifecycleStep.ApproveClose, TaskStage.CloseRequested, TaskStage.Closed)]
    [InlineData(TaskRole.Office, LifecycleStep.IssueNotice, TaskStage.Assigned, TaskStage.Assigned)]
    [InlineData(TaskRole.LeadUnit, LifecycleStep.AnswerNotice, TaskStage.UnderWay, TaskStage.UnderWay)]
    public void Refusal_RightRoleRightStage_AllowedAndLeads(TaskRole role, LifecycleStep step, TaskStage stage, TaskStage next)
    {
        Assert.Null(LifecycleRules.Refusal(role, step, stage));
        Assert.Equal(next, LifecycleRules.After(step, stage));
    }

    [Theory]
    [InlineData(TaskRole.LeadUnit, LifecycleStep.ApproveClose, "只有督查室可以复核销号")]
    [InlineData(TaskRole.Office, LifecycleStep.Sign, "只有牵头单位可以签收")]
    [InlineData(TaskRole.SupportingUnit, LifecycleStep.RequestExtension, "配合单位不能申请延期，请由牵头单位办理")]
    [InlineData(TaskRole.Leader, LifecycleStep.IssueNotice, "领导账号只能查看，不能办理")]
    [InlineData(TaskRole.Outsider, LifecycleStep.Sign, "该任务不由本单位牵头，不能办理")]
    public void Refusal_WrongRole_Forbidden(TaskRole role, LifecycleStep step, string zh)
    {
        var problem = LifecycleRules.Refusal(role, step, LifecycleRules.StagesFor(step)[0])!;
        Assert.Equal((ProblemKind.Forbidden, zh), (problem.Kind, problem.Message.Zh));
    }

    [Theory]
    [InlineData(LifecycleStep.Sign, TaskStage.UnderWay, "任务当前为“办理中”，不能签收")]
    [InlineData(LifecycleStep.RequestClose, TaskStage.Assigned, "任务当前为“已交办待签收”，不能申请办结")]
    [InlineData(LifecycleStep.RequestExtension, TaskStage.Closed, "任务当前为“已销号”，不能申请延期")]
    [InlineData(LifecycleStep.AnswerNotice, TaskStage.Closed, "任务当前为“已销号”，不能回复督办单")]
    public void Refusal_WrongStage_Conflict(LifecycleStep step, TaskStage stage, string zh)
    {
        var problem = LifecycleRules.Refusal(LifecycleRules.Actor(step), step, stage)!;
        Assert.Equal((ProblemKind.Conflict, zh), (problem.Kind, problem.Message.Zh));
    }

    [Theory]
    [InlineData(AccountRole.Office, null, TaskRole.Office)]
    [InlineData(AccountRole.Administrator, null, TaskRole.Office)]
    [InlineData(AccountRole.Leader, null, TaskRole.Leader)]
    [InlineData(AccountRole.UnitReporter, "教育局", TaskRole.LeadUnit)]
    [InlineData(AccountRole.UnitReporter, "财政局", TaskRole.SupportingUnit)]
    [InlineData(AccountRole.UnitReporter, "公安局", TaskRole.Outsider)]
    [InlineData(AccountRole.DataFeed, null, TaskRole.Outsider)]
    public void TaskRoles_Account_IsWhatItIsToTheTask(AccountRole role, string? unit, TaskRole expected) =>
        Assert.Equal(expected, TaskRoles.Of(role, unit, "教育局", ["财政局"]));

    [Fact]
    public void ItemNumbers_Format_YearWordSequence()
    {
        Assert.Equal("2022-批示-015", ItemNumbers.Format(2022, ItemSource.Instruction, 15));
        Assert.Equal("2022-提案-003", ItemNumbers.Format(2022, ItemSource.CppccProposal, 3));
        Assert.Equal(ItemSource.CppccProposal, ItemNumbers.Parse("政协提案"));
        Assert.Equal(ItemSource.MeetingDecision, ItemNumbers.Parse("会议"));
        Assert.Null(ItemNumbers.Parse("信访"));
    }

    [Theory]
    [InlineData(5, false, NoticeSeverity.Blue)]
    [InlineData(5, true, NoticeSeverity.Yellow)]
    [InlineData(10, false, NoticeSeverity.Yellow)]
    [InlineData(29, false, NoticeSeverity.Yellow)]
    [InlineData(30, false, NoticeSeverity.Red)]
    public void NoticeThresholds_DaysBehind_Colour(int days, bool atRisk, NoticeSeverity expected) =>
        Assert.Equal(expected, NoticeThresholds.Default.Of(days, atRisk));
}
