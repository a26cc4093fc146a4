using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Luoshi.Domain.Access;

namespace Luoshi.Web.Tests.Accounts;

/// <summary>The administrator's accounts page and a person's own account page, through the real forms.</summary>
public sealed partial class AccountPagesTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Administrator_creates_an_account_whose_shown_password_signs_in()
    {
        using var admin = web.Client();
        await SignIn.AsAsync(admin, "admin");
        var token = await SignIn.FormTokenAsync(admin, "/admin/accounts");
        var created = await admin.PostAsync("/admin/accounts?handler=Create", Form(token,
            ("login", "czj"), ("name", "财政局填报员"), ("role", nameof(AccountRole.UnitReporter)), ("unit", "测试市财政局")), Ct);
        var html = await created.Content.ReadAsStringAsync(Ct);
        var password = NewPassword().Match(html).Groups[1].Value;
        Assert.Equal(16, password.Length);

        var account = await web.Ledger.FindAccountAsync("czj", Ct);
        Assert.Equal(AccountRole.UnitReporter, account!.Role);
        Assert.Equal("测试市财政局", account.Unit);
        Assert.Contains(await web.Ledger.AuditAsync(20, "account", Ct), a => a.Actor == "admin" && a.EntityKey == "czj");

        using var person = web.Client();
        var signIn = await SignIn.AsAsync(person, "czj", password);
        Assert.Equal("/workspace", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Only_the_administrator_opens_the_accounts_page()
    {
        foreach (var login in new[] { "office", "leader", "rsj" })
        {
            using var client = web.Client();
            await SignIn.AsAsync(client, login);
            var response = await client.GetAsync("/admin/accounts", Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_token_made_on_the_account_page_reads_as_its_owner_until_revoked()
    {
        using var client = web.Client();
        await SignIn.AsAsync(client, "rsj");
        var token = await SignIn.FormTokenAsync(client, "/account");
        var html = await (await client.PostAsync("/account?handler=Token", Form(token, ("name", "报表脚本")), Ct)).Content.ReadAsStringAsync(Ct);
        var secret = Secret().Match(html).Groups[1].Value;
        Assert.StartsWith("lsk_", secret, StringComparison.Ordinal);

        using var script = new HttpClient { BaseAddress = web.BaseAddress };
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var tasks = await script.GetStringAsync($"/api/plans/{web.PlanId}/tasks", Ct);
        Assert.Contains("\"code\":\"T1\"", tasks, StringComparison.Ordinal);
        Assert.DoesNotContain("\"code\":\"T2\"", tasks, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await script.GetAsync($"/api/plans/{web.PlanId}/overview", Ct)).StatusCode);

        var id = (await web.Ledger.ListApiTokensAsync("rsj", Ct)).Single(t => t.Name == "报表脚本").Id;
        await client.PostAsync("/account?handler=Revoke", Form(token, ("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture))), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync($"/api/plans/{web.PlanId}/tasks", Ct)).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one()
    {
        await web.Ledger.CreateAccountAsync(new Storage.NewAccount("changer", "改密码", AccountRole.Leader, null, WebLedger.Password), Ct);
        using var client = web.Client();
        await SignIn.AsAsync(client, "changer");
        var token = await SignIn.FormTokenAsync(client, "/account");
        var wrong = await (await client.PostAsync("/account?handler=Password", Form(token, ("current", "not-my-password"), ("password", "a-new-password-1")), Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("当前密码不正确", wrong, StringComparison.Ordinal);
        Assert.Equal(Storage.SignInOutcome.Succeeded, (await web.Ledger.SignInAsync("changer", WebLedger.Password, Ct)).Outcome);

        await client.PostAsync("/account?handler=Password", Form(token, ("current", WebLedger.Password), ("password", "a-new-password-1")), Ct);
        Assert.Equal(Storage.SignInOutcome.Succeeded, (await web.Ledger.SignInAsync("changer", "a-new-password-1", Ct)).Outcome);
    }

    [Fact]
    public async Task The_disable_form_as_rendered_disables_and_the_persons_open_session_ends_at_its_next_request()
    {
        await web.Ledger.CreateAccountAsync(new Storage.NewAccount("gone", "将停用", AccountRole.Leader, null, WebLedger.Password), Ct);
        using var person = await web.SignedInAsync("gone");
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/tasks", Ct)).StatusCode);
        using var admin = await web.SignedInAsync("admin");

        var disabled = await PostRenderedFormAsync(admin, "gone", "停用");

        Assert.Contains("账号 gone 已停用。", disabled, StringComparison.Ordinal);
        Assert.True((await web.Ledger.FindAccountAsync("gone", Ct))!.Disabled);
        var next = await person.GetAsync("/tasks", Ct);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/login", next.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var audit = (await web.Ledger.AuditAsync(5, "account", Ct)).First(a => a.Action == "account.disable");
        Assert.Equal(("admin", "gone"), (audit.Actor, audit.EntityKey));

        var enabled = await PostRenderedFormAsync(admin, "gone", "启用");
        Assert.Contains("账号 gone 已启用。", enabled, StringComparison.Ordinal);
        Assert.False((await web.Ledger.FindAccountAsync("gone", Ct))!.Disabled);
    }

    [Fact]
    public async Task Disabling_an_unknown_account_says_so_and_the_administrator_cannot_disable_itself()
    {
        using var admin = await web.SignedInAsync("admin");
        var token = await SignIn.FormTokenAsync(admin, "/admin/accounts");

        var unknown = await (await admin.PostAsync("/admin/accounts?handler=Disable", Form(token, ("login", "nobody")), Ct)).Content.ReadAsStringAsync(Ct);
        var self = await (await admin.PostAsync("/admin/accounts?handler=Disable", Form(token, ("login", "admin")), Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("没有账号“nobody”", WebUtility.HtmlDecode(unknown), StringComparison.Ordinal);
        Assert.DoesNotContain("已停用。", unknown, StringComparison.Ordinal);
        Assert.Contains("不能停用自己的账号。", self, StringComparison.Ordinal);
        Assert.False((await web.Ledger.FindAccountAsync("admin", Ct))!.Disabled);
    }

    [Fact]
    public async Task Only_the_office_and_the_administrator_open_the_lockouts_page_and_unlock()
    {
        foreach (var login in new[] { "leader", "rsj" })
        {
            using var client = await web.SignedInAsync(login);
            var response = await client.GetAsync("/admin/locks", Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        using var anonymous = web.Client();
        Assert.StartsWith("/login", (await anonymous.GetAsync("/admin/locks", Ct)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        for (var i = 0; i < 5; i++)
        {
            await web.Ledger.SignInAsync("jyj", "guess " + i, "198.51.100.7", Ct);
        }

        using var office = await web.SignedInAsync("office");
        var token = await SignIn.FormTokenAsync(office, "/admin/locks");
        Assert.Contains("198.51.100.7", await office.GetStringAsync("/admin/locks", Ct), StringComparison.Ordinal);
        var html = await (await office.PostAsync("/admin/locks", Form(token, ("login", "jyj")), Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("账号 jyj 的登录暂停已解除。", html, StringComparison.Ordinal);
        Assert.Empty(await web.Ledger.ListSignInLocksAsync(Ct));
        Assert.Contains(await web.Ledger.AuditAsync(5, "account", Ct), a => a is { Action: "account.unlock", Actor: "office", EntityKey: "jyj" });
    }

    // The form exactly as the page renders it for the account's row: its action and every hidden field.
    private static async Task<string> PostRenderedFormAsync(HttpClient admin, string login, string button)
    {
        var html = await admin.GetStringAsync("/admin/accounts", Ct);
        var form = RowForms().Matches(html).Select(m => m.Value)
            .Single(f => f.Contains($"name=\"login\" value=\"{login}\"", StringComparison.Ordinal) && f.Contains($">{button}</button>", StringComparison.Ordinal));
        var action = WebUtility.HtmlDecode(FormAction().Match(form).Groups[1].Value);
        var fields = HiddenField().Matches(form).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        var response = await admin.PostAsync(action, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2))), Ct);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__af", token)));

    [GeneratedRegex("<code id=\"new-password\">([^<]+)</code>")]
    private static partial Regex NewPassword();

    [GeneratedRegex("<code id=\"secret\">([^<]+)</code>")]
    private static partial Regex Secret();

    [GeneratedRegex("<form [^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex RowForms();

    [GeneratedRegex("action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input [^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
