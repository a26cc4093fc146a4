using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Luoshi.Documents.Word.DocxBlocks;

namespace Luoshi.Documents.Word;

/// <summary>Lays out an <see cref="AssignmentNotice"/> as a .docx in the official layout of the quarterly notice
/// (GB/T 9704 page, fonts and styles): title, the unit as recipient, the opening, 一、交办任务 (a table), 二、工作要求
/// (签收, reporting, milestones, 办结 and 延期), 三、联系方式, the issuer and the date.</summary>
public static class AssignmentNoticeWriter
{
    /// <summary>Widths of the task table's columns (序号, 任务及量化目标, 责任, 完成时限), in twentieths of a point.</summary>
    private static readonly int[] Widths = [700, 5244, 1600, 1300];

    /// <summary>Writes <paramref name="notice"/> to <paramref name="output"/> as a Word document.</summary>
    public static void Write(AssignmentNotice notice, Stream output)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(output);
        using var document = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var title = Title(notice);
        document.PackageProperties.Title = title;
        document.PackageProperties.Creator = notice.Issuer;
        var main = document.AddMainDocumentPart();
        OfficialFonts.AddTo(main);
        OfficialStyles.AddTo(main);
        var body = new Body();
        main.Document = new Document(body);

        var year = N(notice.Year);
        var leads = notice.Tasks.Count(t => t.Leads);
        body.Append(Paragraph(OfficialStyles.Title, title));
        body.Append(Aligned($"{notice.Unit}：", JustificationValues.Left));
        body.Append(Paragraph(OfficialStyles.Body,
            $"为确保{notice.Region}{year}年政府工作报告确定的重点任务落地见效，现将你单位牵头的{N(leads)}项、配合的{N(notice.Tasks.Count - leads)}项任务交办如下，请认真抓好落实。"));

        body.Append(Paragraph(OfficialStyles.Heading1, "一、交办任务"));
        if (notice.Tasks.Count == 0)
        {
            body.Append(Paragraph(OfficialStyles.Body, "本次无交办你单位的任务。"));
        }
        else
        {
            body.Append(Table(Widths, ["序号", "任务及量化目标", "责任", "完成时限"], notice.Tasks.Select((t, n) => (IReadOnlyList<string>)
                [
                    N(n + 1),
                    $"{t.Code} {t.Text}" + (t.Targets.Count == 0 ? "" : "（目标：" + string.Join("；", t.Targets) + "）"),
                    t.Leads
                        ? "牵头" + (t.Partners.Count == 0 ? "" : "（配合：" + string.Join("、", t.Partners) + "）")
                        : "配合" + (t.Partners.Count == 0 ? "" : "（牵头：" + string.Join("、", t.Partners) + "）"),
                    NoticeText.Date(t.Deadline),
                ]), new HashSet<int> { 1, 2 }));
        }

        body.Append(Paragraph(OfficialStyles.Heading1, "二、工作要求"));
        body.Append(Paragraph(OfficialStyles.Body, $"请于交办之日起{N(notice.SignWorkingDays)}个工作日内登录督查系统签收，逾期未签收的计入单位考核。", "（一）及时签收。"));
        body.Append(Paragraph(OfficialStyles.Body, $"牵头单位{notice.CadenceWords}，写明进展情况、存在问题和下一步措施，有量化目标的同时报送完成数值，配合单位向牵头单位提供材料。", "（二）按时报送。"));
        body.Append(Paragraph(OfficialStyles.Body, "没有量化目标的任务，牵头单位在签收后提出节点计划，写明每个节点的完成时间和佐证材料，经督查室审定后作为进度依据。", "（三）细化节点。"));
        body.Append(Paragraph(OfficialStyles.Body, "任务完成后提出办结申请，经督查室复核后销号；确需延期的，在完成时限前提出延期申请，说明理由和拟完成时间，经同意后方可延期。", "（四）办结和延期。"));

        body.Append(Paragraph(OfficialStyles.Heading1, "三、联系方式"));
        body.Append(Paragraph(OfficialStyles.Body, $"联系单位：{notice.Contact}。"));

        body.Append(KeptWithNext(Blank()));
        body.Append(KeptWithNext(Blank()));
        body.Append(KeptWithNext(Aligned(notice.Issuer, JustificationValues.Right, OfficialStyles.TwoCharacters * 2)));
        body.Append(Aligned(NoticeText.Date(notice.Date), JustificationValues.Right, OfficialStyles.TwoCharacters * 2));
        body.Append(OfficialPage.Create(main));
        // No explicit Save: disposing the package (created with auto-save) writes every part once; saving the main
        // part here as well serialised the whole body twice, half the time of a long report.
    }

    /// <summary>测试市2022年政府工作报告重点任务交办单（测试市教育局）.</summary>
    public static string Title(AssignmentNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return $"{notice.Region}{N(notice.Year)}年政府工作报告重点任务交办单（{notice.Unit}）";
    }

    private static Paragraph KeptWithNext(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties!;
        properties.InsertAfter(new KeepNext(), properties.ParagraphStyleId);
        return paragraph;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
