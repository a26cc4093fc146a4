using DocumentFormat.OpenXml.Spreadsheet;
using Luoshi.Documents.Ledger;
using Luoshi.Documents.Tests.Excel;
using Luoshi.Domain.Progress;

namespace Luoshi.Documents.Tests.Ledger;

public sealed class LedgerWorkbookTests
{
    private static readonly string[] HeaderCells = ["A3", "B3", "C3", "D3", "E3", "F3", "G3", "H3", "I3", "J3", "K3", "L3"];
    private static readonly string[] TargetCells = ["D4", "D5", "D6", "D7", "D8"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Jobs ≥ 6000 (500 a month expected): January 500 approved (on track), February 300 approved (800 of 1000: share
    // 0.8, behind), March 900 submitted, not yet approved (as of 29 March 800 of 1500: 0.53, at risk).
    private static async Task<OpenedWorkbook> ExportAsync(TestLedger test, DateOnly asOf)
    {
        await test.ReportAsync("T1", 1, "人社局", [new("T1.1", 500m, null, null, null), new("T1.2", 200m, null, null, null)], "一月", ReportAction.Submit, ReportAction.Approve);
        await test.ReportAsync("T1", 2, "人社局", [new("T1.1", 300m, null, null, null), new("T1.2", 100m, null, null, null)], "二月", ReportAction.Submit, ReportAction.Approve);
        await test.ReportAsync("T1", 3, "人社局", [new("T1.1", 900m, null, null, null), new("T1.2", 100m, null, null, null)], "三月", ReportAction.Submit);
        await test.ReportAsync("T1", 4, "人社局", [new("T1.1", 999m, null, null, null)], "四月草稿");
        var output = new MemoryStream();
        var written = await LedgerWorkbook.WriteAsync(test.Ledger, test.PlanId, asOf, output, Ct);
        Assert.True(written.Succeeded);
        output.Position = 0;
        return new OpenedWorkbook(output);
    }

    [Fact]
    public async Task WriteAsync_ThreeMonths_HeadersTitleAndOneRowPerTargetOrTaskWithoutTargets()
    {
        await using var test = await TestLedger.CreateAsync();
        using var book = await ExportAsync(test, new DateOnly(2022, 4, 10));

        Assert.Equal("台账", book.SheetName);
        Assert.Equal("测试市2022年政府工作报告重点任务台账（截至2022年4月10日）", book.Text("A1"));
        Assert.Equal(["部分", "任务编号", "任务内容", "目标编号", "目标", "目标值", "牵头单位", "配合单位", "责任领导", "完成时限", "1月数值", "1月状态"],
            HeaderCells.Select(book.Text));
        // 10 leading columns, 12 × 2 period columns, then AI 当前状态 … AL 下一步措施.
        Assert.Equal(("12月状态", "当前状态", "下一步措施"), (book.Text("AH3"), book.Text("AI3"), book.Text("AL3")));
        Assert.Equal(["T1.1", "T1.2", "T2.1", "T3.1", ""], TargetCells.Select(book.Text));
        Assert.Equal(("一 民生", "T4", "≥ 6000人", "财政局", "张副市长", "2022-12-31"), (book.Text("A4"), book.Text("B8"), book.Text("F4"), book.Text("H4"), book.Text("I4"), book.Text("J4")));
    }

    [Fact]
    public async Task WriteAsync_ThreeMonths_ValuesAndStatusPerPeriodColouredAndPendingValueMarked()
    {
        await using var test = await TestLedger.CreateAsync();
        using var book = await ExportAsync(test, new DateOnly(2022, 4, 10));

        Assert.Equal(("500", "正常", "300", "滞后", "900", "严重滞后"), (book.Text("K4"), book.Text("L4"), book.Text("M4"), book.Text("N4"), book.Text("O4"), book.Text("P4")));
        Assert.Equal(("FFC6EFCE", "FFFFEB9C", "FFFFC7CE"), (book.Fill("L4"), book.Fill("N4"), book.Fill("P4")));
        // March's 900 awaits review: italic (font 3), unlike January's approved 500.
        var fonts = book.Styles.CellFormats!.Elements<CellFormat>().Select(f => f.FontId!.Value).ToArray();
        Assert.Equal((0u, 3u), (fonts[book.Cell("K4")!.StyleIndex!.Value], fonts[book.Cell("O4")!.StyleIndex!.Value]));
        // April is not past due on 10 April, and its draft is nobody's business yet.
        Assert.Equal(("", ""), (book.Text("Q4"), book.Text("R4")));
        Assert.Equal(("严重滞后", "三月", "三月的问题", "三月的措施"), (book.Text("AI4"), book.Text("AJ4"), book.Text("AK4"), book.Text("AL4")));
        // T3 (no report at all) is overdue from January on.
        Assert.Equal(("未报送", "FFFFC7CE"), (book.Text("L7"), book.Fill("L7")));
    }

    [Fact]
    public async Task WriteAsync_Layout_HeaderFrozenFilterOnPrintTitlesA4LandscapeFitToWidth()
    {
        await using var test = await TestLedger.CreateAsync();
        using var book = await ExportAsync(test, new DateOnly(2022, 4, 10));

        var pane = book.Sheet.Descendants<Pane>().Single();
        Assert.Equal((3d, "A4", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        Assert.Equal("A3:AL8", book.Sheet.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.Equal("'台账'!$3:$3", book.Names["_xlnm.Print_Titles"]);
        var page = book.Sheet.Descendants<PageSetup>().Single();
        Assert.Equal((9u, OrientationValues.Landscape, 1u, 0u), (page.PaperSize!.Value, page.Orientation!.Value, page.FitToWidth!.Value, page.FitToHeight!.Value));
        Assert.Equal(40d, book.Sheet.Descendants<Column>().Single(c => c.Min!.Value == 3).Width!.Value);
    }

    [Fact]
    public async Task WriteAsync_UnknownPlan_FailsAndWritesNothing()
    {
        await using var test = await TestLedger.CreateAsync();
        var output = new MemoryStream();

        var written = await LedgerWorkbook.WriteAsync(test.Ledger, 99, new DateOnly(2022, 4, 10), output, Ct);

        Assert.Equal(("no plan with id 99 in the ledger", 0L), (written.Error?.Message.En, output.Length));
    }
}
