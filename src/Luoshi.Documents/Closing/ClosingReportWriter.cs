using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Luoshi.Documents.Word;
using Luoshi.Domain.Assessment;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using static Luoshi.Documents.Word.DocxBlocks;

namespace Luoshi.Documents.Closing;

/// <summary>年度落实情况报告: a plan's year-end account as a .docx in the quarterly notice's official layout (GB/T 9704
/// page, fonts and styles): 一、总体情况 (tasks by confirmed result), 二、分领域情况 (by report section), 三、未完成和基本完成
/// 事项 (each with its reason and what carries over), 四、量化目标完成情况 (every target's final, computed ones with their
/// standard), 五、更正情况, the ranking of the unit assessment (考核排名), the issuer and the day. Every figure comes from the closing reading.</summary>
public static class ClosingReportWriter
{
    private static readonly int[] SectionWidths = [2844, 1200, 1200, 1200, 1200, 1200];
    private static readonly int[] ShortWidths = [600, 3644, 1700, 1000, 1900];
    private static readonly int[] TargetWidths = [1000, 2300, 1600, 1500, 2444];
    private static readonly int[] RankWidths = [800, 2644, 1000, 900, 900, 900, 1000, 900];

    /// <summary>Writes the report of plan <paramref name="planId"/>, dated <paramref name="date"/>; fails, writing
    /// nothing, when there is no such plan.</summary>
    public static async Task<StoreResult> WriteAsync(Storage.Ledger ledger, int planId, DateOnly date, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        if (await ledger.Closing.ReadAsync(planId, ct).ConfigureAwait(false) is not { } reading)
        {
            return StoreResult.Fail(Catalogue.Ledger.NoPlan(planId));
        }

        Write(reading, date, output, await ledger.Closing.RankAsync(planId, ct).ConfigureAwait(false),
            await ledger.Years.OriginsAsync(planId, ct).ConfigureAwait(false));
        return StoreResult.Ok;
    }

    /// <summary>The report's title: 四会市2022年政府工作报告重点任务年度落实情况报告.</summary>
    public static string Title(ClosingReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return $"{reading.Plan.Region}{N(reading.Plan.Year)}年政府工作报告重点任务年度落实情况报告";
    }

    /// <summary>The opening sentence of 一、总体情况, with the totals.</summary>
    public static string Totals(ClosingReading reading)
    {
        var f = ClosingFigures.Of(reading);
        return $"{N(reading.Plan.Year)}年政府工作报告确定的{N(f.Tasks)}项重点任务中，经各牵头单位报送、督查室审核确认，完成{N(f.Done)}项，基本完成{N(f.BasicallyDone)}项，"
            + $"未完成{N(f.NotDone)}项" + (f.Unconfirmed > 0 ? $"，尚未确认{N(f.Unconfirmed)}项" : "") + $"；完成和基本完成的占{f.DoneShare}%。";
    }

