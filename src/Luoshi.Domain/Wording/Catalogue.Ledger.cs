using Luoshi.Domain.Periods;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The ledger's plans, tasks, targets, units and their bindings: what a change to them may be refused for.</summary>
    public static class Ledger
    {
        /// <summary>No plan has this id.</summary>
        public static Problem NoPlan(int id) => new(
            new($"账本中没有编号为 {id} 的工作方案", $"no plan with id {id} in the ledger"), Kind: ProblemKind.NotFound);

        /// <summary>The plan has no task with this code.</summary>
        public static Problem NoTask(string region, int year, string task) => new(new(
            $"{region} {year} 年的工作方案中没有任务 {task}", $"the plan of {region} {year} has no task {task}"), Kind: ProblemKind.NotFound);

        /// <summary>The plan has no target with this code.</summary>
        public static Problem NoTarget(string target) => new(
            new($"工作方案中没有目标 {target}", $"no target {target} in the plan"), Kind: ProblemKind.NotFound);

        /// <summary>A unit name or alias the ledger does not know.</summary>
        public static Words UnknownUnit(string name) => new(
            $"未知单位“{name}”：账本中没有这个名称或简称的单位（请先导入单位）",
            $"unknown unit '{name}': no unit in the ledger has this name or alias (import units first)");

        /// <summary>A refusal about one target.</summary>
        public static Words OfTarget(string target, Words refusal) => new($"{target}：{refusal.Zh}", $"{target}: {refusal.En}");

        /// <summary>A code used twice in an incoming plan.</summary>
        public static Words CodeTwice(string code) => new(
            $"工作方案两次使用代码 {code}；章节、任务和目标的代码不能重复",
            $"the plan uses the code {code} twice; codes of sections, tasks and targets must be unique");

        /// <summary>A plan stored for the first time.</summary>
        public static Words PlanStored(string region, int year, int tasks, int targets) => new(
            $"已存储 {region} {year} 年的工作方案：{tasks} 项任务，{targets} 个目标", $"stored the plan of {region} {year}: {tasks} tasks, {targets} targets");

        /// <summary>The same report text imported again.</summary>
        public static Words PlanUnchanged(string region, int year) => new(
            $"{region} {year} 年的工作方案已从同一报告文本导入过；没有任何改动",
            $"the plan of {region} {year} was already imported from the same report text; nothing changed");

        /// <summary>Another report text for a stored plan, without --replace.</summary>
        public static Words PlanExists(string region, int year, string source) => new(
            $"{region} {year} 年的工作方案已存储（来自 {source}），而本次报告文本不同；如需原地更新，请加 --replace（进展报告保持关联）",
            $"the plan of {region} {year} is already stored (from {source}) and this report text differs; pass --replace to update it in place (progress reports stay attached)");

        /// <summary>A replacement that would drop tasks or targets reports refer to.</summary>
        public static Words PlanStillReferenced(string region, int year, IEnumerable<string> codes)
        {
            var list = codes.ToList();
            return new(
                $"{region} {year} 年的新报告不再包含 {string.Join("、", list)}，而已有进展报告或督办记录引用它们；未做任何改动",
                $"the new report of {region} {year} no longer has {string.Join(", ", list)}, which progress reports or supervision records refer to; nothing was changed");
        }

        /// <summary>A plan replaced in place.</summary>
        public static Words PlanReplaced(string region, int year, int tasks, int tasksGone, int targets, int targetsGone) => new(
            $"已原地更新 {region} {year} 年的工作方案：{tasks} 项任务（删除 {tasksGone} 项），{targets} 个目标（删除 {targetsGone} 个）",
            $"updated the plan of {region} {year} in place: {tasks} tasks ({tasksGone} removed), {targets} targets ({targetsGone} removed)");

        /// <summary>A due day that is no day of a month.</summary>
        public static Words DueDay { get; } = new("报送日应为每月 1 至 31 日中的一天", "the due day must be a day of the month from 1 to 31");

        /// <summary>Thresholds out of order.</summary>
        public static Words Thresholds { get; } = new(
            "阈值须满足 0 < 红灯 ≤ 黄灯，容差不小于 0（如黄灯 1.0、红灯 0.8、容差 0.1）",
            "thresholds need 0 < red ≤ yellow and a tolerance of 0 or more (e.g. yellow 1.0, red 0.8, tolerance 0.1)");

        /// <summary>A frequency change after reports were filed.</summary>
        public static Words FrequencyFixed(ReportingFrequency frequency) => new(
            $"该工作方案已有{Periods.Frequency(frequency).Zh}报送的进展报告，报送频次不能再改（报送日可以改）",
            $"the plan already has progress reports filed by {Periods.Frequency(frequency).En} periods; its frequency can no longer change (the due day can)");

        /// <summary>A trajectory point outside the plan's periods.</summary>
        public static Words TrajectoryOutside(int period, ReportingCalendar calendar) => new(
            $"形象进度的报送期 {period} 不是该工作方案的报送期（1 至 {calendar.Periods.Count}，即{Periods.Range(calendar).Zh}）",
            $"trajectory period {period} is not one of the plan's periods 1 to {calendar.Periods.Count} ({Periods.Range(calendar).En})");

        /// <summary>A trajectory point given twice.</summary>
        public static Words TrajectoryTwice(ReportingPeriod period) => new($"形象进度的{Periods.Name(period).Zh}填写了两次", $"trajectory period {Periods.Name(period).En} is given twice");

        /// <summary>A range without a proper upper end.</summary>
        public static Words RangeNeedsUpper { get; } = new(
            "区间目标须填写目标值和不低于它的上限值", "a range (between) needs --value and an --upper not below it");

        /// <summary>An indicator name nobody computes, with the ones known when given.</summary>
        public static Words UnknownIndicator(string name, IReadOnlyCollection<string>? known = null) => known is null
            ? new($"未知的计算指标“{name}”", $"unknown indicator '{name}'")
            : new(
                $"未知的计算指标“{name}”（可用：{(known.Count == 0 ? "无" : string.Join("、", known))}）",
                $"unknown indicator '{name}' (known: {(known.Count == 0 ? "none" : string.Join(", ", known))})");

        /// <summary>A binding without the scope after the colon.</summary>
        public static Words NeedsScope(string indicator, string scope) => new(
            $"计算指标“{indicator}”须在冒号后注明范围：{scope}", $"indicator '{indicator}' needs a scope after the colon: {scope}");

        /// <summary>The scope of a bottom-line binding names no area.</summary>
        public static Words NoAreaUnit(string code) => new(
            $"没有代码为“{code}”的单位（应为本市、镇或行政村的代码）", $"no unit with the code '{code}' (expected the code of the city, a town or a village)");

        /// <summary>The scope of a bottom-line binding names a department.</summary>
        public static Words DepartmentNotArea(string code) => new(
            $"“{code}”是部门；应为本市、镇或行政村", $"'{code}' is a department; expected the city, a town or a village");
    }
}
