using Luoshi.Domain.Progress;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Progress files (CSV and filled-in templates) imported into a plan.</summary>
    public static class Progress
    {
        /// <summary>A task the plan lacks; <paramref name="plan"/> reads "四会市 2022".</summary>
        public static Words NoTask(string plan, string task) => new(
            $"{plan} 年的工作方案中没有任务“{task}”", $"the plan of {plan} has no task '{task}'");

        /// <summary>A target the plan lacks.</summary>
        public static Words NoTarget(string plan, string target) => new(
            $"{plan} 年的工作方案中没有目标“{target}”", $"the plan of {plan} has no target '{target}'");

        /// <summary>A unit that neither leads nor supports the line's task.</summary>
        public static Words NotUnitOfTask(string unit, string task) => new(
            $"“{unit}”既不是任务 {task} 的牵头单位，也不是配合单位", $"'{unit}' is neither the lead nor a supporting unit of task {task}");

        /// <summary>A target of another task than the line's.</summary>
        public static Words TargetOfOtherTask(string target, string task, string other) => new(
            $"目标 {target} 属于任务 {task}，不属于 {other}", $"target {target} belongs to task {task}, not {other}");

        /// <summary>A period the plan's calendar lacks.</summary>
        public static Words Period(int periods, string example, string found) => new(
            $"应为工作方案的报送期（1 至 {periods}，或 {example} 这样的名称），实际为“{found}”",
            $"expected a period of the plan (1 to {periods}, or a name like {example}), found '{found}'");

        /// <summary>A second value for one target and period.</summary>
        public static Words ValueTwice(string target, int period) => new(
            $"目标 {target} 第 {period} 期的数值已在前面的行中填写", $"target {target} already has a value for period {period} on an earlier line");

        /// <summary>Lines of one report with different units.</summary>
        public static Words SameUnit(string unit, int line) => new(
            $"应为 {unit}，与第 {line} 行同一报告的单位一致", $"expected {unit}, the unit of the same report on line {line}");

        /// <summary>Lines of one report with different states.</summary>
        public static Words SameState(ReportState state, int line) => new(
            $"应为“{Reports.State(state).Zh}”，与第 {line} 行同一报告的状态一致",
            $"expected {state.ToString().ToLowerInvariant()}, the state of the same report on line {line}");

        /// <summary>A report changed by someone else while the file was read.</summary>
        public static Words ChangedWhileRead(string task, int period) => new(
            $"冲突：读取文件期间，任务 {task} 第 {period} 期的报告被他人修改；未存储任何内容，请重新导入该文件",
            $"conflict: the report of task {task} for period {period} was changed while the file was read; nothing was stored; import the file again");

        /// <summary>A cell that is no number.</summary>
        public static Words Number(string found) => new($"应为数字，实际为“{found}”", $"expected a number, found '{found}'");

        /// <summary>A done_on cell that is no date.</summary>
        public static Words DoneOn(string found) => new(
            $"应为日期，如 2022-06-30，实际为“{found}”", $"expected a date like 2022-06-30, found '{found}'");

        /// <summary>A state cell that is none of the states a file may load.</summary>
        public static Words State(string found) => new(
            $"应为 draft（草稿）、submitted（已报送）或 approved（已审核），实际为“{found}”", $"expected draft, submitted or approved, found '{found}'");
    }
}
