using System.Net;
using System.Net.Http.Json;

namespace Luoshi.Web.Tests.Assessment;

/// <summary>The self-assessment through the API on 2023-01-10: each step as the token's account, refusals as RFC 9457
/// problem documents (403 another unit, a leader or the wrong role; 409 the wrong state or confirmed; 400 impossible
/// points or an adjustment without reason; 404 an unknown step), and the assessment as JSON.
/// Worked by hand: 人社局 T1 80 + 2 (claimed) − 1 (office) = 81; 教育局 T2 unconfirmed, 50 by the scheme.</summary>
public sealed class SelfAssessmentApiTests(AssessmentWebLedger web) : IClassFixture<AssessmentWebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Step(string unit, string step) => $"/api/plans/{web.PlanId}/assessment/units/{Uri.EscapeDataString(unit)}/{step}";

    [Fact]
    public async Task Steps_AsEachAccount_AllowedOrRefusedWithProblemDocuments()
    {
        using var office = web.TokenClient(await web.TokenAsync("office"));
        using var rsj = web.TokenClient(await web.TokenAsync("rsj"));
        using var jyj = web.TokenClient(await web.TokenAsync("jyj"));
        using var leader = web.TokenClient(await web.TokenAsync("leader"));
        var claim = new
        {
            points = new[] { new { task = "T1", points = 80m } },
            claims = new[] { new { task = (string?)null, points = 2m, explanation = "获省级就业工作先进单位表彰" } },
            explanation = "新增就业5600人，基本完成。",
        };

        var other = await jyj.PostAsync(Step(TestPlan.Rsj, "submit"), JsonContent.Create(claim), Ct);
        Assert.Equal((HttpStatusCode.Forbidden, "application/problem+json"), (other.StatusCode, other.Content.Headers.ContentType!.MediaType));
        Assert.Equal("只能报送本单位的自评，不能代其他单位报送", (await other.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync(Step(TestPlan.Rsj, "submit"), JsonContent.Create(claim), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsync(Step(TestPlan.Rsj, "submit"), JsonContent.Create(claim), Ct)).StatusCode);
        var impossible = await rsj.PostAsync(Step(TestPlan.Rsj, "submit"), JsonContent.Create(claim with { points = new[] { new { task = "T1", points = 120m } } }), Ct);
        var problem = await impossible.JsonAsync();
        Assert.Equal((HttpStatusCode.BadRequest, "points", "任务 T1 自评120分不符合考核方案，须为完成100分、基本完成80分或未完成50分"),
            (impossible.StatusCode, problem.GetProperty("field").GetString(), problem.GetProperty("detail").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await office.PostAsync(Step(TestPlan.Rsj, "approve"), JsonContent.Create(new { }), Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await rsj.PostAsync(Step(TestPlan.Rsj, "submit"), JsonContent.Create(claim), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await rsj.PostAsync(Step(TestPlan.Rsj, "submit"), JsonContent.Create(claim), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rsj.PostAsync(Step(TestPlan.Rsj, "confirm"), JsonContent.Create(new { }), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync(Step(TestPlan.Rsj, "confirm"), JsonContent.Create(new { }), Ct)).StatusCode);
        var noReason = await office.PostAsync(Step(TestPlan.Rsj, "confirm"), JsonContent.Create(new { adjustments = new[] { new { points = -1m, reason = "" } } }), Ct);
        Assert.Equal((HttpStatusCode.BadRequest, "请填写调整原因"), (noReason.StatusCode, (await noReason.JsonAsync()).GetProperty("detail").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync(Step(TestPlan.Rsj, "confirm"),
            JsonContent.Create(new { adjustments = new[] { new { points = -1m, reason = "表彰为市级，按1分计" } } }), Ct)).StatusCode);
        var frozen = await rsj.PostAsync(Step(TestPlan.Rsj, "submit"), JsonContent.Create(claim), Ct);
        Assert.Equal((HttpStatusCode.Conflict, "自评已确认，得分已定，不能再报送或修改"), (frozen.StatusCode, (await frozen.JsonAsync()).GetProperty("detail").GetString()));

        var all = await (await leader.GetAsync($"/api/plans/{web.PlanId}/assessment", Ct)).JsonAsync();
        Assert.Equal([(1, TestPlan.Rsj, 81m, true), (2, TestPlan.Jyj, 50m, false)], all.GetProperty("ranking").EnumerateArray()
            .Select(r => (r.GetProperty("rank").GetInt32(), r.GetProperty("unit").GetString(), r.GetProperty("final").GetDecimal(), r.GetProperty("confirmed").GetBoolean())));
        var hr = all.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == TestPlan.Rsj);
        Assert.Equal(("confirmed", 80m, 81m), (hr.GetProperty("state").GetString(), hr.GetProperty("byScheme").GetDecimal(), hr.GetProperty("scored").GetDecimal()));
        Assert.Equal([("self_assessment", 0m), ("self_assessment", 2m), ("office", -1m)],
            hr.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("source").GetString(), l.GetProperty("points").GetDecimal())));
        // A reporter sees its own unit only.
        var mine = await (await jyj.GetAsync($"/api/plans/{web.PlanId}/assessment", Ct)).JsonAsync();
        Assert.Equal([TestPlan.Jyj], mine.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal([TestPlan.Jyj], mine.GetProperty("ranking").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
    }
}
