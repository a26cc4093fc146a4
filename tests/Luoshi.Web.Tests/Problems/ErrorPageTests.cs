using System.Net;
using Luoshi.Domain.Wording;

namespace Luoshi.Web.Tests.Problems;

/// <summary>A page that cannot be shown answers with the error page in the reader's language, its status, the problem
/// when there is one and a way back: an unknown address (404), a day or year out of range in the query (400), a form
/// posted without its token or to a page that takes no form (400, 405). Never a blank page, never a 500.</summary>
public sealed class ErrorPageTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/no-such-page", 404, null)]
    [InlineData("/reports/999999", 404, null)]
    [InlineData("/?asOf=0001-01-01", 400, "asOf")]
    [InlineData("/tasks?asOf=0001-01-01", 400, "asOf")]
    [InlineData("/review?asOf=0001-01-01", 400, "asOf")]
    [InlineData("/monitoring/air?year=0", 400, "year")]
    [InlineData("/monitoring/air?year=-1", 400, "year")]
    [InlineData("/monitoring/water?year=99999", 400, "year")]
    [InlineData("/villages?year=0", 400, "year")]
    public async Task Get_CannotBeShown_ErrorPageInChineseWithAWayBack(string path, int status, string? field)
    {
        using var client = await web.SignedInAsync("office");

        using var response = await client.GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{Catalogue.Problems.Status(status).Zh}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/\">{Catalogue.Problems.Home.Zh}</a>", html, StringComparison.Ordinal);
        if (field is not null)
        {
            Assert.Contains($"{field} 应为 ", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_UnknownPageInEnglish_ErrorPageInEnglish()
    {
        using var client = await web.SignedInAsync("office");

        using var response = await client.GetAsync("/no-such-page?lang=en", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Home</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_YearOutOfRangeInEnglish_NamesTheYearAndTheRange()
    {
        using var client = await web.SignedInAsync("office");

        using var response = await client.GetAsync("/monitoring/air?year=99999&lang=en", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Contains("field year: expected year to be a year from 2000 to 2100, found 99999", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutTheFormToken_400PageNotBlank()
    {
        using var client = await web.SignedInAsync("office");

        using var response = await client.PostAsync("/tasks", new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"<h1>{Catalogue.Problems.Status(400).Zh}</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ToAPageThatTakesNoForm_NeverA500()
    {
        using var client = await web.SignedInAsync("office");
        var token = await SignIn.FormTokenAsync(client, "/account");

        using var response = await client.PostAsync("/tasks", new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token }), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.True((int)response.StatusCode is >= 200 and < 500, $"{response.StatusCode}");
        Assert.NotEmpty(html);
    }
}
