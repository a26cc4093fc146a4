using Luoshi.Domain.Periods;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Supporting units' contributions (配合单位进展) and who reports what on a task.</summary>
    public static class Contributions
    {
        /// <summary>The heading of the contributions beside a report.</summary>
        public static Words Title => new("配合单位进展", "Supporting units' contributions");

        /// <summary>A supporting unit tried to send the task's report or values.</summary>
        public static Problem OnlyLeadReports(string unit, string task, string lead) => new(new(
            $"{unit}是任务 {task} 的配合单位：进展报告和目标数值由牵头单位{lead}报送，本单位承担工作的进展请填报“配合单位进展”",
            $"{unit} supports task {task}: its progress report and target values are sent by the lead unit {lead}; report your own part as a contribution"),
            Place.OfField("unit"), ProblemKind.Forbidden);

        /// <summary>The lead unit tried to send a contribution.</summary>
        public static Problem LeadReportsInstead(string unit, string task) => new(new(
            $"{unit}是任务 {task} 的牵头单位，请填报进展报告；“配合单位进展”由配合单位填报",
            $"{unit} leads task {task}: send its progress report; contributions are for supporting units"),
            Place.OfField("unit"), ProblemKind.Forbidden);

        /// <summary>A unit that does not support the task.</summary>
        public static Problem NotSupporting(string unit, string task) => new(new(
            $"{unit}不是任务 {task} 的配合单位", $"{unit} is not a supporting unit of task {task}"),
            Place.OfField("unit"), ProblemKind.Forbidden);

        /// <summary>A contribution without its progress text.</summary>
        public static Problem ProgressNeeded => new(new(
            "请填写本单位承担工作的进展情况", "say what your unit did (progress)"), Place.OfField("progress"));

        /// <summary>A second contribution for the same task and period.</summary>
        public static Problem AlreadyThere(string task, ReportingPeriod period, int version) => new(new(
            $"本单位已填报任务 {task} {Periods.Name(period).Zh}的配合单位进展（版本 {version}），请修改该条",
            $"your unit already sent a contribution to task {task} for {Periods.Name(period).En} (version {version}); change that one"),
            Kind: ProblemKind.Conflict);

        /// <summary>A change of a contribution that does not exist yet.</summary>
        public static Problem NoneYet(string task, ReportingPeriod period) => new(new(
            $"任务 {task} {Periods.Name(period).Zh}还没有本单位的配合单位进展", $"your unit has no contribution to task {task} for {Periods.Name(period).En} yet"),
            Kind: ProblemKind.NotFound);

        /// <summary>No contribution has this id.</summary>
        public static Problem NoContribution(int id) => new(new(
            $"没有编号为 {id} 的配合单位进展", $"no contribution with id {id}"), Kind: ProblemKind.NotFound);

        /// <summary>A change that names another task or period than the contribution it changes.</summary>
        public static Problem Fixed(string task, ReportingPeriod period) => new(new(
            $"此条配合单位进展属于任务 {task} {Periods.Name(period).Zh}，不能改为其他任务或期次",
            $"this contribution is to task {task} for {Periods.Name(period).En}; its task and period cannot be changed"), Place.OfField("task"));
    }
}
