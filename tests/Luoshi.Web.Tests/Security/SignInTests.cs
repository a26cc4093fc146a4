using System.Buffers.Binary;
using System.Net;

namespace Luoshi.Web.Tests.Security;

/// <summary>Signing in gives nothing away (same message for an unknown login and a wrong password), locks an account
/// after repeated failures, throttles an address, and stores passwords only as PBKDF2 hashes.</summary>
public sealed class SignInTests(WebLedger web) : IClassFixture<WebLedger>
{
    private const string WrongOrUnknown = "账号或密码不正确。";
    private const string Paused = "此账号在本机的登录已暂停至";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_wrong_password_and_an_unknown_login_get_the_same_answer()
    {
        using var client = web.Client();
        var wrong = await SignIn.AsAsync(client, "office", "not-the-password");
        var unknown = await SignIn.AsAsync(client, "nobody-here", "not-the-password");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var wrongHtml = await wrong.Content.ReadAsStringAsync(Ct);
        var unknownHtml = await unknown.Content.ReadAsStringAsync(Ct);
        Assert.Contains(WrongOrUnknown, wrongHtml, StringComparison.Ordinal);
        Assert.Contains(WrongOrUnknown, unknownHtml, StringComparison.Ordinal);
        Assert.Equal(Error(wrongHtml), Error(unknownHtml));
        Assert.False(wrong.Headers.Contains("Set-Cookie") && wrong.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("luoshi.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Five_failures_pause_the_login_from_that_address_even_against_the_right_password()
    {
        using var client = web.Client();
        for (var i = 1; i <= 4; i++)
        {
            Assert.Contains(WrongOrUnknown, await (await SignIn.AsAsync(client, "leader", "guess-" + i)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        var fifth = await (await SignIn.AsAsync(client, "leader", "guess-5")).Content.ReadAsStringAsync(Ct);
        Assert.Contains(Paused, fifth, StringComparison.Ordinal);

        var right = await SignIn.AsAsync(client, "leader");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(Paused, await right.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", Ct)).StatusCode);
        Assert.Contains(await web.Ledger.ListSignInLocksAsync(Ct), l => l is { Login: "leader", Address: "127.0.0.1" } && l.Until > DateTimeOffset.UtcNow);

        // In English the message says "paused" too.
        var token = await SignIn.FormTokenAsync(client, "/login?lang=en");
        var english = await client.PostAsync("/login?lang=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = "leader", ["password"] = WebLedger.Password, ["__af"] = token,
        }), Ct);
        Assert.Contains("signing in to this account from here is paused until", await english.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True((await web.Ledger.UnlockAccountAsync("leader", Ct)).Succeeded);
    }

    [Fact]
    public async Task An_unknown_login_is_paused_with_the_same_words_as_a_real_one()
    {
        await web.Ledger.CreateAccountAsync(new Storage.NewAccount("paused", "暂停测试", Domain.Access.AccountRole.Leader, null, WebLedger.Password), Ct);
        using var client = web.Client();
        var answers = new Dictionary<string, List<string>>();
        foreach (var login in new[] { "paused", "no-such-person" })
        {
            answers[login] = [];
            for (var i = 1; i <= 6; i++)
            {
                answers[login].Add(Error(await (await SignIn.AsAsync(client, login, "guess-" + i)).Content.ReadAsStringAsync(Ct)));
            }
        }

        // The same words; the time the pause ends may be a minute apart if the two rounds straddle a minute.
        Assert.Equal(answers["paused"].Select(WithoutTime), answers["no-such-person"].Select(WithoutTime));
        Assert.Equal([WrongOrUnknown, WrongOrUnknown, WrongOrUnknown, WrongOrUnknown], answers["paused"].Take(4).Select(Text));
        Assert.Contains(Paused, answers["paused"][4], StringComparison.Ordinal);
        Assert.Contains(Paused, answers["paused"][5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_per_address_throttle_answers_429_once_exceeded()
    {
        await using var throttled = new WebLedger { SignInAttemptsPerMinute = 3 };
        await throttled.InitializeAsync();
        using var client = throttled.Client();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignIn.AsAsync(client, "office", "wrong")).StatusCode);
        }

        var fourth = await SignIn.AsAsync(client, "office");
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Contains("登录尝试过于频繁", await fourth.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // The right password did not get through: no session.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_failure_budget_of_an_address_answers_429_but_its_successes_do_not_spend_it()
    {
        await using var throttled = new WebLedger { SignInFailuresPerMinute = 2 };
        await throttled.InitializeAsync();
        using var client = throttled.Client();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SignIn.AsAsync(client, "office")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await SignIn.AsAsync(client, "office", "wrong-1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignIn.AsAsync(client, "leader", "wrong-2")).StatusCode);
        var third = await SignIn.AsAsync(client, "rsj");
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task Passwords_are_stored_as_salted_pbkdf2_hashes_in_the_identity_v3_format()
    {
        var rsj = await web.Ledger.FindAccountAsync("rsj", Ct);
        var jyj = await web.Ledger.FindAccountAsync("jyj", Ct);
        Assert.NotEqual(WebLedger.Password, rsj!.PasswordHash);
        Assert.DoesNotContain(WebLedger.Password, rsj.PasswordHash, StringComparison.Ordinal);
        Assert.StartsWith("AQAAAA", rsj.PasswordHash, StringComparison.Ordinal);
        var bytes = Convert.FromBase64String(rsj.PasswordHash);
        Assert.Equal(0x01, bytes[0]);                                                  // format marker: Identity v3 (PBKDF2)
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)));       // PRF: HMAC-SHA512
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)) >= 100_000);  // iterations
        Assert.Equal(16u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9)));      // salt length
        // Same password, different salt, different hash.
        Assert.NotEqual(rsj.PasswordHash, jyj!.PasswordHash);
    }

    private static string WithoutTime(string error) => System.Text.RegularExpressions.Regex.Replace(error, "[0-9]{2}:[0-9]{2}", "HH:mm");

    private static string Text(string error) => error[(error.IndexOf('>', StringComparison.Ordinal) + 1)..];

    private static string Error(string html)
    {
        var start = html.IndexOf("role=\"alert\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no error shown");
        return html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }
}
