using Luoshi.Domain.Periods;
using Luoshi.Domain.Progress;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Progress reports (进展报告): their states, their review and the refusals of a save.</summary>
    public static class Reports
    {
        /// <summary>草稿 / draft, 已报送 / submitted, …</summary>
        public static Words State(ReportState state) => state switch
        {
            ReportState.Draft => new("草稿", "draft"),
            ReportState.Submitted => new("已报送", "submitted"),
            ReportState.Returned => new("已退回", "returned"),
            ReportState.Resubmitted => new("重新报送", "resubmitted"),
            ReportState.Approved => new("已审核", "approved"),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
        };

        /// <summary>No report has this id.</summary>
        public static Problem NoReport(int id) => new(
            new($"没有编号为 {id} 的进展报告", $"no progress report with id {id}"), Kind: ProblemKind.NotFound);

        /// <summary>A save based on an outdated version; who changed it last and when (null when unknown).</summary>
        public static Problem Changed(string? who, string? when, int version) => new(new(
            $"冲突：该报告已由{who ?? "他人"}于{when ?? "未知时间"}修改（版本 {version}），请重新载入后再修改",
            $"conflict: the report was changed by {who ?? "someone"} at {when ?? "an unknown time"} (version {version}); reload and apply your changes again"),
            Kind: ProblemKind.Conflict);

        /// <summary>A version was given for a report that does not exist yet.</summary>
        public static Problem NoneYet(string task, ReportingPeriod period) => new(new(
            $"任务 {task} {Periods.Name(period).Zh}尚无报告；新建报告时不要填写版本号",
            $"task {task} has no report for {Periods.Name(period).En} yet; leave out the version to create it"), Place.OfField("version"));

        /// <summary>A second creation of the same report.</summary>
        public static Problem AlreadyThere(string task, ReportingPeriod period, int version) => new(new(
            $"任务 {task} {Periods.Name(period).Zh}已有报告（版本 {version}）；修改时请填写其版本号",
            $"task {task} already has a report for {Periods.Name(period).En} (version {version}); pass its version to change it"), Place.OfField("version"), ProblemKind.Conflict);

        /// <summary>A report past review cannot be edited.</summary>
        public static Problem NotEditable(ReportState state) => new(new(
            $"该报告{State(state).Zh}，只有草稿或已退回的报告可以修改",
            $"the report is {State(state).En}; only a draft or a returned report can be changed"), Kind: ProblemKind.Conflict);

        /// <summary>A reminder's period outside the plan's calendar.</summary>
        public static Words PeriodRange(ReportingCalendar calendar, int found) => new(
            $"应为该工作方案年度的报送期 1 至 {calendar.Periods.Count}（{Periods.Range(calendar).Zh}），实际为 {found}",
            $"expected a period from 1 to {calendar.Periods.Count} of the plan's year ({Periods.Range(calendar).En}), found {found}");

        /// <summary>A period outside the plan's calendar.</summary>
        public static Words PeriodOutside(int period, ReportingCalendar calendar) => new(
            $"报送期 {period} 不是该工作方案的报送期：应为 1 至 {calendar.Periods.Count}（{Periods.Range(calendar).Zh}，{Periods.Frequency(calendar.Cadence.Frequency).Zh}）",
            $"period {period} is not one of the plan's: expected 1 to {calendar.Periods.Count} ({Periods.Range(calendar).En}, {Periods.Frequency(calendar.Cadence.Frequency).En})");

        /// <summary>The unit neither leads nor supports the task.</summary>
        public static Words NotUnitOfTask(string unit, string task) => new(
            $"{unit}既不是任务 {task} 的牵头单位，也不是配合单位", $"{unit} is neither the lead nor a supporting unit of task {task}");

        /// <summary>A target of another task.</summary>
        public static Words TargetNotOfTask(string target, string task, IEnumerable<string> targets)
        {
            var list = targets.ToList();
            return new(
                $"目标 {target} 不属于任务 {task}（该任务的目标：{string.Join("、", list)}）",
                $"target {target} does not belong to task {task} (its targets: {string.Join(", ", list)})");
        }

        /// <summary>A target of another task, as a batch import says it.</summary>
        public static Words TargetNotOfTask(string target, string task) => new(
            $"目标 {target} 不属于任务 {task}", $"target {target} does not belong to task {task}");

        /// <summary>One target given twice in one report.</summary>
        public static Words TargetTwice(string target) => new(
            $"目标 {target} 填写了两次；一份报告中每个目标只填一个数值", $"target {target} is given twice; a report has one value per target");

        /// <summary>A change without the version the caller read.</summary>
        public static Words VersionNeeded { get; } = new("修改报告须提供所读报告的版本号", "the version of the report you read is needed to change it");

        /// <summary>A change that would move the report to another period.</summary>
        public static Words PeriodFixed(ReportingPeriod period) => new(
            $"该报告属于{Periods.Name(period).Zh}；报告不能移到另一期", $"the report is for {Periods.Name(period).En}; a report cannot move to another period");

        /// <summary>A change whose body names another task than the report in the address.</summary>
        public static Words TaskFixed(string task) => new(
            $"该报告属于任务 {task}；报告不能改为另一项任务", $"the report is on task {task}; a report cannot move to another task");

        /// <summary>A return without its reason.</summary>
        public static Words ReturnNeedsReason { get; } = new("退回报告须说明退回原因", "a returned report needs a reason (退回原因)");

        /// <summary>An approved report is final.</summary>
        public static Words ApprovedIsFinal { get; } = new("该报告已审核，不能再更改", "the report is approved and can no longer change");

        /// <summary>A submission from a state that does not allow it.</summary>
        public static Words CannotSubmit(ReportState state) => new(
            $"{State(state).Zh}状态的报告不能报送", $"a report that is {Describe(state)} cannot be submitted");

        /// <summary>A review of a report that is not waiting for one.</summary>
        public static Words OnlySubmitted(ReportAction action, ReportState state) => new(
            $"只有已报送的报告可以{(action == ReportAction.Approve ? "审核通过" : "退回")}；该报告为{State(state).Zh}",
            $"only a submitted report can be {(action == ReportAction.Approve ? "approved" : "returned")}; this one is {Describe(state)}");

        /// <summary>The replaced report of a batch import is already past the unit's hands.</summary>
        public static Words NoLongerReplaceable(string task, ReportingPeriod period, ReportState state) => new(
            $"任务 {task} {Periods.Name(period).Zh}的报告{State(state).Zh}，不能再替换",
            $"the report of task {task} for {Periods.Name(period).En} is already {State(state).En} and can no longer be replaced");

        /// <summary>Files are attached only while the unit may still change the report.</summary>
        public static Words AttachOnlyEditable(ReportState state) => new(
            $"该报告{State(state).Zh}，只能为草稿或已退回的报告添加附件",
            $"the report is {State(state).En}; files can be attached only to a draft or a returned report");

        private static string Describe(ReportState state) => state == ReportState.Draft ? "a draft" : State(state).En;
    }
}
