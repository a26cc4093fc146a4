using System.Net;

namespace Luoshi.Web.Tests.Access;

/// <summary>The public page and the public API show published figures only as of a day from 1 January of the plan's
/// year to the ledger's today (2022-10-10 here): a later day would show a future, an earlier one nothing; a day that
/// is no date, or out of range, gets a 400 saying which days may be shown, never a 500 or another day quietly.</summary>
public sealed class PublicDayTests(WebLedger web) : IClassFixture<WebLedger>
{
    private const string Range = "公开数据只能查看 2022-01-01 至 2022-10-10 之间的日期";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("2030-01-01", Range + "，2030-01-01 不在其中。")]
    [InlineData("2022-10-11", Range + "，2022-10-11 不在其中。")]
    [InlineData("2021-12-31", Range + "，2021-12-31 不在其中。")]
    [InlineData("0001-01-01", Range + "，0001-01-01 不在其中。")]
    [InlineData("9999-12-31", Range + "，9999-12-31 不在其中。")]
    [InlineData("99999", "日期“99999”无效：应为 yyyy-MM-dd 格式，如 2022-10-10。")]
    [InlineData("2022-02-30", "日期“2022-02-30”无效：应为 yyyy-MM-dd 格式，如 2022-10-10。")]
    public async Task The_public_page_refuses_a_day_it_may_not_show_with_a_400_page_and_a_way_back(string asOf, string reason)
    {
        using var client = web.Client();

        var response = await client.GetAsync($"/public?asOf={Uri.EscapeDataString(asOf)}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains($"role=\"alert\">{reason}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/public?plan={web.PlanId}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("城镇新增就业", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_page_shows_a_day_within_the_year_up_to_today_and_today_without_asOf()
    {
        using var client = web.Client();

        var june = await client.GetAsync("/public?asOf=2022-06-30", Ct);
        var today = await client.GetAsync("/public?asOf=2022-10-10", Ct);
        var none = await client.GetStringAsync("/public", Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (june.StatusCode, today.StatusCode));
        Assert.Contains("数据截至 2022-06-30", await june.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("城镇新增就业", none, StringComparison.Ordinal);
        Assert.Contains("数据截至 2022-10-10", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_in_english_says_so_in_english()
    {
        using var client = web.Client();

        var response = await client.GetAsync("/public?asOf=2030-01-01&lang=en", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Published figures can be shown as of 2022-01-01 to 2022-10-10; 2030-01-01 is outside that.",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2030-01-01", Range + "，2030-01-01 不在其中。")]
    [InlineData("0001-01-01", Range + "，0001-01-01 不在其中。")]
    [InlineData("99999", "日期“99999”无效：应为 yyyy-MM-dd 格式，如 2022-10-10。")]
    public async Task The_public_api_refuses_the_same_days_with_a_problem_document_naming_asOf(string asOf, string reason)
    {
        using var client = web.Client();

        var response = await client.GetAsync($"/api/public/plans/{web.PlanId}/targets?asOf={asOf}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal((400, reason, "asOf"), (problem.GetProperty("status").GetInt32(), problem.GetProperty("detail").GetString(), problem.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task The_public_api_answers_a_day_within_the_range()
    {
        using var client = web.Client();

        var response = await client.GetAsync($"/api/public/plans/{web.PlanId}/targets?asOf=2022-06-30", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("T1.1", Assert.Single((await response.JsonAsync()).EnumerateArray()).GetProperty("code").GetString());
    }
}
