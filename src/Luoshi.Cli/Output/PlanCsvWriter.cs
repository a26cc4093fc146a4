using System.Globalization;
using Luoshi.Documents.Csv;
using Luoshi.ReportParsing.Drafts;
using nietras.SeparatedValues;

namespace Luoshi.Cli.Output;

/// <summary>The breakdown as a table for Excel: one row per target (a task without targets gets one row), with a
/// byte-order mark so that Excel reads the Chinese text as UTF-8. Text from the report never starts a formula
/// (<see cref="CsvText"/>); the comparator symbol (>=, =, …) and the two numbers are the parser's own, written as they are.</summary>
internal sealed class PlanCsvWriter : PlanWriter
{
    private static readonly HashSet<int> OwnColumns = [10, 11, 12];

    private static readonly string[] Columns =
    [
        "任务编号", "部分", "工作事项", "任务", "牵头单位", "配合单位", "单位来源", "目标编号", "目标原文", "类型", "比较",
        "目标值", "上限", "单位", "指标", "完成时限", "时限来源",
    ];

    public override void Write(PlanDraft plan, TextWriter output)
    {
        output.Write('\uFEFF');
        var sections = plan.Sections.ToDictionary(s => s.Id);
        var workItems = plan.WorkItems.ToDictionary(w => w.Id);
        var targetsByTask = plan.Targets.ToLookup(t => t.Task);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output);
        foreach (var task in plan.Tasks)
        {
            var targets = targetsByTask[task.Id].ToList();
            foreach (var target in targets.Count == 0 ? [null] : targets.Cast<TargetDraft?>())
            {
                using var row = writer.NewRow();
                var cells = Cells(task, sections[task.Section], workItems[task.WorkItem], target);
                for (var i = 0; i < Columns.Length; i++)
                {
                    row[Columns[i]].Set(OwnColumns.Contains(i) ? cells[i] : CsvText.Cell(cells[i]));
                }
            }
        }
    }

    private static string[] Cells(TaskDraft task, SectionDraft section, WorkItemDraft workItem, TargetDraft? t) =>
    [
        task.Id,
        section.Title ?? "",
        workItem.Title ?? "",
        task.Text,
        task.LeadUnit ?? "",
        string.Join("、", task.SupportingUnits),
        task.LeadUnit is null ? "" : task.UnitsSuggested ? "建议" : "报告",
        t?.Id ?? "",
        t?.Text ?? "",
        t is null ? "" : TargetSummary.KindName(t.Kind),
        t is null ? "" : Domain.Plans.ComparatorSymbols.ToSymbol(t.Comparator),
        TargetSummary.Number(t?.Value),
        TargetSummary.Number(t?.Upper),
        t?.Unit ?? "",
        t?.Subject ?? "",
        t?.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        t is null ? "" : t.DeadlineStated ? "报告" : "年度",
    ];
}
