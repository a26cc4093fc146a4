using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Luoshi.Documents.Charts;
using Luoshi.Domain.Evaluation;
using static Luoshi.Documents.Word.DocxBlocks;

namespace Luoshi.Documents.Word;

/// <summary>Lays out a <see cref="QuarterlyNotice"/> as a .docx in the form of an official notice (通报): title,
/// recipients, opening, numbered parts (总体情况, one sub-part per report section, 滞后任务, 单位排名, the red targets'
/// charts), 特此通报, the issuer and the date.</summary>
public static class NoticeWriter
{
    /// <summary>Widths of the ranking table's columns (名次, 单位, 应报/按时/按时率, 目标/绿灯/绿灯率), in twentieths of a point.</summary>
    private static readonly int[] RankingWidths = [700, 2494, 850, 850, 1200, 750, 800, 1200];

    /// <summary>Printed width of a chart: most of the text width, so that two charts and their captions fit a page.</summary>
    private const int ChartWidth = OfficialPage.TextWidth * 85 / 100;

    /// <summary>Widths of the behind list's columns (序号, 任务, 滞后目标及状态, 牵头单位).</summary>
    private static readonly int[] BehindWidths = [700, 3444, 2600, 2100];

    /// <summary>Writes <paramref name="notice"/> to <paramref name="output"/> as a Word document.</summary>
    public static void Write(QuarterlyNotice notice, Stream output)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(output);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = notice.Title;
        document.PackageProperties.Creator = notice.Issuer;
        var main = document.AddMainDocumentPart();
        OfficialFonts.AddTo(main);
        OfficialStyles.AddTo(main);
        var body = new Body();
        main.Document = new Document(body);

        if (!string.IsNullOrWhiteSpace(notice.DocumentNumber))
        {
            body.Append(Aligned(notice.DocumentNumber.Trim(), JustificationValues.Center));
        }

        body.Append(Paragraph(OfficialStyles.Title, notice.Title));
        body.Append(Aligned("各有关单位：", JustificationValues.Left));
        body.Append(Paragraph(OfficialStyles.Body,
            $"为推动{notice.Region}{notice.Year.ToString(CultureInfo.InvariantCulture)}年政府工作报告确定的重点任务落地见效，现将{notice.Period.Name}重点任务落实情况通报如下。"));

        var part = 0;
        body.Append(Heading1(++part, "总体情况"));
        body.Append(Paragraph(OfficialStyles.Body, NoticeText.Counts(notice.Period.Through, notice.TaskCount, notice.TaskTotals, notice.Totals)));
        body.Append(Paragraph(OfficialStyles.Body, NoticeText.Lights(notice.Totals)));

        body.Append(Heading1(++part, "各部分推进情况"));
        for (var i = 0; i < notice.Sections.Count; i++)
        {
            Section(body, i + 1, notice.Sections[i]);
        }

        body.Append(Heading1(++part, "滞后任务"));
        if (notice.Behind.Count == 0)
        {
            body.Append(Paragraph(OfficialStyles.Body, "本期无滞后、严重滞后、未完成或未报送的任务。"));
        }
        else
        {
            body.Append(Paragraph(OfficialStyles.Body, $"以下{notice.Behind.Count.ToString(CultureInfo.InvariantCulture)}项任务欠进度、未报送、未签收，或其量化目标滞后、严重滞后、未完成、未报送，请牵头单位重点推进："));
            body.Append(Table(BehindWidths, ["序号", "任务", "滞后目标及状态", "牵头单位"], notice.Behind.Select((t, n) => (IReadOnlyList<string>)
                [
                    (n + 1).ToString(CultureInfo.InvariantCulture),
                    $"{t.Code} {Shorten(t.Text)}",
                    t.Targets.Count > 0
                        ? string.Join("；", t.Targets.Select(x => $"{x.Target.Subject}（{NoticeText.Status(x.Evaluation.Status)}）"))
                        : $"{t.Status.Label.Zh}：{t.Status.Detail.Zh}",
                    t.LeadUnit ?? "未明确",
                ]), new HashSet<int> { 1, 2, 3 }));
        }

        body.Append(Heading1(++part, "单位排名"));
        body.Append(Paragraph(OfficialStyles.Body, "按牵头单位排名：先比按时报送率（按时报送的报告数占应报送数的比例），再比绿灯率（已完成和正常的目标占其牵头目标的比例），两项相同的并列。"));
        body.Append(Table(RankingWidths, ["名次", "牵头单位", "应报送", "按时报送", "按时报送率", "目标数", "绿灯数", "绿灯率"], notice.Ranking.Select(u => (IReadOnlyList<string>)
            [
                u.Rank.ToString(CultureInfo.InvariantCulture), u.Unit, u.ReportsDue.ToString(CultureInfo.InvariantCulture),
                u.ReportsOnTime.ToString(CultureInfo.InvariantCulture), NoticeText.Percent(u.OnTimeShare),
                u.Counts.Targets.ToString(CultureInfo.InvariantCulture), u.Counts.Green.ToString(CultureInfo.InvariantCulture), NoticeText.Percent(u.GreenShare),
            ]), new HashSet<int> { 1 }));

