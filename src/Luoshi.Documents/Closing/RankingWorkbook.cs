using System.Globalization;
using Luoshi.Documents.Excel;
using Luoshi.Domain.Assessment;
using Luoshi.Domain.Wording;
using Luoshi.Storage;

namespace Luoshi.Documents.Closing;

/// <summary>The year's assessment ranking (考核排名) as an .xlsx: one row per lead unit with its base, deductions,
/// additions, final score and every point's reason.</summary>
public static class RankingWorkbook
{
    /// <summary>The sheet's name.</summary>
    public const string SheetName = "考核排名";

    private const int HeaderRow = 3;
    private static readonly string[] Headers = ["名次", "单位", "基础分", "扣分", "加分", "得分", "计分说明"];
    private static readonly double[] Widths = [8, 28, 10, 10, 10, 10, 80];

    /// <summary>Writes the ranking of plan <paramref name="planId"/>; fails, writing nothing, when there is no such plan.</summary>
    public static async Task<StoreResult> WriteAsync(Storage.Ledger ledger, int planId, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var plan = await ledger.FindPlanAsync(planId, ct).ConfigureAwait(false);
        if (plan is null || await ledger.Closing.RankAsync(planId, ct).ConfigureAwait(false) is not { } ranking)
        {
            return StoreResult.Fail(Catalogue.Ledger.NoPlan(planId));
        }

        await WriteAsync($"{plan.Region}{plan.Year}年政府工作报告重点任务落实考核排名", ranking, output, ct).ConfigureAwait(false);
        return StoreResult.Ok;
    }

    /// <summary>Writes <paramref name="ranking"/> under <paramref name="title"/>.</summary>
    public static Task WriteAsync(string title, IReadOnlyList<UnitScore> ranking, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var layout = new SheetLayout(SheetName, Widths, HeaderRow, FilterTo: (HeaderRow + ranking.Count, Headers.Length),
            Merges: [$"A1:{ColumnName.Cell(Headers.Length, 1)}", $"A2:{ColumnName.Cell(Headers.Length, 2)}"]);
        return XlsxWriter.WriteAsync(output, layout, writer =>
        {
            writer.Row(1, 28);
            writer.Text(1, title, CellStyle.Title);
            writer.Row(2, 30);
            writer.Text(1, "说明：基础分为牵头任务确认结果分值的加权平均；扣分、加分按督查室的考核方案计算，各有上限；得分 = 基础分 − 扣分 + 加分。", CellStyle.Note);
            writer.Row(HeaderRow, 24);
            for (var c = 0; c < Headers.Length; c++)
            {
                writer.Text(c + 1, Headers[c], CellStyle.Header);
            }

            var row = HeaderRow;
            foreach (var s in ranking)
            {
                writer.Row(++row);
                writer.Number(1, s.Rank);
                writer.Text(2, s.Unit);
                writer.Number(3, s.Base);
                writer.Number(4, s.Deducted);
                writer.Number(5, s.Added);
                writer.Number(6, s.Final);
                writer.Text(7, Explained(s));
            }
        }, ct);
    }

    /// <summary>Every line of a unit's score, one per line (T1 完成，得100分（权重1） / T1 逾期或未报送进展2次… −1).</summary>
    public static string Explained(UnitScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return string.Join("\n", score.Lines.Select(l =>
            $"{l.Task} {l.Why.Zh}{(l.Points == 0 ? "" : " " + l.Points.ToString("+0.##;−0.##", CultureInfo.InvariantCulture))}".Trim()));
    }
}
