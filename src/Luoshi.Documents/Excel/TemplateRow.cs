using System.Globalization;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Storage;

namespace Luoshi.Documents.Excel;

/// <summary>One row of a filled-in template, read and checked: its ids against their checksum and the plan, its
/// values against the target's measure.</summary>
internal sealed record TemplateRow(int Row, PlanTask Task, string Unit, int Period, TargetValue? Value, string[] Narrative)
{
    public static TemplateRow? Read(SheetCells cells, int row, TemplateContext context, TemplateProblems problems)
    {
        string Id(int column) => cells[row, column]?.Text.Trim() ?? "";
        var (plan, taskCode, targetCode, period, unit) = (Id(TemplateColumns.PlanId), Id(TemplateColumns.TaskId), Id(TemplateColumns.TargetId), Id(TemplateColumns.Period), Id(TemplateColumns.Unit));
        if (Id(TemplateColumns.Checksum) != TemplateChecksum.Of(plan, taskCode, targetCode, period, unit))
        {
            problems.Add(row, TemplateColumns.Checksum, Catalogue.OfficeFiles.Checksum);
            return null;
        }

        if (plan != context.Plan.Id.ToString(CultureInfo.InvariantCulture))
        {
            problems.Add(row, TemplateColumns.PlanId, Catalogue.OfficeFiles.OtherPlan(context.Plan.Id, context.Plan.Region, context.Plan.Year, plan));
            return null;
        }

        if (context.Unit is { } expected && unit != expected)
        {
            problems.Add(row, TemplateColumns.Unit, Catalogue.OfficeFiles.OtherUnit(expected, unit));
            return null;
        }

        var task = context.Plan.Tasks.FirstOrDefault(t => t.Code == taskCode);
        var target = task?.Targets.FirstOrDefault(t => t.Code == targetCode);
        if (task is null || (targetCode.Length > 0 && target is null) || context.Calendar.Parse(period) is not { } reportingPeriod)
        {
            problems.Add(row, TemplateColumns.TaskId, Catalogue.OfficeFiles.NotOfPlan(taskCode, targetCode, period));
            return null;
        }

        var value = target is null ? null : TemplateValues.Read(cells, row, target, problems);
        var narrative = new[] { TemplateColumns.Progress, TemplateColumns.Problems, TemplateColumns.NextSteps }.Select(c => Text(cells, row, c, problems)).ToArray();
        return new TemplateRow(row, task, unit, reportingPeriod.Number, value, narrative);
    }

    private static string Text(SheetCells cells, int row, int column, TemplateProblems problems)
    {
        var text = cells[row, column]?.Text.Trim() ?? "";
        if (text.Length > TemplateColumns.TextLength)
        {
            problems.Add(row, column, Catalogue.OfficeFiles.TextLength(TemplateColumns.TextLength, text.Length));
        }

        return text;
    }
}

/// <summary>What every row is checked against: the selected plan, its calendar and, when given, the unit expected.</summary>
internal sealed record TemplateContext(Plan Plan, Domain.Periods.ReportingCalendar Calendar, string? Unit);
