using System.Net;

namespace Luoshi.Web.Tests.Api;

/// <summary>The API writes Chinese as characters, not \uXXXX escapes, in its answers and its problem documents.</summary>
public sealed class JsonTextTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Answers_and_problems_carry_Chinese_as_characters()
    {
        using var client = web.Client();
        await SignIn.AsAsync(client, "office");
        var plans = await client.GetStringAsync("/api/plans", Ct);
        Assert.Contains("\"region\":\"测试市\"", plans, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", plans, StringComparison.Ordinal);

        using var missing = await client.GetAsync($"/api/plans/{web.PlanId}/targets/T9.9", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var problem = await missing.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("\\u", problem, StringComparison.Ordinal);
        Assert.Matches("[\u4e00-\u9fff]", problem);
    }
}
