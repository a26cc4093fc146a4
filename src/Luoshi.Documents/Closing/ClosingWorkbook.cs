using System.Globalization;
using Luoshi.Documents.Excel;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;
using Luoshi.Storage;

namespace Luoshi.Documents.Closing;

/// <summary>The closing workbook (.xlsx): one row per task and per target with its final, its result, the account's
/// 完成情况, reason and evidence — the year's account ready to filter and print, rendered from the closing reading.</summary>
public static class ClosingWorkbook
{
    /// <summary>The sheet's name.</summary>
    public const string SheetName = "年底交账";

    /// <summary>The row of the column headers.</summary>
    public const int HeaderRow = 3;

    private static readonly string[] Headers = ["任务/目标", "内容", "牵头单位", "要求", "年底实际", "数据来源", "按目标", "单位自报", "确认结果", "交账状态", "完成情况", "未完成原因", "佐证材料", "更正"];
    private static readonly double[] Widths = [10, 40, 18, 14, 12, 24, 10, 10, 10, 10, 40, 30, 40, 30];

    /// <summary>Writes the workbook of plan <paramref name="planId"/>; fails, writing nothing, when there is no such plan.</summary>
    public static async Task<StoreResult> WriteAsync(Storage.Ledger ledger, int planId, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        if (await ledger.Closing.ReadAsync(planId, ct).ConfigureAwait(false) is not { } reading)
        {
            return StoreResult.Fail(Catalogue.Ledger.NoPlan(planId));
        }

        await WriteAsync(reading, output, await ledger.Years.OriginsAsync(planId, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        return StoreResult.Ok;
    }

    /// <summary>Writes <paramref name="reading"/> as the workbook, a carried task's text saying where it came from
    /// (<paramref name="origins"/>, by task).</summary>
    public static Task WriteAsync(ClosingReading reading, Stream output, IReadOnlyDictionary<string, Domain.Years.CarryOrigin>? origins = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var rows = reading.Tasks.Sum(t => 1 + t.Targets.Count);
        var layout = new SheetLayout(SheetName, Widths, HeaderRow, FilterTo: (HeaderRow + rows, Headers.Length),
            Merges: [$"A1:{ColumnName.Cell(Headers.Length, 1)}", $"A2:{ColumnName.Cell(Headers.Length, 2)}"]);
        var f = ClosingFigures.Of(reading);
        return XlsxWriter.WriteAsync(output, layout, writer =>
        {
            writer.Row(1, 28);
            writer.Text(1, $"{reading.Plan.Region}{reading.Plan.Year}年政府工作报告重点任务年底交账台账", CellStyle.Title);
            writer.Row(2, 30);
            writer.Text(1, $"任务{f.Tasks}项：完成{f.Done}项，基本完成{f.BasicallyDone}项，未完成{f.NotDone}项，尚未确认{f.Unconfirmed}项。"
                + "计算类目标的年底实际取监测数据按标准计算的值；结果按督查室设定的容差判定（docs/evaluation.md 第5节）。", CellStyle.Note);
            writer.Row(HeaderRow, 32);
            for (var c = 0; c < Headers.Length; c++)
            {
                writer.Text(c + 1, Headers[c], CellStyle.Header);
            }

            var row = HeaderRow;
            foreach (var t in reading.Tasks)
            {
                ct.ThrowIfCancellationRequested();
                writer.Row(++row);
                TaskRow(writer, t, CarriedText.OriginOf(origins, t.Code));
                foreach (var g in t.Targets)
                {
                    writer.Row(++row);
                    TargetRow(writer, g);
                }
            }
        }, ct);
    }

    private static void TaskRow(RowWriter writer, TaskClosing t, Domain.Years.CarryOrigin? origin)
    {
        var a = t.Account;
        writer.Text(1, t.Code);
        writer.Text(2, CarriedText.Of(t.Reading.Task.Text, origin));
        writer.Text(3, t.Reading.Task.LeadUnit);
        writer.Text(4, null);
        writer.Text(5, a.DoneOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.Text(6, null);
        writer.Text(7, Name(t.ByRule));
        writer.Text(8, Name(a.Claimed));
        writer.Text(9, Name(t.Result), Style(t.Result));
        writer.Text(10, Catalogue.Closing.StateName(a.State).Zh);
        writer.Text(11, a.Summary);
        writer.Text(12, a.ShortReason);
        writer.Text(13, string.Join("\n", a.Evidence));
        writer.Text(14, string.Join("\n", a.Corrections.Select(c => $"{c.On:yyyy-MM-dd} {Name(c.Before)}→{Name(c.After)}：{c.Reason}")));
    }

    private static void TargetRow(RowWriter writer, TargetClosing g)
    {
        writer.Text(1, g.Code);
        writer.Text(2, g.Reading.Target.Subject);
        writer.Text(3, g.Reading.Task.LeadUnit);
        writer.Text(4, g.Reading.GoalWords.Zh);
        if (g.DoneOn is { } d)
        {
            writer.Text(5, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.Number(5, g.Final);
        }

        writer.Text(6, g.Standard is { } s ? Catalogue.Closing.ComputedFrom(s).Zh : "牵头单位报送");
        writer.Text(7, Name(g.Judgement.Result), Style(g.Judgement.Result));
    }

    private static string? Name(ClosingResult? result) => result is { } r ? Catalogue.Closing.ResultName(r).Zh : null;

    private static CellStyle Style(ClosingResult? result) => result switch
    {
        ClosingResult.Done => CellStyle.Green,
        ClosingResult.BasicallyDone => CellStyle.Yellow,
        ClosingResult.NotDone => CellStyle.Red,
        _ => CellStyle.Text,
    };
}
