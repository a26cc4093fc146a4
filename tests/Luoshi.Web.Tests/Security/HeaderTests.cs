using System.Net;

namespace Luoshi.Web.Tests.Security;

/// <summary>Every answer, page or API, carries the headers that stop framing, type sniffing and foreign scripts, and
/// the session cookie is out of reach of scripts and of other sites.</summary>
public sealed class HeaderTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_and_api_answers_carry_the_security_headers()
    {
        using var anonymous = web.Client();
        using var office = await web.SignedInAsync("office");
        using var api = web.TokenClient(await web.TokenAsync("office"));
        var answers = new[]
        {
            await anonymous.GetAsync("/login", Ct), await anonymous.GetAsync("/public", Ct), await office.GetAsync("/", Ct),
            await api.GetAsync($"/api/plans/{web.PlanId}/overview", Ct), await anonymous.GetAsync("/api/plans", Ct),
        };
        foreach (var response in answers)
        {
            var what = response.RequestMessage!.RequestUri!.PathAndQuery;
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized, what);
            var csp = Single(response, "Content-Security-Policy");
            var scripts = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
            Assert.Equal("script-src 'self'", scripts);
            Assert.DoesNotContain("'unsafe-eval'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Single(response, "X-Frame-Options"));
            Assert.Equal("same-origin", Single(response, "Referrer-Policy"));
        }
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site_strict()
    {
        using var client = web.Client();
        var signIn = await SignIn.AsAsync(client, "office");
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("luoshi.auth=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);

        // The anti-forgery cookie too.
        var page = await web.Client().GetAsync("/login", Ct);
        var af = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("luoshi.af=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", af.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Contains("httponly", af.ToLowerInvariant(), StringComparison.Ordinal);
    }

    private static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values : response.Content.Headers.TryGetValues(name, out var content) ? content : []);
}