        if (notice.RedTargets.Count > 0)
        {
            body.Append(Heading1(++part, "红灯目标走势"));
            body.Append(Paragraph(OfficialStyles.Body, "以下为严重滞后、未完成或未报送目标的形象进度、实际完成和按当前进度的预测："));
            for (var i = 0; i < notice.RedTargets.Count; i++)
            {
                Chart(main, body, i + 1, notice.RedTargets[i]);
            }
        }

        // 特此通报, the signature and the date stay on one page: a signature alone on the last page is what GB/T 9704
        // tells to avoid.
        body.Append(KeptWithNext(Paragraph(OfficialStyles.Body, "特此通报。")));
        body.Append(KeptWithNext(Blank()));
        body.Append(KeptWithNext(Blank()));
        // GB/T 9704: the date four characters in from the right, the issuer over it.
        body.Append(KeptWithNext(Aligned(notice.Issuer, JustificationValues.Right, OfficialStyles.TwoCharacters * 2)));
        body.Append(Aligned(NoticeText.Date(notice.Date), JustificationValues.Right, OfficialStyles.TwoCharacters * 2));
        body.Append(OfficialPage.Create(main));
        // No explicit Save: disposing the package (created with auto-save) writes every part once; saving the main
        // part here as well serialised the whole body twice, half the time of a long report.
    }

    private static void Section(Body body, int number, NoticeSection section)
    {
        body.Append(Paragraph(OfficialStyles.Heading2, $"（{NoticeText.Chinese(number)}）{section.Title}"));
        if (section.Counts.Targets > 0)
        {
            body.Append(Paragraph(OfficialStyles.Body, NoticeText.SectionCounts(section.Counts)));
        }

        // Tasks under several work items (工作事项) get them as third-level headings (1.) and are numbered (1) below
        // them, as GB/T 9704 orders its levels; otherwise the tasks themselves are numbered 1.
        var groups = section.Tasks.ChunkBy(t => t.WorkItem).ToList();
        if (groups.Count > 1)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                body.Append(Paragraph(OfficialStyles.Body, groups[g].Key ?? "其他任务", $"{(g + 1).ToString(CultureInfo.InvariantCulture)}. "));
                Tasks(body, groups[g].Items, n => $"（{n.ToString(CultureInfo.InvariantCulture)}）");
            }
        }
        else
        {
            Tasks(body, section.Tasks, n => $"{n.ToString(CultureInfo.InvariantCulture)}. ");
        }
    }

    private static void Tasks(Body body, IReadOnlyList<NoticeTask> tasks, Func<int, string> number)
    {
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            var units = task.LeadUnit is null ? "（牵头单位未明确）"
                : task.SupportingUnits.Count == 0 ? $"（牵头单位：{task.LeadUnit}）"
                : $"（牵头单位：{task.LeadUnit}；配合单位：{string.Join("、", task.SupportingUnits)}）";
            body.Append(Paragraph(OfficialStyles.Body, task.Text + units, number(i + 1)));
            foreach (var target in task.Targets)
            {
                body.Append(Paragraph(OfficialStyles.Body, NoticeText.Figures(target)));
            }

            body.Append(task.Progress is { } progress
                ? Paragraph(OfficialStyles.Body, progress, $"{PeriodLabel.Of(task.ProgressPeriod!)}进展情况：")
                : Paragraph(OfficialStyles.Body, "暂无审核通过的进展情况。", "进展情况："));
        }
    }

    private static void Chart(MainDocumentPart main, Body body, int number, TargetHistory history)
    {
        var status = NoticeText.Status(history.Now.Status);
        var png = TrajectoryChart.Png(history, $"{history.Subject}（{history.Code}）", history.Unit);
        var picture = DocxPicture.Create(main, png, TrajectoryChart.DefaultWidth, TrajectoryChart.DefaultHeight, ChartWidth, (uint)number, "chart" + number.ToString(CultureInfo.InvariantCulture));
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = OfficialStyles.Figure }, new KeepNext()), picture));
        body.Append(Paragraph(OfficialStyles.Figure, $"图{number.ToString(CultureInfo.InvariantCulture)}  {history.Code} {history.Subject}（{status}）"));
    }

    private static Paragraph KeptWithNext(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties!;
        properties.InsertAfter(new KeepNext(), properties.ParagraphStyleId);
        return paragraph;
    }

    private static Paragraph Heading1(int number, string title) => Paragraph(OfficialStyles.Heading1, $"{NoticeText.Chinese(number)}、{title}");

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
