using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Progress.Template;
using Luoshi.Storage;

namespace Luoshi.Documents.Excel;

/// <summary>The offline report template (离线填报表) of one unit for one period: the tasks it leads, one row per target,
/// input cells validated by Excel, everything else locked, and hidden ids with a checksum for the import.</summary>
public static class ReportTemplate
{
    /// <summary>Writes the template of <paramref name="unit"/> (name or alias) for <paramref name="period"/> (2022-09,
    /// 2022Q3 or a number) of plan <paramref name="planId"/>; fails, writing nothing, for an unknown plan, period or
    /// a unit that leads no task.</summary>
    public static async Task<StoreResult> WriteAsync(
        Storage.Ledger ledger, int planId, string unit, string period, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(period);
        if (await ledger.FindPlanAsync(planId, ct).ConfigureAwait(false) is not { } plan)
        {
            return StoreResult.Fail(Catalogue.Ledger.NoPlan(planId));
        }

        var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        if (calendar.Parse(period) is not { } reportingPeriod)
        {
            return StoreResult.Fail(Catalogue.OfficeFiles.Period(calendar.Periods.Count, calendar[1].Name, period), Place.OfField("period"));
        }

        var names = TemplateUnits.NamesOf(await ledger.ListUnitsAsync(ct).ConfigureAwait(false), unit);
        var tasks = plan.Tasks.Where(t => t.LeadUnit is { } lead && names.Contains(lead)).ToList();
        if (tasks.Count == 0)
        {
            return StoreResult.Fail(Catalogue.OfficeFiles.LeadsNothing(unit, plan.Region, plan.Year), Place.OfField("unit"));
        }

        await WriteAsync(plan, tasks, names[0], reportingPeriod, output, ct).ConfigureAwait(false);
        return StoreResult.Ok;
    }

    private static Task WriteAsync(Plan plan, List<PlanTask> tasks, string unit, ReportingPeriod period, Stream output, CancellationToken ct)
    {
        var rows = tasks.SelectMany(t => t.Targets.Count == 0 ? [(t, (Target?)null)] : t.Targets.Select(g => (t, (Target?)g))).ToList();
        var layout = new SheetLayout(TemplateColumns.Sheet, TemplateColumns.Widths, TemplateColumns.HeaderRow,
            HiddenColumns: TemplateColumns.Hidden, Merges: ["A1:M1", "A2:M2"], Protect: true);
        var ids = new[] { plan.Id.ToString(CultureInfo.InvariantCulture), period.Name, unit };
        return XlsxWriter.WriteAsync(output, layout with { Validations = Validations(rows, plan.Year) }, writer =>
        {
            writer.Row(1, 28);
            writer.Text(1, $"{plan.Region}{plan.Year}年重点任务进展填报表 · {unit} · {period.Name}", CellStyle.Title);
            writer.Row(2, 48);
            writer.Text(1, "填写说明：只填白色单元格（灰色不适用）。本期数值按“填报说明”填写；比例可填分子、分母；里程碑完成的填完成日期（YYYY-MM-DD）。"
                + "进展情况、存在问题、下一步措施每项任务填一次（在该任务第一行），每项不超过2000字。请勿修改隐藏列，校验码不符的行将被拒绝。"
                + "填好后用 luoshi progress import 文件.xlsx 导入，或在系统中上传。", CellStyle.Note);
            writer.Row(TemplateColumns.HeaderRow, 30);
            for (var c = 1; c <= TemplateColumns.Headers.Length; c++)
            {
                writer.Text(c, TemplateColumns.Headers[c - 1], CellStyle.Header);
            }

            var row = TemplateColumns.HeaderRow;
            PlanTask? previous = null;
            foreach (var (task, target) in rows)
            {
                writer.Row(++row);
                TemplateLine.Write(writer, task, target, first: task != previous, ids, plan.Year);
                previous = task;
            }
        }, ct);
    }

    private static List<CellValidation> Validations(List<(PlanTask Task, Target? Target)> rows, int year)
    {
        var cells = new List<(int Column, int Row, CellValidation Rule)>();
        var text = new CellValidation("", DataValidationValues.TextLength, "0", TemplateColumns.TextLength.ToString(CultureInfo.InvariantCulture), "每项不超过2000字");
        var date = new CellValidation("", DataValidationValues.Date, "36526", "73051", "请填写日期，如 2022-09-15");
        var parts = new CellValidation("", DataValidationValues.Decimal, "0", "1000000000000", "请填写不小于0的数");
        PlanTask? previous = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var (task, target) = rows[i];
            var row = TemplateColumns.FirstRow + i;
            if (task != previous)
            {
                cells.AddRange([(TemplateColumns.Progress, row, text), (TemplateColumns.Problems, row, text), (TemplateColumns.NextSteps, row, text)]);
            }

            previous = task;
            if (target is null)
            {
                continue;
            }

            var rule = TemplateRule.For(target, year);
            cells.Add((TemplateColumns.Value, row, new CellValidation("", DataValidationValues.Decimal, rule.Minimum, rule.Maximum, rule.Hint)));
            if (target.Measure == Measure.Ratio)
            {
                cells.AddRange([(TemplateColumns.Numerator, row, parts), (TemplateColumns.Denominator, row, parts)]);
            }
            else if (target.Measure == Measure.Milestone)
            {
                cells.Add((TemplateColumns.DoneOn, row, date));
            }
        }

        return [.. CellValidation.Group(cells)];
    }
}
