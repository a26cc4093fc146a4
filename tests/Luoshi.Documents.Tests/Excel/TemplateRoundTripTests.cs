using Luoshi.Documents.Excel;
using Luoshi.Documents.Ledger;
using Luoshi.Domain.Progress;

namespace Luoshi.Documents.Tests.Excel;

public sealed class TemplateRoundTripTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 人社局 leads T1 (rows 4 and 5: T1.1, T1.2), T3 (row 6: the share T3.1) and T4 (row 7: no target).
    private static async Task<string> ExportAsync(TestLedger test, string unit = "人社局")
    {
        var path = test.PathOf(unit + ".xlsx");
        await using (var file = File.Create(path))
        {
            var written = await ReportTemplate.WriteAsync(test.Ledger, test.PlanId, unit, "2022-03", file, Ct);
            Assert.True(written.Succeeded, written.Error?.ToString());
        }

        return path;
    }

    [Fact]
    public async Task Template_OnlyTheUnitsTasksWithInputCellsUnlockedAndIdsHidden()
    {
        await using var test = await TestLedger.CreateAsync();
        var path = await ExportAsync(test);
        await using var stream = File.OpenRead(path);
        using var book = new OpenedWorkbook(stream);

        Assert.Equal(["T1.1", "T1.2", "T3.1", ""], Rows.Select(r => book.Text("C" + r)));
        Assert.Equal(("T4", "2022-03", "人社局"), (book.Text("O7"), book.Text("Q4"), book.Text("R4")));
        Assert.Equal((false, false, true, true), (book.Locked("G4"), book.Locked("K4"), book.Locked("K5"), book.Locked("H4")));
        Assert.Equal((false, true), (book.Locked("H6"), book.Locked("G7")));
        Assert.True(book.Sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.SheetProtection>().Single().Sheet!.Value);
        Assert.Equal([14u, 15u, 16u, 17u, 18u, 19u],
            book.Sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>().Where(c => c.Hidden?.Value == true).Select(c => c.Min!.Value));
    }

    [Fact]
    public async Task Import_FilledTemplateSubmitted_LedgerShowsExactlyThoseValues()
    {
        await using var test = await TestLedger.CreateAsync();
        var path = await ExportAsync(test);
        TemplateFiller.Fill(path, ("G4", 600), ("G5", 150.5m), ("H6", 81), ("I6", 150), ("K4", "三月进展"), ("L4", "无"), ("M4", "继续"), ("K7", "就业服务进展"));

        var imported = await TemplateImport.ImportAsync(test.Ledger, test.PlanId, path, "人社局", submit: true, Ct);

        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        Assert.Equal(3, imported.Rows);
        var output = new MemoryStream();
        await LedgerWorkbook.WriteAsync(test.Ledger, test.PlanId, new DateOnly(2022, 4, 10), output, Ct);
        output.Position = 0;
        using var ledger = new OpenedWorkbook(output);
        // March's value column is O; 81 of 150 villages is 54%.
        Assert.Equal(["600", "150.5", "", "54", ""], LedgerRows.Select(r => ledger.Text("O" + r)));
        Assert.Equal(("三月进展", "无", "继续", "就业服务进展"), (ledger.Text("AJ4"), ledger.Text("AK4"), ledger.Text("AL4"), ledger.Text("AJ8")));
        Assert.All(await test.Ledger.ListReportsAsync(test.PlanId, ct: Ct), r => Assert.Equal((ReportState.Submitted, 3), (r.State, r.Period)));
    }

    [Theory]
    [InlineData("G4", "六百", "row 4, column G (本期数值): expected a number of at least 0, found '六百'")]
    [InlineData("G5", -5, "row 5, column G (本期数值): expected a number of at least 0, found -5")]
    [InlineData("G6", 120, "row 6, column G (本期数值): expected a number from 0 to 100, found 120")]
    [InlineData("O4", "T3", "row 4, column S (校验码): expected the checksum of the row's hidden ids (plan, task, target, period, unit): an id was changed; export a new template")]
    public async Task Import_BadCell_ErrorAtItsPlaceAndNothingStored(string cell, object value, string expected)
    {
        await using var test = await TestLedger.CreateAsync();
        var path = await ExportAsync(test);
        TemplateFiller.Fill(path, ("G4", 600), ("K7", "就业服务进展"), (cell, value));

        var imported = await TemplateImport.ImportAsync(test.Ledger, test.PlanId, path, null, submit: false, Ct);

        Assert.Equal("人社局.xlsx, sheet 填报, " + expected, imported.Errors.Single().ToWords().En);
        Assert.Empty(await test.Ledger.ListReportsAsync(test.PlanId, ct: Ct));
    }

    [Fact]
    public async Task Import_TemplateOfAnotherUnit_ErrorNamingBothAndNothingStored()
    {
        await using var test = await TestLedger.CreateAsync();
        var path = await ExportAsync(test, "教育局");
        TemplateFiller.Fill(path, ("G4", 50));

        var imported = await TemplateImport.ImportAsync(test.Ledger, test.PlanId, path, "人社局", submit: false, Ct);

        Assert.Equal("教育局.xlsx, sheet 填报, row 4, column R (填报单位): expected a template of 人社局; this one is of 教育局", imported.Errors.Single().ToWords().En);
        Assert.Empty(await test.Ledger.ListReportsAsync(test.PlanId, ct: Ct));
    }

    [Fact]
    public async Task Import_TemplateOfAnotherPlan_ErrorNamingThePlanSelected()
    {
        await using var test = await TestLedger.CreateAsync();
        var other = (await test.Ledger.ImportPlanAsync(TestPlan.Create("另一市"), replace: false, Ct)).PlanId;
        var path = await ExportAsync(test);
        TemplateFiller.Fill(path, ("G4", 600));

        var imported = await TemplateImport.ImportAsync(test.Ledger, other, path, null, submit: false, Ct);

        Assert.Equal($"人社局.xlsx, sheet 填报, row 4, column N (计划编号): expected plan {other} (另一市 2022), the plan selected; this template is of plan {test.PlanId}",
            imported.Errors[0].ToWords().En);
        Assert.Empty(await test.Ledger.ListReportsAsync(other, ct: Ct));
    }

    private static readonly int[] Rows = [4, 5, 6, 7];
    private static readonly int[] LedgerRows = [4, 5, 6, 7, 8];
}
