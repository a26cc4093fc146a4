using Luoshi.Documents.Excel;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Wording;
using Luoshi.Storage;

namespace Luoshi.Documents.Ledger;

/// <summary>The 台账 of a plan as an .xlsx workbook, as a supervision office keeps it (docs/office-files.md): one row
/// per target, each period's value and status, the current status and the latest narrative, ready to filter and print.</summary>
public static class LedgerWorkbook
{
    /// <summary>The sheet's name.</summary>
    public const string SheetName = "台账";

    /// <summary>The row of the column headers (below the title and the legend).</summary>
    public const int HeaderRow = 3;

    /// <summary>Writes the ledger of plan <paramref name="planId"/> as of <paramref name="asOf"/> to <paramref name="output"/>;
    /// fails, writing nothing, when there is no such plan.</summary>
    public static async Task<StoreResult> WriteAsync(Storage.Ledger ledger, int planId, DateOnly asOf, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var reading = await ledger.ReadPlanAsync(planId, asOf, ReadingParts.Narratives, ct).ConfigureAwait(false);
        if (reading is null)
        {
            return StoreResult.Fail(Catalogue.Ledger.NoPlan(planId));
        }

        var origins = await ledger.Years.OriginsAsync(planId, ct).ConfigureAwait(false);
        await WriteAsync(reading.Plan, LedgerRows.Of(reading, origins), asOf, output, ct).ConfigureAwait(false);
        return StoreResult.Ok;
    }

    private static Task WriteAsync(Plan plan, List<LedgerRow> rows, DateOnly asOf, Stream output, CancellationToken ct)
    {
        var columns = new LedgerColumns(new ReportingCalendar(plan.Year, plan.Cadence));
        var last = HeaderRow + rows.Count;
        var layout = new SheetLayout(SheetName, columns.Widths(), HeaderRow, FilterTo: (last, columns.Last),
            Merges: [$"A1:{ColumnName.Cell(columns.Last, 1)}", $"A2:{ColumnName.Cell(columns.Last, 2)}"]);
        return XlsxWriter.WriteAsync(output, layout, writer =>
        {
            writer.Row(1, 28);
            writer.Text(1, $"{plan.Region}{plan.Year}年政府工作报告重点任务台账（截至{asOf:yyyy年M月d日}）", CellStyle.Title);
            writer.Row(2, 30);
            writer.Text(1, "说明：各期状态按该期报送截止日次日评估，只计已审核数值（由监测数据或名册计算的目标取计算值）；斜体蓝字为已报送待审核的数值。"
                + Catalogue.Status.Legend.Zh + "进展情况等取该任务最近一期已报送的报告。", CellStyle.Note);
            writer.Row(HeaderRow, 32);
            var column = 1;
            foreach (var header in columns.Headers())
            {
                writer.Text(column++, header, CellStyle.Header);
            }

            var row = HeaderRow;
            foreach (var line in rows)
            {
                ct.ThrowIfCancellationRequested();
                writer.Row(++row);
                LedgerLine.Write(writer, line, columns);
            }
        }, ct);
    }
}
