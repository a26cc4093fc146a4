using System.Net;
using System.Net.Http.Json;

namespace Luoshi.Web.Tests.Closing;

/// <summary>The closing through the API on 2023-01-10: each step as the token's account, refusals as RFC 9457 problem
/// documents (403 wrong role or another unit, 409 wrong state or frozen, 400 a missing reason or an unknown result,
/// 404 an unknown step), and the account as JSON with the result in the report's words.</summary>
public sealed class ClosingApiTests(ClosingWebLedger web) : IClassFixture<ClosingWebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Step(string task, string step) => $"/api/plans/{web.PlanId}/closing/tasks/{task}/{step}";

    [Fact]
    public async Task Steps_AsEachAccount_AllowedOrRefusedWithProblemDocuments()
    {
        using var office = web.TokenClient(await web.TokenAsync("office"));
        using var rsj = web.TokenClient(await web.TokenAsync("rsj"));
        using var jyj = web.TokenClient(await web.TokenAsync("jyj"));
        var kindergarten = new { result = "完成", summary = "幼儿园12月投入使用", doneOn = "2022-12-20", evidence = new[] { "验收报告 https://jyj.example.cn/ys.pdf" },
            finals = new[] { new { target = "T2.1", doneOn = "2022-12-20" } } };

        var early = await jyj.PostAsync(Step("T2", "submit"), JsonContent.Create(kindergarten), Ct);
        Assert.Equal((HttpStatusCode.Conflict, "2022年度年底交账尚未开启"), (early.StatusCode, (await early.JsonAsync()).GetProperty("detail").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await jyj.PostAsync($"/api/plans/{web.PlanId}/closing/open", JsonContent.Create(new { }), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync($"/api/plans/{web.PlanId}/closing/open", null, Ct)).StatusCode);

        var other = await rsj.PostAsync(Step("T2", "submit"), JsonContent.Create(kindergarten), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType!.MediaType);
        Assert.Equal("该任务不由本单位牵头，不能报送交账", (await other.JsonAsync()).GetProperty("detail").GetString());
        var word = await jyj.PostAsync(Step("T2", "submit"), JsonContent.Create(kindergarten with { result = "差不多" }), Ct);
        Assert.Equal((HttpStatusCode.BadRequest, "result"), (word.StatusCode, (await word.JsonAsync()).GetProperty("field").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await office.PostAsync(Step("T2", "finish"), JsonContent.Create(new { }), Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await jyj.PostAsync(Step("T2", "submit"), JsonContent.Create(kindergarten), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jyj.PostAsync(Step("T2", "confirm"), JsonContent.Create(new { }), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync(Step("T2", "confirm"), JsonContent.Create(new { }), Ct)).StatusCode);
        var frozen = await jyj.PostAsync(Step("T2", "submit"), JsonContent.Create(kindergarten), Ct);
        Assert.Equal(HttpStatusCode.Conflict, frozen.StatusCode);
        var noReason = await office.PostAsync(Step("T2", "correct"), JsonContent.Create(new { result = "基本完成" }), Ct);
        Assert.Equal((HttpStatusCode.BadRequest, "请填写更正原因"), (noReason.StatusCode, (await noReason.JsonAsync()).GetProperty("detail").GetString()));

        var account = await (await office.GetAsync($"/api/plans/{web.PlanId}/closing", Ct)).JsonAsync();
        var tasks = account.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal([("T1", null), ("T2", "完成")], tasks.Select(t => (t.GetProperty("task").GetString(), t.GetProperty("result").GetString())));
        var t2 = tasks[1];
        Assert.Equal(("2022-12-20", "完成", "验收报告 https://jyj.example.cn/ys.pdf"),
            (t2.GetProperty("targets")[0].GetProperty("doneOn").GetString(), t2.GetProperty("targets")[0].GetProperty("result").GetString(), t2.GetProperty("evidence")[0].GetString()));
        Assert.Equal(1, account.GetProperty("counts").GetProperty("done").GetInt32());
        // A reporter sees its own unit's tasks only.
        var mine = await (await jyj.GetAsync($"/api/plans/{web.PlanId}/closing", Ct)).JsonAsync();
        Assert.Equal(["T2"], mine.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("task").GetString()));
    }
}
