using System.Text;
using Luoshi.Domain.Access;
using Luoshi.Storage;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>Issue 19 in a real browser: households found by the head's name, the village or the town, in the household
/// list and in the search box, each role as far as it may see households — the office and a leader everywhere, a
/// town's staff in their town only, a department and a visitor not at all — names always masked; and a target's page
/// and a task's supervision record printed on A4 without their forms. 张三明 (H001, 东升村) and 王五 (H002, 西江村) live
/// in 大沙镇, 赵六 (H003, 南山村) in 江谷镇. Screenshots in artifacts/screenshots.</summary>
public sealed class HouseholdSearchBrowserTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    private const string Units = "code,name,kind,parent,aliases\nT1,大沙镇,town,CS,\nT2,江谷镇,town,CS,\nV11,东升村,village,T1,\nV12,西江村,village,T1,\nV21,南山村,village,T2,\n";
    private const string Households = "household,village,head,id_number,year,income,members\n"
        + "H001,V11,张三明,440784198001011232,2021,5800.50,李四/44078419850215002X/配偶\n"
        + "H002,V12,王五,440784195207080045,2021,9000,\n"
        + "H003,V21,赵六,440784197811110051,2021,12000,\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task RegisterAsync()
    {
        var directory = Directory.CreateTempSubdirectory("luoshi-web-household-search-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "units.csv"), Units, Ct);
            await File.WriteAllTextAsync(Path.Combine(directory, "households.csv"), Households, Ct);
            Assert.True((await web.Ledger.ImportUnitsAsync(Path.Combine(directory, "units.csv"), null, Ct)).Succeeded);
            var imported = await web.Ledger.ImportHouseholdsAsync(Path.Combine(directory, "households.csv"), null, Ct);
            Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        await web.Ledger.CreateAccountAsync(new NewAccount("dsz", "大沙镇 测试", AccountRole.UnitReporter, "大沙镇", WebLedger.Password), Ct);
        await web.Ledger.CreateAccountAsync(new NewAccount("jgz", "江谷镇 测试", AccountRole.UnitReporter, "江谷镇", WebLedger.Password), Ct);
    }

    private async Task<IPage> AsAsync(string login)
    {
        var page = await chromium.OpenAsync(web);
        await Person.SignInAsync(page, login);
        return page;
    }

    [Fact]
    public async Task Households_are_found_by_name_village_or_town_as_far_as_each_role_may_see_them()
    {
        await RegisterAsync();

        // The office types a village into the list's search field: one household, its head masked.
        var office = await AsAsync("office");
        await office.GotoAsync("/households/list");
        await office.GetByLabel("户主姓名、村名或户编号").FillAsync("西江村");
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "筛选" }));
        await Expect(office.Locator("main")).ToContainTextAsync("共 1 户");
        await Expect(office.Locator("main table tbody tr")).ToHaveCountAsync(1);
        await Expect(office.Locator("main table tbody tr")).ToContainTextAsync("H002");
        await Expect(office.Locator("main table tbody tr")).ToContainTextAsync("王*");
        Assert.Contains("q=%E8%A5%BF%E6%B1%9F%E6%9D%91", office.Url, StringComparison.Ordinal);

        // By the head's full name: found, and shown masked; by the town's name: both of its households.
        await office.GotoAsync("/households/list?q=" + Uri.EscapeDataString("张三明"));
        await Expect(office.Locator("main table tbody tr")).ToHaveCountAsync(1);
        await Expect(office.Locator("main table tbody tr")).ToContainTextAsync("张*明");
        await Expect(office.Locator("main table tbody")).Not.ToContainTextAsync("张三明");
        await office.GotoAsync("/search?q=" + Uri.EscapeDataString("大沙镇"));
        await Expect(office.Locator("#found-households li")).ToHaveCountAsync(2);
        await Expect(office.Locator("#found-households")).ToContainTextAsync("H001 张*明");
        await office.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-search-households-zh.png"), FullPage = true });
        await office.GotoAsync("/households/list?lang=en&q=" + Uri.EscapeDataString("西江村"));
        await Expect(office.Locator("main")).ToContainTextAsync("1 household(s), page 1 of 1");

        // A leader reads every household, masked.
        var leader = await AsAsync("leader");
        await leader.GotoAsync("/search?q=" + Uri.EscapeDataString("东升村"));
        await Expect(leader.Locator("#found-households li")).ToHaveCountAsync(1);
        await Expect(leader.Locator("#found-households")).ToContainTextAsync("H001 张*明");

        // 大沙镇's staff find their own households, not 江谷镇's; 江谷镇's staff the other way round.
        var town = await AsAsync("dsz");
        await town.GotoAsync("/search?q=" + Uri.EscapeDataString("张三明"));
        await Expect(town.Locator("#found-households li")).ToHaveCountAsync(1);
        await town.GotoAsync("/search?q=" + Uri.EscapeDataString("赵六"));
        await Expect(town.Locator("#found-households li")).ToHaveCountAsync(0);
        await Expect(town.Locator("#found-households")).ToBeAttachedAsync();
        await town.GotoAsync("/households/list?q=" + Uri.EscapeDataString("南山村"));
        await Expect(town.Locator("main")).ToContainTextAsync("共 0 户");
        var other = await AsAsync("jgz");
        await other.GotoAsync("/search?q=" + Uri.EscapeDataString("赵六"));
        await Expect(other.Locator("#found-households li")).ToHaveCountAsync(1);
        await Expect(other.Locator("#found-households")).ToContainTextAsync("H003 赵*");
        await other.GotoAsync("/search?q=" + Uri.EscapeDataString("张三明"));
        await Expect(other.Locator("#found-households li")).ToHaveCountAsync(0);

        // A department holds no households: the search has no household section, the list is empty.
        var department = await AsAsync("rsj");
        await department.GotoAsync("/search?q=" + Uri.EscapeDataString("张三明"));
        await Expect(department.Locator("#search-count")).ToBeVisibleAsync();
        await Expect(department.Locator("#found-households")).ToHaveCountAsync(0);
        await department.GotoAsync("/households/list?q=" + Uri.EscapeDataString("张三明"));
        await Expect(department.Locator("main")).ToContainTextAsync("共 0 户");

        // A visitor is sent to sign in.
        var visitor = await chromium.OpenAsync(web);
        foreach (var path in new[] { "/search?q=" + Uri.EscapeDataString("张三明"), "/households/list?q=" + Uri.EscapeDataString("张三明") })
        {
            await visitor.GotoAsync(path);
            Assert.Contains("/login", visitor.Url, StringComparison.Ordinal);
            await Expect(visitor.Locator("body")).Not.ToContainTextAsync("张*明");
        }
    }

    [Fact]
    public async Task A_targets_page_and_a_tasks_record_print_on_A4_without_their_forms()
    {
        var office = await AsAsync("office");
        await office.GotoAsync($"/targets/T1.1?plan={web.PlanId}");
        await office.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(office.Locator("header.top")).ToBeHiddenAsync();
        await Expect(office.Locator("button[data-print]")).ToBeHiddenAsync();
        await Expect(office.Locator("h2", new() { HasText = "核定目标" })).ToBeHiddenAsync();
        Assert.Equal(2, await office.Locator("main form").CountAsync());
        foreach (var form in await office.Locator("main form").AllAsync())
        {
            await Expect(form).ToBeHiddenAsync();
        }

        await Expect(office.Locator("h2", new() { HasText = "报告与审核" })).ToBeVisibleAsync();
        Assert.Contains("content: \"测试市 T1.1 城镇新增就业\"", await office.Locator("style#print-page").TextContentAsync(), StringComparison.Ordinal);
        await office.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-target-print-zh.png"), FullPage = true });
        AssertA4(await office.PdfAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-target-print-zh.pdf"), Format = "A4", PrintBackground = true, PreferCSSPageSize = true }));

        // The task's record: the report's sentence alone instead of the whole report, no assignment form.
        await office.GotoAsync($"/tasks/T1?plan={web.PlanId}");
        await Expect(office.Locator("#source")).ToBeHiddenAsync();
        await Expect(office.Locator("#source-print")).ToHaveTextAsync("年内实现城镇新增就业6千人以上");
        await Expect(office.Locator("h2", new() { HasText = "调整分工" })).ToBeHiddenAsync();
        await Expect(office.Locator("main").GetByText("督办记录，截至 2022-10-10")).ToBeVisibleAsync();
        Assert.Contains("content: \"测试市 T1\"", await office.Locator("style#print-page").TextContentAsync(), StringComparison.Ordinal);
        await office.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-task-print-zh.png"), FullPage = true });
        AssertA4(await office.PdfAsync(new() { Path = Path.Combine(ScreenshotFolder.Path(), "clerk-task-print-zh.pdf"), Format = "A4", PrintBackground = true, PreferCSSPageSize = true }));

        // On screen the record is the page as before, with its print button; the unit prints its own task, another
        // unit is refused it.
        var unit = await AsAsync("rsj");
        await unit.GotoAsync($"/tasks/T1?plan={web.PlanId}&lang=en");
        await Expect(unit.GetByRole(AriaRole.Button, new() { Name = "Print the record" })).ToBeVisibleAsync();
        await unit.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(unit.Locator("main").GetByText("Supervision record as of 2022-10-10")).ToBeVisibleAsync();
        var another = await AsAsync("jyj");
        await another.GotoAsync($"/tasks/T1?plan={web.PlanId}");
        Assert.Contains("/denied", another.Url, StringComparison.Ordinal);
        await another.GotoAsync($"/targets/T1.1?plan={web.PlanId}");
        Assert.Contains("/denied", another.Url, StringComparison.Ordinal);
    }

    // Every sheet A4: 595 × 842 points.
    private static void AssertA4(byte[] pdf)
    {
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        var boxes = System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(pdf), @"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]");
        Assert.NotEmpty(boxes);
        Assert.All(boxes, b => Assert.Equal((595, 842), (Round(b.Groups[1].Value), Round(b.Groups[2].Value))));
        static int Round(string v) => (int)Math.Round(double.Parse(v, System.Globalization.CultureInfo.InvariantCulture));
    }
}
