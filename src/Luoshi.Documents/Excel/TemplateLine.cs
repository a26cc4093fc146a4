using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Progress.Template;

namespace Luoshi.Documents.Excel;

/// <summary>Writes one template row: what the unit reads, the input cells that apply (others grey and locked) and
/// the hidden ids with their checksum.</summary>
internal static class TemplateLine
{
    /// <param name="ids">Plan id, period name and unit, the same on every row.</param>
    public static void Write(RowWriter writer, PlanTask task, Target? target, bool first, string[] ids, int year)
    {
        writer.Text(TemplateColumns.TaskCode, task.Code);
        writer.Text(TemplateColumns.TaskText, task.Text);
        writer.Text(TemplateColumns.TargetCode, target?.Code);
        writer.Text(TemplateColumns.Target, target?.Subject);
        writer.Text(TemplateColumns.Goal, target is null ? null : Catalogue.Goals.Of(target).Zh);
        writer.Text(TemplateColumns.Hint, target is null ? Catalogue.Template.NoTarget : TemplateRule.For(target, year).Hint);
        var measure = target?.Measure;
        writer.Empty(TemplateColumns.Value, target is null ? CellStyle.NotApplicable : CellStyle.Input);
        writer.Empty(TemplateColumns.Numerator, measure == Measure.Ratio ? CellStyle.Input : CellStyle.NotApplicable);
        writer.Empty(TemplateColumns.Denominator, measure == Measure.Ratio ? CellStyle.Input : CellStyle.NotApplicable);
        writer.Empty(TemplateColumns.DoneOn, measure == Measure.Milestone ? CellStyle.InputDate : CellStyle.NotApplicable);
        var narrative = first ? CellStyle.InputText : CellStyle.NotApplicable;
        writer.Empty(TemplateColumns.Progress, narrative);
        writer.Empty(TemplateColumns.Problems, narrative);
        writer.Empty(TemplateColumns.NextSteps, narrative);
        var (plan, period, unit) = (ids[0], ids[1], ids[2]);
        writer.Text(TemplateColumns.PlanId, plan, CellStyle.Default);
        writer.Text(TemplateColumns.TaskId, task.Code, CellStyle.Default);
        writer.Text(TemplateColumns.TargetId, target?.Code, CellStyle.Default);
        writer.Text(TemplateColumns.Period, period, CellStyle.Default);
        writer.Text(TemplateColumns.Unit, unit, CellStyle.Default);
        writer.Text(TemplateColumns.Checksum, TemplateChecksum.Of(plan, task.Code, target?.Code ?? "", period, unit), CellStyle.Default);
    }
}
