using System.Globalization;
using Luoshi.Documents.Excel;

namespace Luoshi.Documents.Ledger;

/// <summary>Writes one ledger row's cells.</summary>
internal static class LedgerLine
{
    public static void Write(RowWriter writer, LedgerRow line, LedgerColumns columns)
    {
        var (task, target) = (line.Task, line.Target);
        writer.Text(1, line.Section);
        writer.Text(2, task.Code);
        writer.Text(3, Closing.CarriedText.Of(task.Text, line.Origin));
        writer.Text(4, target?.Code);
        writer.Text(5, target?.Target.Subject);
        writer.Text(6, target?.GoalWords.Zh);
        writer.Text(7, task.LeadUnit);
        writer.Text(8, string.Join("、", task.SupportingUnits));
        writer.Text(9, task.Leader);
        writer.Text(10, task.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        for (var p = 1; p <= columns.Periods; p++)
        {
            var cell = p <= line.Periods.Count ? line.Periods[p - 1] : default;
            var at = LedgerColumns.ValueOf(p);
            var style = cell.Pending ? CellStyle.Submitted : CellStyle.Number;
            if (cell.Done is { } done)
            {
                writer.Text(at, done.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "完成", style);
            }
            else
            {
                writer.Number(at, cell.Value, style);
            }

            Status(writer, at + 1, cell.Status);
        }

        Status(writer, columns.Now, line.Now?.Status);
        writer.Text(columns.Now + 1, line.Latest?.Progress);
        writer.Text(columns.Now + 2, line.Latest?.Problems);
        writer.Text(columns.Now + 3, line.Latest?.NextSteps);
        writer.Text(columns.Now + 4, line.TaskStatus.Label.Zh);
    }

    private static void Status(RowWriter writer, int column, Domain.Evaluation.TargetStatus? status)
    {
        if (status is { } s)
        {
            writer.Text(column, StatusCells.Words(s), StatusCells.Light(s));
        }
        else
        {
            writer.Empty(column, CellStyle.Text);
        }
    }
}