    /// <summary>The sentence naming the tasks carried into this year and where each came from, or null when none was.</summary>
    public static string? Carried(ClosingReading reading, IReadOnlyDictionary<string, Domain.Years.CarryOrigin>? origins)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var carried = reading.Tasks.Select(t => (t.Code, Origin: CarriedText.OriginOf(origins, t.Code))).Where(t => t.Origin is not null).ToList();
        return carried.Count == 0 ? null
            : $"其中上年度结转任务{N(carried.Count)}项：" + string.Join("；", carried.Select(c => $"{c.Code}{Catalogue.Years.CarriedFrom(c.Origin!.FromYear, c.Origin.FromTask).Zh}")) + "。";
    }

    /// <summary>Writes <paramref name="reading"/> as the report; a carried task says where it came from
    /// (<paramref name="origins"/>, by task).</summary>
    public static void Write(ClosingReading reading, DateOnly date, Stream output, IReadOnlyList<UnitScore>? ranking = null,
        IReadOnlyDictionary<string, Domain.Years.CarryOrigin>? origins = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(output);
        using var document = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var issuer = $"{reading.Plan.Region}人民政府督查室";
        document.PackageProperties.Title = Title(reading);
        document.PackageProperties.Creator = issuer;
        var main = document.AddMainDocumentPart();
        OfficialFonts.AddTo(main);
        OfficialStyles.AddTo(main);
        var body = new Body();
        main.Document = new Document(body);

        body.Append(Paragraph(OfficialStyles.Title, Title(reading)));
        body.Append(Paragraph(OfficialStyles.Heading1, "一、总体情况"));
        body.Append(Paragraph(OfficialStyles.Body, Totals(reading)));
        if (Carried(reading, origins) is { } carried)
        {
            body.Append(Paragraph(OfficialStyles.Body, carried));
        }

        body.Append(Paragraph(OfficialStyles.Heading1, "二、分领域情况"));
        body.Append(Table(SectionWidths, ["领域", "任务数", "完成", "基本完成", "未完成", "未确认"],
            ClosingFigures.BySection(reading).Select(s => (IReadOnlyList<string>)
                [s.Section, N(s.Figures.Tasks), N(s.Figures.Done), N(s.Figures.BasicallyDone), N(s.Figures.NotDone), N(s.Figures.Unconfirmed)]),
            new HashSet<int> { 0 }));

        body.Append(Paragraph(OfficialStyles.Heading1, "三、未完成和基本完成事项"));
        var short_ = reading.Tasks.Where(t => t.Result is ClosingResult.NotDone or ClosingResult.BasicallyDone).ToList();
        body.Append(short_.Count == 0 ? Paragraph(OfficialStyles.Body, "全部任务均已完成。")
            : Table(ShortWidths, ["序号", "任务", "牵头单位", "结果", "原因及结转"], short_.Select((t, n) => (IReadOnlyList<string>)
                [
                    N(n + 1), $"{t.Code} {CarriedText.Of(t.Reading.Task.Text, CarriedText.OriginOf(origins, t.Code))}", t.Reading.Task.LeadUnit ?? "", Catalogue.Closing.ResultName(t.Result!.Value).Zh,
                    (t.Account.ShortReason ?? "") + (t.Result == ClosingResult.NotDone ? $"（结转{N(reading.Plan.Year + 1)}年继续推进）" : ""),
                ]), new HashSet<int> { 1, 4 }));

        body.Append(Paragraph(OfficialStyles.Heading1, "四、量化目标完成情况"));
        var targets = reading.Tasks.SelectMany(t => t.Targets).ToList();
        body.Append(targets.Count == 0 ? Paragraph(OfficialStyles.Body, "本年度无量化目标。")
            : Table(TargetWidths, ["目标", "要求", "年底实际", "结果", "数据来源"], targets.Select(g => (IReadOnlyList<string>)
                [
                    g.Code, $"{g.Reading.Target.Subject} {g.Reading.GoalWords.Zh}", Final(g), Catalogue.Closing.ResultName(g.Judgement.Result).Zh,
                    g.Standard is { } s ? Catalogue.Closing.ComputedFrom(s).Zh : "牵头单位报送",
                ]), new HashSet<int> { 1, 4 }));

        var corrections = reading.Tasks.SelectMany(t => t.Account.Corrections.Select(c => (t.Code, c))).ToList();
        if (corrections.Count > 0)
        {
            body.Append(Paragraph(OfficialStyles.Heading1, "五、更正情况"));
            foreach (var (code, c) in corrections)
            {
                body.Append(Paragraph(OfficialStyles.Body,
                    $"{code}：{NoticeText.Date(c.On)}由“{Catalogue.Closing.ResultName(c.Before).Zh}”更正为“{Catalogue.Closing.ResultName(c.After).Zh}”，原因：{c.Reason}。"));
            }
        }

        if (ranking is { Count: > 0 })
        {
            body.Append(Paragraph(OfficialStyles.Heading1, corrections.Count > 0 ? "六、考核排名" : "五、考核排名"));
            // A unit's confirmed final score counts; until the office confirms its self-assessment, the scheme's score.
            body.Append(Paragraph(OfficialStyles.Body, RankingWorkbook.Note));
            body.Append(Table(RankWidths, ["名次", "单位", "基础分", "扣分", "加分", "调整", "得分", "自评审核"], ranking.Select(u => (IReadOnlyList<string>)
                [N(u.Rank), u.Unit, Points(u.Base), Points(u.Deducted), Points(u.Added), Points(u.Adjusted), Points(u.Final), RankingWorkbook.Review(u)]), new HashSet<int> { 1 }));
        }

        body.Append(Blank());
        body.Append(Aligned(issuer, JustificationValues.Right, OfficialStyles.TwoCharacters * 2));
        body.Append(Aligned(NoticeText.Date(date), JustificationValues.Right, OfficialStyles.TwoCharacters * 2));
        body.Append(OfficialPage.Create(main));
        // No explicit Save: disposing the package (created with auto-save) writes every part once; saving the main
        // part here as well serialised the whole body twice, half the time of a long report.
    }

    private static string Final(TargetClosing g) => g.DoneOn is { } d ? NoticeText.Date(d) + "完成"
        : g.Final is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) + (g.Reading.Target.Unit ?? "") : "无数据";

    private static string Points(decimal p) => p.ToString("0.##", CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
