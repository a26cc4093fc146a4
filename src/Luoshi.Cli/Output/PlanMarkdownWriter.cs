using System.Globalization;
using Luoshi.ReportParsing.Drafts;

namespace Luoshi.Cli.Output;

/// <summary>A readable task breakdown: one table per report section, one row per task with its targets.</summary>
internal sealed class PlanMarkdownWriter : PlanWriter
{
    public override void Write(PlanDraft plan, TextWriter output)
    {
        var targetsByTask = plan.Targets.ToLookup(t => t.Task);
        var tasksBySection = plan.Tasks.ToLookup(t => t.Section);
        var workItems = plan.WorkItems.ToDictionary(w => w.Id);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# 任务分解表（草稿）：{plan.Region}{plan.Year}年 · {plan.Source}"));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{plan.Tasks.Count} 项任务，{plan.Targets.Count} 个目标。单位后标“（建议）”的由关键词表推荐，请核定。"));
        foreach (var section in plan.Sections)
        {
            var tasks = tasksBySection[section.Id].ToList();
            if (tasks.Count == 0 && section.Title is null)
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine($"{new string('#', section.Level + 1)} {Heading(section)}");
            if (tasks.Count == 0)
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine("| 编号 | 工作事项 | 任务 | 牵头单位 | 配合单位 | 目标 | 完成时限 |");
            output.WriteLine("|---|---|---|---|---|---|---|");
            foreach (var task in tasks)
            {
                var targets = targetsByTask[task.Id].ToList();
                var suggested = task.UnitsSuggested ? "（建议）" : "";
                output.WriteLine(string.Join(" | ",
                    $"| {task.Id}",
                    Cell(workItems[task.WorkItem].Title ?? ""),
                    Cell(task.Text),
                    task.LeadUnit is null ? "" : task.LeadUnit + suggested,
                    Cell(string.Join("、", task.SupportingUnits)),
                    Cell(string.Join("<br>", targets.Select(TargetSummary.Describe))),
                    string.Join("<br>", targets.Select(t => t.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Distinct()) + " |"));
            }
        }

        PlanExplanationWriter.Write(plan, output);
    }

    private static string Heading(SectionDraft section) =>
        section.Number is null ? section.Title ?? "（未编号部分）"
        : section.Level == 2 ? $"（{section.Number}）{section.Title}" : $"{section.Number}、{section.Title}";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
