using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Storage;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>The clerk's day in a real browser (issue 19): the task breakdown filtered by a unit's alias and a status,
/// the address shared with a leader who sees the same list (in Chinese and English); three overdue units reminded in
/// one go through the confirmation page, one audited reminder each; an oversized attachment that comes back to the
/// form with the text kept and the refusal beside the file field; the review worklist showing the value a unit changed
/// after a return; the overview printed to PDF on A4. Screenshots in artifacts/screenshots.</summary>
public sealed class ClerkBrowserTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_task_breakdown_filtered_by_alias_and_status_is_shared_by_its_address()
    {
        var reading = (await web.Ledger.ReadPlanAsync(web.PlanId, WebLedger.AsOf, ct: Ct))!;
        var t1Status = reading.Tasks.Single(t => t.Code == "T1").Status;
        var office = await chromium.OpenAsync(web);
        await Person.SignInAsync(office, "office");
        await office.GotoAsync($"/tasks?plan={web.PlanId}");
        await Expect(office.Locator("#task-count")).ToContainTextAsync("2 项任务");

        await office.GetByLabel("单位", new() { Exact = true }).FillAsync("人社局");
        await office.GetByLabel("任务状态").SelectOptionAsync(TaskStatusKey.Of(t1Status.Kind));
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "筛选" }));

        await Expect(office.Locator("#task-count")).ToContainTextAsync("筛选出 1 项任务（共 2 项）");
        await Expect(office.Locator("table.breakdown tbody tr")).ToHaveCountAsync(1);
        await Expect(office.Locator("table.breakdown tbody tr")).ToHaveAttributeAsync("data-task", "T1");
        await Expect(office.GetByLabel("单位", new() { Exact = true })).ToHaveValueAsync("人社局");
        var shared = office.Url;
        Assert.Contains("unit=%E4%BA%BA%E7%A4%BE%E5%B1%80", shared, StringComparison.Ordinal);
        Assert.Contains("progress=" + TaskStatusKey.Of(t1Status.Kind), shared, StringComparison.Ordinal);
        await office.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-tasks-filtered-zh.png"), FullPage = true });

        // The leader opens the link the office sent: the same one task, the same filter filled in.
        var leader = await chromium.OpenAsync(web);
        await Person.SignInAsync(leader, "leader");
        await leader.GotoAsync(shared);
        await Expect(leader.Locator("table.breakdown tbody tr")).ToHaveCountAsync(1);
        await Expect(leader.Locator("table.breakdown tbody tr td").Nth(2)).ToHaveTextAsync(TestPlan.Rsj);
        await Expect(leader.GetByLabel("任务状态")).ToHaveValueAsync(TaskStatusKey.Of(t1Status.Kind));

        // In English, the same list; a unit no register holds is named as unknown and matches nothing.
        await leader.GotoAsync(shared + "&lang=en");
        await Expect(leader.Locator("#task-count")).ToContainTextAsync("1 of 2 tasks match");
        await Expect(leader.Locator("table.breakdown tbody tr")).ToHaveCountAsync(1);
        await leader.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-tasks-filtered-en.png"), FullPage = true });
        await leader.GotoAsync($"/tasks?plan={web.PlanId}&unit=%E6%B0%B4%E5%88%A9%E5%B1%80&lang=zh-CN");
        await Expect(leader.Locator("table.breakdown tbody tr")).ToHaveCountAsync(0);
        await Expect(leader.Locator("main [role=status]")).ToContainTextAsync("水利局");
    }

    [Fact]
    public async Task The_office_reminds_three_overdue_units_at_once_after_reading_what_will_happen()
    {
        var planId = await ThreeUnitPlanAsync();
        var office = await chromium.OpenAsync(web);
        await Person.SignInAsync(office, "office");
        // September's reports (due 2022-09-28) of the three tasks are 12 days late on 2022-10-10.
        await office.GotoAsync($"/review?plan={planId}&period=2022-09");
        await Expect(office.Locator("h2:has-text('逾期未报') small")).ToHaveTextAsync("(3)");
        foreach (var box in await office.Locator("table.overdue input[type=checkbox]").AllAsync())
        {
            await box.CheckAsync();
        }

        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "催办所选…" }));
        await Expect(office.Locator("h1")).ToHaveTextAsync("确认批量催办");
        await Expect(office.Locator("#what")).ToContainTextAsync("将向 3 个单位发出 3 条催办，每条单独记入审计记录");
        await Expect(office.Locator("main table tbody tr")).ToHaveCountAsync(3);
        await Expect(office.Locator("main table")).ToContainTextAsync(TestPlan.Rsj);
        await Expect(office.Locator("main table")).ToContainTextAsync(TestPlan.Jyj);
        await Expect(office.Locator("main table")).ToContainTextAsync("测试市财政局");
        await office.GetByLabel("催办说明（可选，每条相同）").FillAsync("请于10月14日前补报9月进展");
        await office.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-bulk-remind-confirm-zh.png"), FullPage = true });
        Assert.Empty(await web.Ledger.ListRemindersAsync(planId, Ct));

        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "确认催办 3 项" }));
        await Expect(office.Locator("main [role=status]")).ToHaveTextAsync("已催办 3 项，每项记入审计记录。");
        var reminders = await web.Ledger.ListRemindersAsync(planId, Ct);
        Assert.Equal(
            [("T1", 9, TestPlan.Rsj), ("T2", 9, TestPlan.Jyj), ("T3", 9, "测试市财政局")],
            reminders.Select(r => (r.TaskCode, r.Period, r.Unit)).OrderBy(r => r.TaskCode).ToList());
        Assert.All(reminders, r => Assert.Equal(("office", "请于10月14日前补报9月进展"), (r.By, r.Note)));
        var audited = (await web.Ledger.AuditAsync(50, "reminder", Ct)).Where(a => a.Action == "reminder.create").Select(a => a.EntityKey).ToHashSet();
        Assert.True(reminders.All(r => audited.Contains(r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))), "one audit entry per reminder");

        // In English the confirmation says the same; "all overdue" of one unit by its alias lists that unit's nine months.
        await office.GotoAsync($"/review/remind?plan={planId}&scope=all&unit=%E8%B4%A2%E6%94%BF%E5%B1%80&lang=en");
        await Expect(office.Locator("#what")).ToContainTextAsync("9 reminders will go to 1 units");
        await office.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-bulk-remind-confirm-en.png"), FullPage = true });
    }

    [Fact]
    public async Task An_oversized_attachment_comes_back_to_the_form_with_the_text_kept_and_the_reason_beside_the_field()
    {
        var folder = Directory.CreateTempSubdirectory("luoshi-clerk-").FullName;
        var big = Path.Combine(folder, "十月佐证材料.pdf");
        var bytes = new byte[12 * 1024 * 1024];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        await File.WriteAllBytesAsync(big, bytes, Ct);
        try
        {
            var page = await chromium.OpenAsync(web);
            await Person.SignInAsync(page, "rsj");
            await page.GotoAsync($"/reports/new?plan={web.PlanId}&task=T1&period=10");
            await page.Locator("input[name='v-T1.1']").FillAsync("６５０");
            await page.Locator("textarea[name=progress]").FillAsync("十月新增就业650人，其中高校毕业生210人。");
            await page.Locator("textarea[name=problems]").FillAsync("部分企业用工需求下降。");
            await page.Locator("input[name=files]").SetInputFilesAsync(big);
            await Person.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }));

            await Expect(page.Locator(".field-error[data-field=files]")).ToHaveTextAsync("十月佐证材料.pdf：文件超过 10 MB。");
            await Expect(page.Locator("main [role=alert]")).ToHaveCountAsync(2);
            await Expect(page.Locator("textarea[name=progress]")).ToHaveValueAsync("十月新增就业650人，其中高校毕业生210人。");
            await Expect(page.Locator("textarea[name=problems]")).ToHaveValueAsync("部分企业用工需求下降。");
            await Expect(page.Locator("input[name='v-T1.1']")).ToHaveValueAsync("６５０");
            await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-oversized-upload-zh.png"), FullPage = true });
            Assert.DoesNotContain(await web.Ledger.ListReportsAsync(web.PlanId, ct: Ct), r => r.Period == 10);

            await page.GotoAsync($"/reports/new?plan={web.PlanId}&task=T1&period=10&lang=en");
            await page.Locator("textarea[name=progress]").FillAsync("650 new jobs in October.");
            await page.Locator("input[name=files]").SetInputFilesAsync(big);
            await Person.ClickAndWaitAsync(page.Locator("button[value=save]"));
            await Expect(page.Locator(".field-error[data-field=files]")).ToContainTextAsync("the file is larger than 10 MB");
            await Expect(page.Locator("textarea[name=progress]")).ToHaveValueAsync("650 new jobs in October.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_review_worklist_shows_the_value_a_unit_changed_after_a_return_and_approves_in_place()
    {
        var rsj = web.Ledger.ForActor("rsj");
        var office = web.Ledger.ForActor("office");
        var draft = new ReportDraft(web.PlanId, "T1", 8, TestPlan.Rsj, [new TargetValue("T1.1", 600m, null, null, null)], "八月新增就业600人。", "", "", []);
        var saved = (await rsj.SaveReportAsync(draft, null, Ct)).Value!;
        saved = (await rsj.TransitionAsync(saved.Id, ReportAction.Submit, null, saved.Version, Ct)).Value!;
        saved = (await office.TransitionAsync(saved.Id, ReportAction.Return, "请核实八月数字", saved.Version, Ct)).Value!;
        saved = (await rsj.SaveReportAsync(draft with { Values = [new TargetValue("T1.1", 650m, null, null, null)] }, saved.Version, Ct)).Value!;
        saved = (await rsj.TransitionAsync(saved.Id, ReportAction.Submit, null, saved.Version, Ct)).Value!;

        var page = await chromium.OpenAsync(web);
        await Person.SignInAsync(page, "office");
        await page.GotoAsync($"/review?plan={web.PlanId}&unit=%E4%BA%BA%E7%A4%BE%E5%B1%80");
        var row = page.Locator($"tr[data-report='{saved.Id}']");
        await Expect(row).ToContainTextAsync("年内实现城镇新增就业6千人以上");
        await Expect(row).ToContainTextAsync("2022-08");
        await Expect(row.Locator(".changed")).ToHaveTextAsync("T1.1 城镇新增就业：600→ 650人");
        await Expect(row.Locator(".changed .was")).ToHaveTextAsync("600");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-review-worklist-zh.png"), FullPage = true });

        await Person.ClickAndWaitAsync(row.GetByRole(AriaRole.Button, new() { Name = "通过" }));
        await Expect(page.Locator("main [role=status]")).ToHaveTextAsync("已审核通过。");
        Assert.Equal(ReportState.Approved, (await web.Ledger.FindReportAsync(saved.Id, Ct))!.State);

        await page.GotoAsync($"/review?plan={web.PlanId}&lang=en");
        await Expect(page.Locator("h2").First).ToContainTextAsync("Waiting for review");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-review-worklist-en.png"), FullPage = true });
    }

    [Fact]
    public async Task The_overview_prints_to_an_A4_pdf_with_its_header_and_without_the_menus()
    {
        var page = await chromium.OpenAsync(web);
        await Person.SignInAsync(page, "office");
        await page.GotoAsync($"/?plan={web.PlanId}");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("header.top")).ToBeHiddenAsync();
        Assert.Equal(
            "@page { @top-left { content: \"测试市 总览\"; font-size: 9pt; color: #5b6675; } @top-right { content: \"打印日期 2022-10-10\"; font-size: 9pt; color: #5b6675; } }",
            await page.Locator("style#print-page").TextContentAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-overview-print-zh.png"), FullPage = true });

        var pdf = Path.Combine(ScreenshotFolder.Path(), "clerk-overview-print-zh.pdf");
        var bytes = await page.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        // Every sheet A4: 595 × 842 points.
        var boxes = System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(bytes), @"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]");
        Assert.NotEmpty(boxes);
        Assert.All(boxes, b => Assert.Equal((595, 842), ((int)Math.Round(double.Parse(b.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)), (int)Math.Round(double.Parse(b.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))));

        await page.GotoAsync($"/?plan={web.PlanId}&lang=en");
        Assert.Contains("\"Printed 2022-10-10\"", await page.Locator("style#print-page").TextContentAsync(), StringComparison.Ordinal);
        await page.PdfAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-overview-print-en.pdf"), Format = "A4", PrintBackground = true });
    }

    /// <summary>A second plan (测试县 2022) with one task for each of three units, monthly reports, none sent.</summary>
    private async Task<int> ThreeUnitPlanAsync()
    {
        const string text = "一、民生\n年内实现城镇新增就业6千人以上。\n确保幼儿园年内投入使用。\n年内完成财政绩效评价。";
        var plan = new Plan
        {
            Region = "测试县",
            Year = 2022,
            SourceName = "county.txt",
            SourceText = text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Sections = [new Section { Code = "S1", Number = "一", Title = "民生", Level = 1, Span = new SourceSpan(0, 4) }],
        };
        plan.Tasks.Add(Task("T1", "年内实现城镇新增就业6千人以上", TestPlan.Rsj, new SourceSpan(5, 15)));
        plan.Tasks.Add(Task("T2", "确保幼儿园年内投入使用", TestPlan.Jyj, new SourceSpan(22, 11)));
        plan.Tasks.Add(Task("T3", "年内完成财政绩效评价", "测试市财政局", new SourceSpan(35, 10)));
        var imported = await web.Ledger.ImportPlanAsync(plan, replace: false, Ct);
        return imported.PlanId;
    }

    private static PlanTask Task(string code, string text, string lead, SourceSpan span) => new()
    {
        Code = code,
        SectionCode = "S1",
        Text = text,
        Span = span,
        LeadUnit = lead,
        SupportingUnits = [],
        Deadline = new DateOnly(2022, 12, 31),
        Targets = [new Target
        {
            Code = code + ".1", Text = text, Subject = text, Kind = TargetKind.Milestone, Comparator = Comparator.Equal,
            Measure = Measure.Milestone, Deadline = new DateOnly(2022, 12, 31),
        }],
    };
}
