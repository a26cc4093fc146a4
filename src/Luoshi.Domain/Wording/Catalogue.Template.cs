using System.Globalization;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The words of the offline report template when it comes back filled in.</summary>
    public static class Template
    {
        /// <summary>A row whose hidden ids were changed.</summary>
        public static Words Checksum { get; } = new(
            "隐藏的编号与校验码不符（计划、任务、目标、期次、单位被改动）：请重新导出模板",
            "expected the checksum of the row's hidden ids (plan, task, target, period, unit): an id was changed; export a new template");

        /// <summary>A template of another plan.</summary>
        public static Words OtherPlan(int planId, string plan, string found) => new(
            $"应为所选计划 {Int(planId)}（{plan}）的模板；此模板属于计划 {found}",
            $"expected plan {Int(planId)} ({plan}), the plan selected; this template is of plan {found}");

        /// <summary>A template of another unit.</summary>
        public static Words OtherUnit(string expected, string found) =>
            new($"应为{expected}的模板；此模板属于{found}", $"expected a template of {expected}; this one is of {found}");

        /// <summary>Ids that name nothing of the plan.</summary>
        public static Words Unknown(string task, string target, string period) => new(
            $"应为计划中的任务、目标和期次；实际为 {task} {target} {period}", $"expected a task, target and period of the plan; found {task} {target} {period}");

        /// <summary>A task whose report can no longer change.</summary>
        public static Words Locked(string period) => new(
            $"{period}的报告已报送或已审核，不能再修改", $"expected a task whose report for {period} can still be changed; it is already submitted or approved");

        /// <summary>A number or date typed on the row of a task without a target (unlocked by hand): it would be dropped.</summary>
        public static Words NoTargetValue { get; } = new(
            "本任务无量化目标，此栏应为空；进展请填在“进展情况”",
            "expected nothing here: the task has no target to report a value for; write its progress under 进展情况");

        /// <summary>A template with nothing filled in.</summary>
        public static Words Empty(int headerRow) => new(
            $"第 {Int(headerRow)} 行以下应至少填写一行；模板未填写任何内容", $"expected at least one filled-in row below row {Int(headerRow)}; nothing was filled in");

        /// <summary>The hint a template row shows beside a target's value cell (in Chinese, the template's language).</summary>
        public static string Hint(Evaluation.Measure measure, Words expected) => measure switch
        {
            Evaluation.Measure.Cumulative => $"本期新增数（不是累计数），{expected.Zh}",
            Evaluation.Measure.Ratio => $"比例（%），{expected.Zh}；或填分子、分母",
            Evaluation.Measure.Milestone => $"完成百分比，{expected.Zh}；已完成的填完成日期",
            Evaluation.Measure.BottomLine => $"本期发生的事件数，{expected.Zh}",
            _ => $"本期末的水平值，{expected.Zh}",
        };

        /// <summary>The hint of a row whose task has no target.</summary>
        public static string NoTarget => "本任务无量化目标，只填进展情况等";

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
