using System.Text;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Reminders;
using Luoshi.Reminders.Channels;
using Luoshi.Reminders.Configuration;
using Luoshi.Reminders.Sending;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Reminders;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>An item from another source through the web, the ledger's today Mon 10 Oct 2022: the office creates it with
/// a form that refuses beside the field and keeps the input (sign limit 3 working days: Thu 13 Oct), changes it; 人社局
/// signs and asks to close it; the office closes it (销号). 教育局, a leader and a visitor are refused what is not theirs.</summary>
public sealed class ItemFormBrowserTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    private const string Number = "2022-批示-001";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Office_creates_and_changes_an_item_the_lead_unit_signs_and_closes_it_others_are_refused()
    {
        var office = await chromium.OpenAsync(web);
        await Person.SignInAsync(office, "office");
        await office.GotoAsync("/items");
        await Expect(office.Locator("#item-count")).ToHaveTextAsync("0 项督办事项");
        await Person.ClickAndWaitAsync(office.Locator("#new-item"));

        // No title: refused beside it, what was typed kept.
        await office.GetByLabel("牵头单位").FillAsync("不存在局");
        await office.GetByLabel("办理时限").FillAsync("2022-10-31");
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "创建并交办" }));
        await Expect(office.Locator(".field-error[data-field=title]")).ToHaveTextAsync("请填写事项名称");
        await Expect(office.GetByLabel("牵头单位")).ToHaveValueAsync("不存在局");
        await Expect(office.GetByLabel("年度（编号用）")).ToHaveValueAsync("2022");

        await office.GetByLabel("事项名称").FillAsync("关于做好汛期安全生产工作的批示");
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "创建并交办" }));
        await Expect(office.Locator(".field-error[data-field=unit]")).ToHaveTextAsync("没有名为“不存在局”的单位（名称或简称）");
        await Expect(office.GetByLabel("事项名称")).ToHaveValueAsync("关于做好汛期安全生产工作的批示");

        await office.GetByLabel("牵头单位").FillAsync("人社局");
        await office.GetByLabel("办理时限").FillAsync("2022-10-09");
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "创建并交办" }));
        await Expect(office.Locator(".field-error[data-field=due]")).ToHaveTextAsync("办理时限 2022-10-09 早于今天 2022-10-10");
        Assert.Empty(await web.Ledger.Lifecycle.ListItemsAsync(ct: Ct));

        // A post without the form's anti-forgery token is refused and stores nothing.
        var forged = await office.APIRequest.PostAsync("/items/edit", new() { Form = office.APIRequest.CreateFormData().Set("source", "instruction").Set("year", "2022").Set("title", "伪造").Set("unit", "人社局").Set("due", "2022-10-31") });
        Assert.Equal(400, forged.Status);
        Assert.Empty(await web.Ledger.Lifecycle.ListItemsAsync(ct: Ct));

        await office.GetByLabel("办理时限").FillAsync("2022-10-31");
        await office.GetByLabel("责任领导").FillAsync("市长");
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "创建并交办" }));
        Assert.EndsWith("/items/" + Uri.EscapeDataString(Number) + "?done=created", office.Url, StringComparison.Ordinal);
        await Expect(office.Locator("#item-message")).ToHaveTextAsync($"已创建督办事项 {Number}");
        await Expect(office.Locator("#item-status")).ToHaveTextAsync("未签收 待签收，签收时限 2022-10-13");
        await Expect(office.Locator("#item-unit")).ToHaveTextAsync(TestPlan.Rsj);

        await Person.ClickAndWaitAsync(office.Locator("#edit-item"));
        await Expect(office.GetByLabel("牵头单位")).ToHaveValueAsync(TestPlan.Rsj);
        await office.GetByLabel("事项名称").FillAsync("关于做好汛期安全生产和防汛工作的批示");
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "保存" }));
        await Expect(office.Locator("#item-message")).ToHaveTextAsync($"已保存督办事项 {Number}");
        await Expect(office.Locator("#item-title")).ToHaveTextAsync("关于做好汛期安全生产和防汛工作的批示");
        Assert.Equal(["item.edit", "item.create"], (await web.Ledger.AuditAsync(10, "supervision-item", Ct)).Select(a => a.Action));

        // Another unit's reporter sees none and may not open it; a leader reads it but may not create; a visitor signs in first.
        var jyj = await chromium.OpenAsync(web);
        await Person.SignInAsync(jyj, "jyj");
        await jyj.GotoAsync("/items");
        await Expect(jyj.Locator("#item-count")).ToHaveTextAsync("0 项督办事项");
        Assert.Equal(403, (await jyj.GotoAsync("/items/" + Uri.EscapeDataString(Number)))!.Status);
        Assert.Equal(403, (await jyj.GotoAsync("/items/edit"))!.Status);
        var leader = await chromium.OpenAsync(web);
        await Person.SignInAsync(leader, "leader");
        await leader.GotoAsync("/items");
        await Expect(leader.Locator("#items tbody tr")).ToHaveCountAsync(1);
        await Expect(leader.Locator("#new-item")).ToHaveCountAsync(0);
        await Expect(leader.Locator("#item-import")).ToHaveCountAsync(0);
        Assert.Equal(403, (await leader.GotoAsync("/items/edit/" + Uri.EscapeDataString(Number)))!.Status);
        var visitor = await chromium.OpenAsync(web);
        await visitor.GotoAsync("/items");
        Assert.Contains("/login", visitor.Url, StringComparison.Ordinal);

        // 人社局 signs, is refused a close without a summary (kept beside the field), asks to close; the office closes it.
        var rsj = await chromium.OpenAsync(web);
        await Person.SignInAsync(rsj, "rsj");
        await rsj.GotoAsync("/items");
        await Person.ClickAndWaitAsync(rsj.GetByRole(AriaRole.Link, new() { Name = Number }));
        await Expect(rsj.Locator("#edit-item")).ToHaveCountAsync(0);
        await Person.ClickAndWaitAsync(rsj.GetByRole(AriaRole.Button, new() { Name = "签收" }));
        await Expect(rsj.Locator("#item-status")).ToHaveTextAsync("达进度 按期报送进展，暂无节点计划和量化目标");
        await Person.ClickAndWaitAsync(rsj.GetByRole(AriaRole.Button, new() { Name = "申请办结" }));
        await Expect(rsj.Locator(".field-error[data-field=text]")).ToHaveTextAsync("请填写办结情况说明");
        await rsj.GetByLabel("办结情况").FillAsync("已部署汛期安全生产检查 12 次");
        await Person.ClickAndWaitAsync(rsj.GetByRole(AriaRole.Button, new() { Name = "申请办结" }));
        await Expect(rsj.Locator("#item-status")).ToHaveTextAsync("已完成 2022-10-10 申请办结，待复核");

        await office.GotoAsync("/items/" + Uri.EscapeDataString(Number));
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "复核通过，销号" }));
        await Expect(office.Locator("#item-status")).ToContainTextAsync("已销号");
        await Expect(office.Locator("#edit-item")).ToHaveCountAsync(0);
        var item = (await web.Ledger.Lifecycle.FindItemAsync(Number, Ct))!;
        Assert.Equal((TaskStage.Closed, "已部署汛期安全生产检查 12 次", new DateOnly(2022, 10, 10)), (item.Stage, item.Reply, item.ClosedOn));
    }
}

