using System.Net;
using System.Text;
using Luoshi.Domain.Wording;

namespace Luoshi.Web.Tests.Problems;

/// <summary>Every way a caller can send the API something it cannot use gets an RFC 9457 problem document: the status
/// by the kind of refusal, application/problem+json, the title in the caller's language (Chinese unless
/// Accept-Language asks for English) and the field at fault. Never a 500, never an empty 400.</summary>
public sealed class BadRequestTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Method, path (PLAN stands for the plan's id), JSON body or null, who calls (a login, or "" for nobody),
    /// the status and the field expected.</summary>
    public static TheoryData<string, string, string?, string, int, string?> Cases => new()
    {
        { "POST", "/api/plans/PLAN/reports", "{\"taskCode\": \"T1\", ", "rsj", 400, null },
        { "POST", "/api/plans/PLAN/reports", "[1, 2]", "rsj", 400, null },
        { "POST", "/api/plans/PLAN/reports", "{\"taskCode\":\"T1\",\"period\":\"七月\"}", "rsj", 400, "period" },
        { "POST", "/api/plans/PLAN/reports", "{\"taskCode\":\"T1\",\"period\":3.5}", "rsj", 400, "period" },
        { "POST", "/api/plans/PLAN/reports", "{\"taskCode\":\"T1\",\"period\":1,\"values\":[{\"targetCode\":\"T1.1\",\"value\":NaN}]}", "rsj", 400, "values[0].value" },
        { "POST", "/api/plans/PLAN/reports", "{\"taskCode\":\"T1\",\"period\":1,\"values\":[{\"targetCode\":\"T1.1\",\"value\":1e400}]}", "rsj", 400, "values[0].value" },
        { "POST", "/api/plans/PLAN/reports", "{\"taskCode\":\"T1\",\"period\":13,\"progress\":\"x\"}", "rsj", 400, "period" },
        { "POST", "/api/plans/PLAN/reports", "{\"taskCode\":\"T9\",\"period\":1,\"progress\":\"x\"}", "rsj", 400, "task" },
        { "POST", "/api/plans/999999/reports", "{\"taskCode\":\"T1\",\"period\":1,\"progress\":\"x\"}", "rsj", 404, "plan" },
        { "POST", "/api/reports/999999/approve", "{\"version\":1}", "office", 404, null },
        { "POST", "/api/reports/999999/approve", "{\"version\":null}", "office", 400, "version" },
        { "POST", "/api/reports/999999/approve", null, "office", 400, "body" },
        { "GET", "/api/plans/PLAN/reports?state=Signed", null, "office", 400, "state" },
        { "GET", "/api/households?state=hidden", null, "office", 400, "state" },
        { "GET", "/api/audit?limit=2147483648", null, "office", 400, "limit" },
        { "GET", "/api/plans/PLAN/overview?asOf=0001-01-01", null, "office", 400, "asOf" },
        { "GET", "/api/plans/PLAN/tasks?asOf=0001-01-01", null, "office", 400, "asOf" },
        { "GET", "/api/plans/PLAN/targets/T1.1?asOf=9999-12-31", null, "office", 400, "asOf" },
        { "GET", "/api/households/warnings?asOf=0001-01-01", null, "office", 400, "asOf" },
        { "GET", "/api/public/plans/PLAN/targets?asOf=0001-01-01", null, "", 400, "asOf" },
        { "GET", "/api/plans/PLAN/tasks?status=late", null, "office", 400, "status" },
        { "GET", "/api/plans/999999/overview", null, "office", 404, null },
        { "GET", "/api/no-such-operation", null, "office", 404, null },
        { "GET", "/api/plans", null, "", 401, null },
        { "DELETE", "/api/plans", null, "office", 405, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Request_Refused_ProblemDocumentWithTitleAndField(string method, string path, string? body, string login, int status, string? field)
    {
        using var client = login.Length == 0 ? web.Client() : web.TokenClient(await web.TokenAsync(login));
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("PLAN", web.PlanId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(Catalogue.Problems.Status(status).Zh, problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        if (field is not null)
        {
            Assert.Equal(field, problem.GetProperty("field").GetString());
        }
    }

    [Fact]
    public async Task Request_AcceptLanguageEnglish_TitleAndDetailInEnglish()
    {
        using var client = web.TokenClient(await web.TokenAsync("office"));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        using var response = await client.GetAsync($"/api/plans/{web.PlanId}/overview?asOf=0001-01-01", Ct);

        var problem = await response.JsonAsync();
        Assert.Equal(("invalid input", "expected asOf to be a day from 2000-01-01 to 2100-12-31, found 0001-01-01", "asOf"),
            (problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString(), problem.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task ListReports_DocumentedLowercaseState_Accepted()
    {
        await web.DraftAsync("rsj", TestPlan.Rsj, "T1", 3, "三月", [new("T1.1", 100m, null, null, null)]);
        using var client = web.TokenClient(await web.TokenAsync("office"));

        var drafts = await (await client.GetAsync($"/api/plans/{web.PlanId}/reports?state=draft", Ct)).JsonAsync();
        var submitted = await client.GetAsync($"/api/plans/{web.PlanId}/reports?state=submitted", Ct);
        var households = await client.GetAsync("/api/households?state=not_monitored", Ct);

        Assert.Contains(drafts.EnumerateArray(), r => r.GetProperty("period").GetInt32() == 3 && r.GetProperty("state").GetString() == "draft");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (submitted.StatusCode, households.StatusCode));
    }

    [Fact]
    public async Task ListReports_UnknownState_NamesTheDocumentedValues()
    {
        using var client = web.TokenClient(await web.TokenAsync("office"));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var problem = await (await client.GetAsync($"/api/plans/{web.PlanId}/reports?state=signed", Ct)).JsonAsync();

        Assert.Equal("the value 'signed' of state is not valid; expected one of draft, submitted, returned, resubmitted, approved",
            problem.GetProperty("detail").GetString());
    }
}
