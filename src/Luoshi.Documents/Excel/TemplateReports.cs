using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage;

namespace Luoshi.Documents.Excel;

/// <summary>Turns the checked rows of a template into one report per task: the values of its filled target rows and
/// the narrative of its first row; a task with nothing filled in gets no report.</summary>
internal static class TemplateReports
{
    public static List<ReportDraft> Collect(SheetCells cells, TemplateContext context, IReadOnlyList<ReportSummary> stored, TemplateProblems problems)
    {
        var rows = new List<TemplateRow>();
        for (var row = TemplateColumns.FirstRow; row <= cells.LastRow; row++)
        {
            if (TemplateRow.Read(cells, row, context, problems) is { } read)
            {
                rows.Add(read);
            }
        }

        var locked = stored.Where(r => !ReportWorkflow.IsEditable(r.State)).Select(r => (r.TaskCode, r.Period)).ToHashSet();
        var drafts = new List<ReportDraft>();
        foreach (var task in rows.GroupBy(r => r.Task))
        {
            var first = task.First();
            var values = task.Select(r => r.Value).OfType<TargetValue>().ToList();
            var narrative = task.Select(r => r.Narrative).FirstOrDefault(n => n.Any(t => t.Length > 0)) ?? ["", "", ""];
            if (values.Count == 0 && narrative.All(t => t.Length == 0))
            {
                continue;
            }

            if (locked.Contains((task.Key.Code, first.Period)))
            {
                problems.Add(first.Row, TemplateColumns.TaskCode, Catalogue.OfficeFiles.NoLongerEditable(Catalogue.Periods.Name(context.Calendar[first.Period])));
                continue;
            }

            drafts.Add(new ReportDraft(context.Plan.Id, task.Key.Code, first.Period, first.Unit, values, narrative[0], narrative[1], narrative[2], []));
        }

        return drafts;
    }
}