/// <summary>The office imports items from a file on /items: a bad file is refused whole with every problem at its line
/// and column, a good one numbered; the list is filtered by source in the address, reached from the task breakdown's
/// 来源 too; a unit sees only its own.</summary>
public sealed class ItemImportBrowserTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    [Fact]
    public async Task Office_imports_all_or_nothing_and_filters_by_source()
    {
        var office = await chromium.OpenAsync(web);
        await Person.SignInAsync(office, "office");
        await office.GotoAsync("/items");
        await office.Locator("#item-import input[type=file]").SetInputFilesAsync(Csv("bad.csv",
            "来源,事项名称,牵头单位,办理时限\n批示,做好防汛工作,教育局,2022-10-31\n批复,关于校车安全的提案,不存在局,2022-10-31\n"));
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "导入" }));
        await Expect(office.Locator("#problems li")).ToHaveTextAsync(
        [
            "bad.csv，第 3 行，source 列：没有名为“批复”的督办来源（领导批示件、会议议定事项、上级交办、人大建议、政协提案）",
            "bad.csv，第 3 行，unit 列：没有名为“不存在局”的单位（名称或简称）",
        ]);
        Assert.Empty(await web.Ledger.Lifecycle.ListItemsAsync(ct: Ct));

        await office.Locator("#item-import input[type=file]").SetInputFilesAsync(Csv("items.csv",
            "来源,事项名称,来源文件,责任领导,牵头单位,办理时限\n批示,做好防汛工作,市长批示,市长,教育局,2022-10-31\n"
            + "政协提案,关于增加城区学位的提案,政协提案第12号,王副市长,教育局,2022-11-30\n政协提案,关于加强就业服务的提案,政协提案第13号,王副市长,人社局,2022-12-31\n"));
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Button, new() { Name = "导入" }));
        await Expect(office.Locator("#items-message")).ToHaveTextAsync("已导入 3 项督办事项");
        await Expect(office.Locator("#item-count")).ToHaveTextAsync("3 项督办事项");
        await Expect(office.Locator("#items tbody tr")).ToHaveCountAsync(3);
        await Expect(office.Locator("#items tbody tr td:first-child")).ToHaveTextAsync(["2022-批示-001", "2022-提案-001", "2022-提案-002"]);

        await office.Locator("#item-filter select[name=origin]").SelectOptionAsync("cppcc_proposal");
        await Person.ClickAndWaitAsync(office.Locator("#item-filter").GetByRole(AriaRole.Button, new() { Name = "筛选" }));
        Assert.Contains("origin=cppcc_proposal", office.Url, StringComparison.Ordinal);
        await Expect(office.Locator("#item-count")).ToHaveTextAsync("筛选出 2 项（共 3 项）");
        await office.Locator("#item-filter input[name=unit]").FillAsync("人社局");
        await Person.ClickAndWaitAsync(office.Locator("#item-filter").GetByRole(AriaRole.Button, new() { Name = "筛选" }));
        await Expect(office.Locator("#items tbody tr td:first-child")).ToHaveTextAsync(["2022-提案-002"]);

        // The task breakdown's 来源 leads to the same list with the same keys.
        await office.GotoAsync($"/tasks?plan={web.PlanId}");
        await office.Locator("#task-filter select[name=origin]").SelectOptionAsync("instruction");
        await Person.ClickAndWaitAsync(office.Locator("#task-filter").GetByRole(AriaRole.Button, new() { Name = "筛选" }));
        Assert.Contains("/items?", office.Url, StringComparison.Ordinal);
        Assert.Contains("origin=instruction", office.Url, StringComparison.Ordinal);
        await Expect(office.Locator("#items tbody tr td:first-child")).ToHaveTextAsync(["2022-批示-001"]);

        // 人社局 sees its one item, without the import form.
        var rsj = await chromium.OpenAsync(web);
        await Person.SignInAsync(rsj, "rsj");
        await rsj.GotoAsync("/items");
        await Expect(rsj.Locator("#items tbody tr td:first-child")).ToHaveTextAsync(["2022-提案-002"]);
        await Expect(rsj.Locator("#item-import")).ToHaveCountAsync(0);
    }
}

