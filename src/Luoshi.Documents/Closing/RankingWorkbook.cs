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
    /// <summary>How the ranking counts, under its title and in the report.</summary>
    public const string Note = "说明：基础分为各牵头任务结果分值的加权平均（已确认自评的单位按其自评分值）；扣分、加分按督查室的考核方案计算，含单位自评的加减分，各有上限；调整为督查室审核自评时的调整；得分 = 基础分 − 扣分 + 加分 + 调整。自评未确认的单位暂按考核方案计分。";

    private static readonly string[] Headers = ["名次", "单位", "基础分", "扣分", "加分", "调整", "得分", "自评审核", "计分说明"];
    private static readonly double[] Widths = [8, 28, 10, 10, 10, 10, 10, 22, 90];

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
            writer.Text(1, Note, CellStyle.Note);
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
                writer.Number(6, s.Adjusted);
                writer.Number(7, s.Final);
                writer.Text(8, Review(s));
                writer.Text(9, Explained(s));
            }
        }, ct);
    }

    /// <summary>Every line of a unit's score, one per line, with where it came from (T1 【考核办法】完成，得100分（权重1） /
    /// 【督查室调整】… −1).</summary>
    public static string Explained(UnitScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return string.Join("\n", score.Lines.Select(l =>
            $"{l.Task} 【{Catalogue.SelfAssessment.SourceName(l.Source).Zh}】{l.Why.Zh}{(l.Points == 0 ? "" : " " + l.Points.ToString("+0.##;−0.##", CultureInfo.InvariantCulture))}".Trim()));
    }

    /// <summary>Whether the score is the confirmed final one: 已确认, or 待审核 / 已退回 / 未报送 with the scheme's score meanwhile.</summary>
    public static string Review(UnitScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var state = score.Review ?? SelfAssessmentState.Pending;
        return state == SelfAssessmentState.Confirmed ? "已确认" : $"自评{Catalogue.SelfAssessment.StateName(state).Zh}，按考核方案计";
    }
}
