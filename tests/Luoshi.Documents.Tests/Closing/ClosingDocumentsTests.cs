using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Luoshi.Documents.Closing;
using Luoshi.Documents.Tests.Word;
using Luoshi.Domain.Closing;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Documents.Tests.Closing;

/// <summary>The 年度落实情况报告 and the closing workbook of the test plan closed by hand, their figures worked out by hand:
/// T1 (就业 5600 of 6000: 6.67% short; 培训 2100 of 2000) 基本完成; T2 (幼儿园 done 2022-12-20) 完成; T3 (达标率 40 of
/// 60%: 33.33% short) 未完成, carried over; T4 (no target) confirmed 完成 then corrected to 基本完成 — the ranking's figures are worked out beside it. So 4 tasks: 完成 1,
/// 基本完成 2, 未完成 1; (1 + 2) ÷ 4 = 75%.</summary>
public sealed class ClosingDocumentsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Report_ClosedPlan_TotalsSectionsShortfallsTargetsAndCorrections()
    {
        await using var test = await ClosedAsync();
        var path = test.PathOf("report.docx");
        await using (var file = File.Create(path))
        {
            Assert.True((await ClosingReportWriter.WriteAsync(test.Ledger, test.PlanId, new DateOnly(2023, 1, 20), file, Ct)).Succeeded);
        }

        using var docx = new NoticeDocx(path);
        Assert.Equal("测试市2022年政府工作报告重点任务年度落实情况报告", docx.TextsOfStyle(Luoshi.Documents.Word.OfficialStyles.Title).Single());
        Assert.Equal(["一、总体情况", "二、分领域情况", "三、未完成和基本完成事项", "四、量化目标完成情况", "五、更正情况", "六、考核排名"], docx.TextsOfStyle(Luoshi.Documents.Word.OfficialStyles.Heading1));
        Assert.Contains("2022年政府工作报告确定的4项重点任务中，经各牵头单位报送、督查室审核确认，完成1项，基本完成2项，未完成1项；完成和基本完成的占75%。",
            docx.TextsOfStyle(Luoshi.Documents.Word.OfficialStyles.Body));
        Assert.Equal(["民生", "4", "1", "2", "1", "0"], docx.Rows(0)[1]);
        var shortfalls = docx.Rows(1);
        Assert.Equal(["1", "T1 城镇新增就业6千人以上，职业技能培训2千人次以上", "人社局", "基本完成", "两场招聘会因疫情取消"], shortfalls[1]);
        Assert.Equal(["2", "T3 60%以上行政村达标", "人社局", "未完成", "配套资金未到位（结转2023年继续推进）"], shortfalls[2]);
        Assert.Equal("T4 做好就业服务", shortfalls[3][1]);
        var targets = docx.Rows(2).Skip(1).ToDictionary(r => r[0]);
        Assert.Equal(("5600人", "基本完成"), (targets["T1.1"][2], targets["T1.1"][3]));
        Assert.Equal(("2100人次", "完成"), (targets["T1.2"][2], targets["T1.2"][3]));
        Assert.Equal(("2022年12月20日完成", "完成"), (targets["T2.1"][2], targets["T2.1"][3]));
        Assert.Equal(("40%", "未完成", "牵头单位报送"), (targets["T3.1"][2], targets["T3.1"][3], targets["T3.1"][4]));
        Assert.Contains(docx.TextsOfStyle(Luoshi.Documents.Word.OfficialStyles.Body), p => p.StartsWith("T4：", StringComparison.Ordinal) && p.EndsWith("由“完成”更正为“基本完成”，原因：服务对象覆盖不足。", StringComparison.Ordinal));
        Assert.Equal("2023年1月20日", docx.Paragraphs[^1].InnerText);
        // No progress report was ever sent: 12 periods unsent per task (0.5 each) and every target red all year (more
        // than 3 periods: 2 each). 教育局: 100 − (6 + 2) = 92. 人社局: (80 + 50 + 80) ÷ 3 = 70, deductions
        // 36 × 0.5 + 3 × 2 = 24, capped at 10: 60.
        // Neither unit's self-assessment is confirmed: both count by the scheme, and the table says so.
        Assert.Equal([["名次", "单位", "基础分", "扣分", "加分", "调整", "得分", "自评审核"], ["1", "教育局", "100", "8", "0", "0", "92", "自评未报送，按考核方案计"],
            ["2", "人社局", "70", "10", "0", "0", "60", "自评未报送，按考核方案计"]], docx.Rows(3));
    }

    [Fact]
    public async Task Ranking_SelfAssessmentConfirmed_ReportAndWorkbookCountTheFinalScore()
    {
        // 教育局 claims T2 100 (完成, as confirmed); the office adds 2 (幼儿园提前投用): 100 − 8 (scheme) + 2 = 94.
        await using var test = await ClosedAsync();
        var education = LifecycleActor.OfUnit("教育局");
        Ok(await test.Ledger.SelfAssessments.SubmitAsync(test.PlanId, "教育局", education,
            new Domain.Assessment.SelfAssessmentClaim([new Domain.Assessment.TaskPoints("T2", 100m)], [], "幼儿园12月投入使用。"), Ct));
        Ok(await test.Ledger.SelfAssessments.ConfirmAsync(test.PlanId, "教育局", LifecycleActor.Office, [new Domain.Assessment.ScoreAdjustment("T2", 2m, "幼儿园提前投用")], Ct));

        var path = test.PathOf("report.docx");
        await using (var file = File.Create(path))
        {
            Assert.True((await ClosingReportWriter.WriteAsync(test.Ledger, test.PlanId, new DateOnly(2023, 1, 20), file, Ct)).Succeeded);
        }

        using (var docx = new NoticeDocx(path))
        {
            Assert.Equal(["1", "教育局", "100", "8", "0", "2", "94", "已确认"], docx.Rows(3)[1]);
        }

        using var buffer = new MemoryStream();
        Assert.True((await RankingWorkbook.WriteAsync(test.Ledger, test.PlanId, buffer, Ct)).Succeeded);
        buffer.Position = 0;
        using var xlsx = SpreadsheetDocument.Open(buffer, false);
        var rows = Rows(xlsx);
        Assert.Equal(("1", "教育局", "2", "94", "已确认"), (rows[4]["A"], rows[4]["B"], rows[4]["F"], rows[4]["G"], rows[4]["H"]));
        Assert.Equal(("2", "人社局", "60", "自评未报送，按考核方案计"), (rows[5]["A"], rows[5]["B"], rows[5]["G"], rows[5]["H"]));
        Assert.Equal(
            "T2 【单位自评】自评100分（权重1）；交账结果完成按考核办法为100分\nT2 【考核办法】逾期或未报送进展12次，每次扣0.5分 −6\nT2 【考核办法】目标 T2.1 连续红灯超过3期 −2\nT2 【督查室调整】督查室调整：幼儿园提前投用 +2",
            rows[4]["I"]);
    }

    private static Dictionary<int, Dictionary<string, string>> Rows(SpreadsheetDocument xlsx) =>
        xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Row>()
            .ToDictionary(r => (int)r.RowIndex!.Value, r => r.Elements<Cell>().ToDictionary(c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]), c => c.InnerText));

    [Fact]
    public async Task Workbook_ClosedPlan_OneRowPerTaskAndTarget()
    {
        await using var test = await ClosedAsync();
        using var buffer = new MemoryStream();
        Assert.True((await ClosingWorkbook.WriteAsync(test.Ledger, test.PlanId, buffer, Ct)).Succeeded);
        buffer.Position = 0;
        using var xlsx = SpreadsheetDocument.Open(buffer, false);
        var rows = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Row>()
            .ToDictionary(r => (int)r.RowIndex!.Value, r => r.Elements<Cell>().ToDictionary(c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]), c => c.InnerText));
        // Title, note, header, then T1, T1.1, T1.2, T2, T2.1, T3, T3.1, T4: 3 + 8 rows.
        Assert.Equal(11, rows.Keys.Max());
        Assert.StartsWith("任务4项：完成1项，基本完成2项，未完成1项，尚未确认0项。", rows[2]["A"], StringComparison.Ordinal);
        Assert.Equal(("T1", "基本完成", "基本完成", "已确认"), (rows[4]["A"], rows[4]["H"], rows[4]["I"], rows[4]["J"]));
        Assert.Equal(("T1.1", "5600", "基本完成"), (rows[5]["A"], rows[5]["E"], rows[5]["G"]));
        Assert.Equal(("T3", "未完成", "配套资金未到位"), (rows[9]["A"], rows[9]["I"], rows[9]["L"]));
        Assert.Contains("完成→基本完成：服务对象覆盖不足", rows[11]["N"], StringComparison.Ordinal);
    }

    private static async Task<TestLedger> ClosedAsync()
    {
        var test = await TestLedger.CreateAsync();
        var close = test.Ledger.Closing;
        var hr = LifecycleActor.OfUnit("人社局");
        var office = LifecycleActor.Office;
        var id = test.PlanId;
        Ok(await close.OpenAsync(id, office, ct: Ct));
        Ok(await close.SubmitAsync(id, "T1", hr, new ClosingSubmission(ClosingResult.BasicallyDone, "新增就业5600人，培训2100人次", null, "两场招聘会因疫情取消",
            ["就业登记台账 https://rsj.example.cn/jobs.xlsx"], [new TargetFinal("T1.1", 5600m, null), new TargetFinal("T1.2", 2100m, null)]), Ct));
        Ok(await close.SubmitAsync(id, "T2", LifecycleActor.OfUnit("教育局"), new ClosingSubmission(ClosingResult.Done, "幼儿园12月投入使用", new DateOnly(2022, 12, 20), null,
            ["验收报告"], [new TargetFinal("T2.1", null, new DateOnly(2022, 12, 20))]), Ct));
        Ok(await close.SubmitAsync(id, "T3", hr, new ClosingSubmission(ClosingResult.NotDone, "40%的行政村达标", null, "配套资金未到位", [], [new TargetFinal("T3.1", 40m, null)]), Ct));
        Ok(await close.SubmitAsync(id, "T4", hr, new ClosingSubmission(ClosingResult.Done, "开展就业服务活动120场", null, null, ["活动台账"], []), Ct));
        foreach (var task in new[] { "T1", "T2", "T3", "T4" })
        {
            Ok(await close.ConfirmAsync(id, task, office, ct: Ct));
        }

        Ok(await close.CorrectAsync(id, "T4", office, ClosingResult.BasicallyDone, "服务对象覆盖不足", Ct));
        return test;
    }

    private static void Ok(Storage.StoreResult result) => Assert.True(result.Succeeded, result.Error?.ToString());
}
