using Luoshi.Domain.Periods;
using System.Globalization;
using Luoshi.Domain.Progress;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The words of progress files and offline templates: what a row names and the rules between rows.</summary>
    public static class Progress
    {
        /// <summary>A progress file's row.</summary>
        public static Words Value { get; } = new("进展数值", "progress value");

        /// <summary>A task the plan does not have.</summary>
        public static Words NoTask(string plan, string task) => new($"{plan}的计划中没有任务“{task}”", $"the plan of {plan} has no task '{task}'");

        /// <summary>A target the plan does not have.</summary>
        public static Words NoTarget(string plan, string target) => new($"{plan}的计划中没有目标“{target}”", $"the plan of {plan} has no target '{target}'");

        /// <summary>A target named with another task.</summary>
        public static Words TargetOfTask(string target, string task, string given) =>
            new($"目标 {target} 属于任务 {task}，不属于 {given}", $"target {target} belongs to task {task}, not {given}");

        /// <summary>A period that is none of the plan's.</summary>
        public static Words NotAPeriod(int periods, string example, string found) => Values.ExpectedFoundText(new(
            $"计划中的期次（1 到 {Int(periods)}，或 {example} 这样的名称）", $"a period of the plan (1 to {Int(periods)}, or a name like {example})"), found);

        /// <summary>A unit that neither leads nor supports the task.</summary>
        public static Words NotAUnitOfTask(string unit, string task) =>
            new($"“{unit}”既不是任务 {task} 的牵头单位，也不是配合单位", $"'{unit}' is neither the lead nor a supporting unit of task {task}");

        /// <summary>A state cell with another word.</summary>
        public static Words WrongState(string found) => Values.ExpectedFoundText(ReportStateWords.Expected, found);

        /// <summary>A second value of a target for a period.</summary>
        public static Words ValueTwice(string target, ReportingPeriod period) => new(
            $"目标 {target} {Periods.Name(period).Zh}的数值已在前面的行中给出", $"target {target} already has a value for {Periods.Name(period).En} on an earlier line");

        /// <summary>A report that is past the point where it can be replaced.</summary>
        public static Words NotEditable(string task, ReportingPeriod period, ReportState state) => new(
            $"任务 {task} {Periods.Name(period).Zh}的报告已{StateName(state).Zh}，不能再替换",
            $"the report of task {task} for {Periods.Name(period).En} is already {StateName(state).En} and can no longer be replaced");

        /// <summary>Another unit for a report given on an earlier row.</summary>
        public static Words SameUnit(string unit, Words where) =>
            new($"应为 {unit}，即{where.Zh}同一报告的填报单位", $"expected {unit}, the unit of the same report on {where.En}");

        /// <summary>Another state for a report given on an earlier row.</summary>
        public static Words SameState(ReportState state, Words where) =>
            new($"应为{StateName(state).Zh}，即{where.Zh}同一报告的状态", $"expected {StateName(state).En}, the state of the same report on {where.En}");

        /// <summary>A stored report changed while the file was read.</summary>
        public static Words Conflict(string task, ReportingPeriod period) => new(
            $"冲突：导入期间任务 {task} {Periods.Name(period).Zh}的报告被修改；未保存任何内容，请重新导入",
            $"conflict: the report of task {task} for {Periods.Name(period).En} was changed while the file was read; nothing was stored; import the file again");

        /// <summary>A plan id the ledger does not have.</summary>
        public static Words MissingPlan(int planId) => new($"台账中没有编号为 {Int(planId)} 的计划", $"no plan with id {Int(planId)} in the ledger");

        /// <summary>草稿 / draft…: a state as files and messages write it.</summary>
        public static Words StateName(ReportState state) => state switch
        {
            ReportState.Draft => new("草稿", "draft"),
            ReportState.Submitted => new("报送", "submitted"),
            ReportState.Returned => new("退回", "returned"),
            ReportState.Resubmitted => new("重新报送", "resubmitted"),
            _ => new("审核通过", "approved"),
        };

        /// <summary>A period the plan's calendar lacks.</summary>
        public static Words Period(int periods, string example, string found) => new(
            $"应为工作方案的报送期（1 至 {periods}，或 {example} 这样的名称），实际为“{found}”",
            $"expected a period of the plan (1 to {periods}, or a name like {example}), found '{found}'");

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