/// <summary>An extension request waiting for the office reaches the office's own bell: T1 (人社局) assigned and signed,
/// its extension asked for on Mon 10 Oct 2022; the run of Tue 11 Oct (1 working day waiting) puts a 逾期催办 in the
/// 督查室 inbox, which every office account reads; 人社局's bell stays empty and a leader has none.</summary>
public sealed class OfficeBellBrowserTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_office_finds_the_extension_decision_it_owes_under_its_bell()
    {
        await using (var desk = web.Ledger.ForActor("office", new FixedTime(new DateTimeOffset(2022, 10, 10, 10, 0, 0, TimeSpan.FromHours(8)))))
        {
            Assert.True((await desk.Lifecycle.AssignAsync(web.PlanId, "T1", LifecycleActor.Office, Ct)).Succeeded);
            Assert.True((await desk.Lifecycle.SignAsync(web.PlanId, "T1", LifecycleActor.OfUnit(TestPlan.Rsj), Ct)).Succeeded);
            Assert.True((await desk.Lifecycle.RequestExtensionAsync(web.PlanId, "T1", LifecycleActor.OfUnit(TestPlan.Rsj), new DateOnly(2023, 3, 31), "统计口径调整", Ct)).Succeeded);
        }

        var run = new DateTimeOffset(2022, 10, 11, 10, 0, 0, TimeSpan.FromHours(8));
        var link = web.BaseAddress.ToString().TrimEnd('/');
        var options = new ReminderOptions { LinkBase = link, Attempts = 1 };
        var clock = new FixedTime(run);
        using (var channels = new ChannelSet(options, clock))
        {
            var report = await new ReminderRun(web.Ledger, new ReminderSetup([new LifecycleDue()], link), options, channels, clock).RunAsync(run, false, Ct);
            Assert.Equal(["Inbox 督查室 sent"], report.Deliveries.Where(d => d.Recipient == "督查室").Select(d => $"{d.Channel} {d.Recipient} {d.State}"));
        }

        var office = await chromium.OpenAsync(web);
        await Person.SignInAsync(office, "office");
        await Expect(office.Locator("#bell")).ToHaveTextAsync("🔔 1");
        await Person.ClickAndWaitAsync(office.Locator("#bell"));
        await Person.ClickAndWaitAsync(office.Locator("#inbox tbody tr").GetByRole(AriaRole.Link, new() { Name = "【逾期催办】T1 延期申请（申请延至2023年3月31日）的审批" }));
        await Expect(office.Locator("#message-body")).ToContainTextAsync("延期申请（申请延至2023年3月31日）的审批应于2022年10月10日审批，已逾期1个工作日，请立即审批。");
        await Person.ClickAndWaitAsync(office.Locator("#open-link"));
        Assert.EndsWith($"/tasks/T1?plan={web.PlanId}", office.Url, StringComparison.Ordinal);
        await Expect(office.Locator("#bell")).ToHaveTextAsync("🔔");

        var admin = await chromium.OpenAsync(web);
        await Person.SignInAsync(admin, "admin");
        await Expect(admin.Locator("#bell")).ToHaveTextAsync("🔔 1");
        var rsj = await chromium.OpenAsync(web);
        await Person.SignInAsync(rsj, "rsj");
        await Expect(rsj.Locator("#bell")).ToHaveTextAsync("🔔");
        var leader = await chromium.OpenAsync(web);
        await Person.SignInAsync(leader, "leader");
        await Expect(leader.Locator("#bell")).ToHaveTextAsync("🔔");
    }
}

internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
