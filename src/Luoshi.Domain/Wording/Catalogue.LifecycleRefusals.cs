namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    public static partial class Lifecycle
    {
        /// <summary>No task with that code in the plan.</summary>
        public static Words NoSuchTask(string code) => new($"方案中没有任务 {code}", $"the plan has no task {code}");

        /// <summary>A task without a lead unit cannot be assigned.</summary>
        public static Words NoLeadUnit(string code) => new($"任务 {code} 还没有牵头单位，请先确定牵头单位再交办", $"task {code} has no lead unit yet; set one before assigning");

        /// <summary>A text the step needs is empty.</summary>
        public static Words Needed(Words what) => new($"请填写{what.Zh}", $"{what.En} is required");

        /// <summary>退回原因 / reason.</summary>
        public static Words ReturnReason { get; } = new("退回原因", "the reason for returning");

        /// <summary>延期理由 / reason.</summary>
        public static Words ExtensionReason { get; } = new("延期理由", "the reason for the extension");

        /// <summary>办结情况 / summary.</summary>
        public static Words CloseSummary { get; } = new("办结情况说明", "a summary of what was done");

        /// <summary>完成佐证 / evidence.</summary>
        public static Words DoneEvidence { get; } = new("完成佐证材料", "the evidence it is done");

        /// <summary>回复内容 / response.</summary>
        public static Words Response { get; } = new("督办回复内容", "the response");

        /// <summary>节点名称 / title.</summary>
        public static Words MilestoneTitle(int number) => new($"节点{number}的名称", $"the title of milestone {number}");

        /// <summary>佐证要求 / evidence required.</summary>
        public static Words MilestoneEvidence(int number) => new($"节点{number}需要的佐证材料", $"the evidence milestone {number} needs");

        /// <summary>A proposal without milestones.</summary>
        public static Words NoMilestones { get; } = new("节点计划至少要有一个节点", "a milestone plan needs at least one milestone");

        /// <summary>A milestone due outside the task's time.</summary>
        public static Words MilestoneDueWrong(int number, DateOnly due, DateOnly from, DateOnly deadline) => new(
            $"节点{number}的完成日期 {Day(due)} 应在 {Day(from)} 至完成时限 {Day(deadline)} 之间",
            $"milestone {number} is due {Day(due)}; expected a day from {Day(from)} to the deadline {Day(deadline)}");

        /// <summary>Nothing proposed to approve or return.</summary>
        public static Words NothingProposed { get; } = new("没有待审定的节点计划", "no proposed milestones wait for a decision");

        /// <summary>No milestone with that number.</summary>
        public static Words NoSuchMilestone(int number) => new($"没有节点{number}", $"there is no milestone {number}");

        /// <summary>A milestone not yet approved cannot be done.</summary>
        public static Words MilestoneNotApproved(int number) => new($"节点{number}尚未审定，不能报告完成", $"milestone {number} is not approved; it cannot be reported done");

        /// <summary>A milestone already done.</summary>
        public static Words MilestoneAlreadyDone(int number, DateOnly on) => new($"节点{number}已于 {Day(on)} 报告完成", $"milestone {number} was reported done on {Day(on)}");

        /// <summary>A second request while one waits.</summary>
        public static Words ExtensionPending(DateOnly on) => new($"{Day(on)} 的延期申请尚未审批，不能重复申请", $"the extension request of {Day(on)} is still waiting for a decision");

        /// <summary>No request to decide.</summary>
        public static Words NoExtensionPending { get; } = new("没有待审批的延期申请", "no extension request waits for a decision");

        /// <summary>A proposed deadline not after the one in force.</summary>
        public static Words ExtensionNotLater(DateOnly proposed, DateOnly current) => new(
            $"申请延期至 {Day(proposed)}，应晚于现完成时限 {Day(current)}", $"the proposed deadline {Day(proposed)} must be after the current deadline {Day(current)}");

        /// <summary>A notice for a task that is not lagging.</summary>
        public static Words NotLagging(Words status) => new(
            $"任务当前为“{status.Zh}”，不是逾期或滞后任务，不能下发督办单", $"the task is {status.En}; a supervision notice is for an overdue or lagging task");

        /// <summary>No such notice on the task.</summary>
        public static Words NoSuchNotice(string number) => new($"该任务没有督办单 {number}", $"the task has no supervision notice {number}");

        /// <summary>A notice already answered.</summary>
        public static Words NoticeAnswered(string number, DateOnly on) => new($"督办单 {number} 已于 {Day(on)} 回复", $"supervision notice {number} was answered on {Day(on)}");

        /// <summary>A notice's number: 督办〔2022〕3号.</summary>
        public static string NoticeNumber(int year, int sequence) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"督办〔{year}〕{sequence}号");

        /// <summary>A setting out of range.</summary>
        public static Words SettingOutOfRange(string name, int from, int to, int found) => new(
            $"{name} 应为 {from} 至 {to} 的整数，实际为 {found}", $"{name} must be a whole number from {from} to {to}, found {found}");

        /// <summary>A step name that is none of the steps.</summary>
        public static Words UnknownStep(string name) => new(
            $"没有名为“{name}”的办理步骤", $"there is no step \"{name}\" (assign, sign, propose-milestones, approve-milestones, return-milestones, complete-milestone, request-close, approve-close, return-close, request-extension, grant-extension, refuse-extension, issue-notice, answer-notice)");

        /// <summary>A setting or record only the office changes.</summary>
        public static Words OnlyOffice { get; } = new("只有督查室可以办理", "only the supervision office may do this");

        /// <summary>Thresholds in the wrong order.</summary>
        public static Words ThresholdOrder { get; } = new("红色督办的天数应大于黄色督办的天数", "the red threshold must be more days than the yellow one");
    }
}
