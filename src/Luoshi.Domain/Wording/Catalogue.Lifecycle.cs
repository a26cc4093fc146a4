using Luoshi.Domain.Lifecycle;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The words of the task lifecycle (交办 → 签收 → 节点 → 办结 → 复核 → 销号, 延期, 督办) and of task statuses.</summary>
    public static partial class Lifecycle
    {
        /// <summary>已销号, 已完成, 超进度, 达进度, 已延期, 欠进度, 未报送, 未签收.</summary>
        public static Words StatusName(TaskStatusKind kind) => kind switch
        {
            TaskStatusKind.Closed => new("已销号", "closed"),
            TaskStatusKind.Done => new("已完成", "done"),
            TaskStatusKind.Ahead => new("超进度", "ahead of schedule"),
            TaskStatusKind.OnSchedule => new("达进度", "on schedule"),
            TaskStatusKind.Extended => new("已延期", "extended"),
            TaskStatusKind.Behind => new("欠进度", "behind schedule"),
            TaskStatusKind.NotReported => new("未报送", "not reported"),
            TaskStatusKind.NotSigned => new("未签收", "not signed for"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        /// <summary>The words of a stage (待交办, 待签收, 办理中, 待复核, 已销号).</summary>
        public static Words StageName(TaskStage stage) => stage switch
        {
            TaskStage.Unassigned => new("未交办", "not assigned"),
            TaskStage.Assigned => new("已交办待签收", "assigned, not signed for"),
            TaskStage.UnderWay => new("办理中", "under way"),
            TaskStage.CloseRequested => new("办结待复核", "close requested, awaiting review"),
            TaskStage.Closed => new("已销号", "closed"),
            _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
        };

        /// <summary>The words of a step (交办, 签收, 提交节点计划…).</summary>
        public static Words StepName(LifecycleStep step) => step switch
        {
            LifecycleStep.Assign => new("交办", "assign"),
            LifecycleStep.Sign => new("签收", "sign for"),
            LifecycleStep.ProposeMilestones => new("提交节点计划", "propose milestones"),
            LifecycleStep.ApproveMilestones => new("审定节点计划", "approve milestones"),
            LifecycleStep.ReturnMilestones => new("退回节点计划", "return milestones"),
            LifecycleStep.CompleteMilestone => new("报告节点完成", "report a milestone done"),
            LifecycleStep.RequestClose => new("申请办结", "request closing"),
            LifecycleStep.ApproveClose => new("复核销号", "review and close"),
            LifecycleStep.ReturnClose => new("复核退回", "return the close request"),
            LifecycleStep.RequestExtension => new("申请延期", "request an extension"),
            LifecycleStep.GrantExtension => new("同意延期", "grant the extension"),
            LifecycleStep.RefuseExtension => new("不同意延期", "refuse the extension"),
            LifecycleStep.IssueNotice => new("下发督办单", "issue a supervision notice"),
            LifecycleStep.AnswerNotice => new("回复督办单", "answer the supervision notice"),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
        };

        /// <summary>蓝色 / 黄色 / 红色.</summary>
        public static Words SeverityName(NoticeSeverity severity) => severity switch
        {
            NoticeSeverity.Blue => new("蓝色", "blue"),
            NoticeSeverity.Yellow => new("黄色", "yellow"),
            _ => new("红色", "red"),
        };

        /// <summary>A task that is not the caller's unit's.</summary>
        public static Words NotYourTask { get; } = new("该任务不由本单位牵头，不能办理", "this task is not led by your unit");

        /// <summary>A leader tried to change something.</summary>
        public static Words LeaderReadsOnly { get; } = new("领导账号只能查看，不能办理", "a leader's account reads only");

        /// <summary>A supporting unit tried a lead unit's or the office's step.</summary>
        public static Words SupportingReadsOnly(LifecycleStep step) => new(
            $"配合单位不能{StepName(step).Zh}，请由牵头单位办理", $"a supporting unit cannot {StepName(step).En}; the lead unit does");

        /// <summary>Only the office (or only the lead unit) takes this step.</summary>
        public static Words OnlyRole(TaskRole actor, LifecycleStep step) => actor == TaskRole.Office
            ? new($"只有督查室可以{StepName(step).Zh}", $"only the supervision office may {StepName(step).En}")
            : new($"只有牵头单位可以{StepName(step).Zh}", $"only the lead unit may {StepName(step).En}");

        /// <summary>The step is not allowed in the task's stage.</summary>
        public static Words WrongStage(LifecycleStep step, TaskStage stage) => new(
            $"任务当前为“{StageName(stage).Zh}”，不能{StepName(step).Zh}",
            $"the task is {StageName(stage).En}; it cannot {StepName(step).En} now");

        /// <summary>销号 on a day, by someone.</summary>
        public static Words ClosedOn(DateOnly day, string? by) => new(
            $"{Day(day)} 复核销号{(by is null ? "" : $"（{by}）")}", $"closed on {Day(day)}{(by is null ? "" : $" by {by}")}");

        /// <summary>Waiting for 签收, maybe past the limit.</summary>
        public static Words AwaitingSignature(DateOnly due, int daysLate) => daysLate > 0
            ? new($"逾期未签收，签收时限 {Day(due)}，已逾期 {daysLate} 天", $"not signed for; the limit {Day(due)} passed {daysLate} days ago")
            : new($"待签收，签收时限 {Day(due)}", $"waiting to be signed for by {Day(due)}");

        /// <summary>A close request waiting for the office.</summary>
        public static Words CloseAwaitsReview(DateOnly on) => new($"{Day(on)} 申请办结，待复核", $"close requested on {Day(on)}, awaiting review");

        /// <summary>Every target achieved and every milestone done.</summary>
        public static Words AllDone { get; } = new("目标全部完成，节点全部完成", "every target achieved and every milestone done");

        /// <summary>A granted extension: the original deadline beside the new one.</summary>
        public static Words ExtendedTo(DateOnly original, DateOnly extended) => new(
            $"原完成时限 {Day(original)}，经批准延期至 {Day(extended)}",
            $"deadline {Day(original)} extended to {Day(extended)}");

        /// <summary>A milestone past due and not done.</summary>
        public static Words MilestoneLate(Milestone milestone, int days) => new(
            $"节点{milestone.Number}“{milestone.Title}”应于 {Day(milestone.Due)} 完成，已逾期 {days} 天",
            $"milestone {milestone.Number} \"{milestone.Title}\" was due {Day(milestone.Due)}, {days} days late");

        /// <summary>The deadline passed with the task not done.</summary>
        public static Words PastDeadline(DateOnly deadline, int days) => new(
            $"已超过完成时限 {Day(deadline)} {days} 天", $"{days} days past the deadline {Day(deadline)}");

        /// <summary>Something done ahead of its schedule.</summary>
        public static Words AheadOf(int earlyMilestones, int metTargets) => new(
            $"{(earlyMilestones > 0 ? $"{earlyMilestones} 个节点提前完成" : "")}{(earlyMilestones > 0 && metTargets > 0 ? "，" : "")}{(metTargets > 0 ? $"{metTargets} 个目标已提前完成" : "")}",
            $"{(earlyMilestones > 0 ? $"{earlyMilestones} milestone(s) done early" : "")}{(earlyMilestones > 0 && metTargets > 0 ? ", " : "")}{(metTargets > 0 ? $"{metTargets} target(s) already met" : "")}");

        /// <summary>Nothing behind.</summary>
        public static Words OnSchedule(int doneMilestones, int milestones, int targets) => (milestones, targets) switch
        {
            (0, 0) => new("按期报送进展，暂无节点计划和量化目标", "progress reported on time; no milestones or targets yet"),
            (0, _) => new("目标均达到应达进度", "every target on track"),
            (_, 0) => new($"节点完成 {doneMilestones}/{milestones}，无逾期节点", $"milestones done {doneMilestones}/{milestones}, none overdue"),
            _ => new($"节点完成 {doneMilestones}/{milestones}，无逾期节点，目标均达到应达进度", $"milestones done {doneMilestones}/{milestones}, none overdue; targets on track"),
        };
    }
}
