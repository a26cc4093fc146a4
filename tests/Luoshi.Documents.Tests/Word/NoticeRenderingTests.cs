using System.Globalization;
using System.Text.RegularExpressions;

namespace Luoshi.Documents.Tests.Word;

/// <summary>The notice as a person sees it: LibreOffice converts it to PDF, poppler reads the text back and renders the
/// pages to artifacts/notice/ (one per layout: text, tables, charts) for a person to look at.</summary>
public sealed class NoticeRenderingTests(NoticeLedger ledger) : IClassFixture<NoticeLedger>
{
    [Fact]
    public async Task LibreOffice_lays_the_notice_out_on_five_pages_with_its_title_and_parts()
    {
        var ct = TestContext.Current.CancellationToken;
        var pdf = await Office.ToPdfAsync(ledger.Docx, ct);
        // Rendered first, so that a person can see what went wrong when an assertion below fails.
        if (Directory.Exists(Office.Artifacts))
        {
            Directory.Delete(Office.Artifacts, recursive: true);
        }

        Directory.CreateDirectory(Office.Artifacts);
        File.Copy(pdf, Path.Combine(Office.Artifacts, "notice.pdf"));
        await Office.RunAsync("pdftoppm", ["-r", "80", "-png", pdf, Path.Combine(Office.Artifacts, "notice-page")], ct);

        var info = await Office.RunAsync("pdfinfo", [pdf], ct);
        var pages = int.Parse(Regex.Match(info, @"Pages:\s+(\d+)", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value, CultureInfo.InvariantCulture);
        // Title, summary (tasks counted by status, then targets) and the sections fill two pages and begin the third with
        // the tables; the two charts the fourth; 特此通报 and the signature (kept together) the fifth.
        Assert.Equal(5, pages);

        // Lines break where the layout breaks them: compare without white space.
        var text = Regex.Replace(await Office.RunAsync("pdftotext", [pdf, "-"], ct), @"\s+", "", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.Contains("关于2022年第三季度政府工作报告重点任务落实情况的通报", text, StringComparison.Ordinal);
        Assert.Contains("二、各部分推进情况", text, StringComparison.Ordinal);
        Assert.Contains("（一）民生", text, StringComparison.Ordinal);
        Assert.Contains("测试市人民政府督查室", text, StringComparison.Ordinal);

    }
}
