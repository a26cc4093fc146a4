using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>The administrator's 停用 and 启用 buttons in a real browser, with the person concerned signed in meanwhile in
/// another browser: disabling ends the person's open session at the next page, enabling lets them in again. And the
/// office lifts a lockout from the lockouts page.</summary>
public sealed class AccountBrowserTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>
{
    [Fact]
    public async Task Administrator_disables_a_signed_in_leader_who_is_signed_out_and_enables_them_again()
    {
        var leader = await chromium.OpenAsync(web);
        await Person.SignInAsync(leader, "leader");
        await leader.GotoAsync("/tasks");
        await Expect(leader.Locator("h1")).ToContainTextAsync("任务");

        var admin = await chromium.OpenAsync(web);
        await Person.SignInAsync(admin, "admin");
        await admin.GotoAsync("/admin/accounts");
        var row = admin.Locator("main table tr", new() { HasText = "leader 测试" });
        await Expect(row).ToContainTextAsync("正常");
        await Person.ClickAndWaitAsync(row.GetByRole(AriaRole.Button, new() { Name = "停用" }));
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("账号 leader 已停用。");
        await Expect(row).ToContainTextAsync("已停用");
        Assert.True((await web.Ledger.FindAccountAsync("leader", TestContext.Current.CancellationToken))!.Disabled);

        // The leader's next page: the session is over.
        await leader.GotoAsync("/tasks");
        Assert.Contains("/login", leader.Url, StringComparison.Ordinal);
        await leader.GetByLabel("账号").FillAsync("leader");
        await leader.GetByLabel("密码").FillAsync(WebLedger.Password);
        await Person.ClickAndWaitAsync(leader.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登录" }));
        await Expect(leader.GetByRole(AriaRole.Alert)).ToHaveTextAsync("该账号已停用，请联系系统管理员。");

        await Person.ClickAndWaitAsync(row.GetByRole(AriaRole.Button, new() { Name = "启用" }));
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("账号 leader 已启用。");
        await Expect(row).ToContainTextAsync("正常");
        await Person.SignInAsync(leader, "leader");
        await leader.GotoAsync("/tasks");
        Assert.EndsWith("/tasks", leader.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Office_lifts_the_lockout_of_a_leader_shut_out_by_guesses()
    {
        for (var i = 0; i < 5; i++)
        {
            await web.Ledger.SignInAsync("jyj", "a wrong guess " + i, "127.0.0.1", TestContext.Current.CancellationToken);
        }

        var person = await chromium.OpenAsync(web);
        await person.GotoAsync("/login");
        await person.GetByLabel("账号").FillAsync("jyj");
        await person.GetByLabel("密码").FillAsync(WebLedger.Password);
        await Person.ClickAndWaitAsync(person.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登录" }));
        await Expect(person.GetByRole(AriaRole.Alert)).ToContainTextAsync("此账号在本机的登录已暂停至");

        var office = await chromium.OpenAsync(web);
        await Person.SignInAsync(office, "office");
        await Person.ClickAndWaitAsync(office.GetByRole(AriaRole.Link, new() { Name = "登录暂停" }));
        var row = office.Locator("main table tr", new() { HasText = "jyj" });
        await Expect(row).ToContainTextAsync("127.0.0.1");
        await Person.ClickAndWaitAsync(row.GetByRole(AriaRole.Button, new() { Name = "解除" }));
        await Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("账号 jyj 的登录暂停已解除。");
        await Expect(office.Locator("main")).ToContainTextAsync("当前没有暂停的登录。");

        await Person.SignInAsync(person, "jyj");
        Assert.EndsWith("/workspace", person.Url, StringComparison.Ordinal);
    }
}
