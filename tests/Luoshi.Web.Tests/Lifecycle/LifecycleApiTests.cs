using System.Net;
using System.Net.Http.Json;

namespace Luoshi.Web.Tests.Lifecycle;

/// <summary>The lifecycle through the API: each step as the token's account, refusals as RFC 9457 problem documents with
/// the status their kind calls for (403 wrong role or another unit, 409 wrong stage, 404 unknown step), every task with
/// a status.</summary>
public sealed class LifecycleApiTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Step(string task, string step) => $"/api/plans/{web.PlanId}/tasks/{task}/steps/{step}";

    [Fact]
    public async Task Steps_AsEachAccount_AllowedOrRefusedWithProblemDocuments()
    {
        using var office = web.TokenClient(await web.TokenAsync("office"));
        using var rsj = web.TokenClient(await web.TokenAsync("rsj"));
        using var jyj = web.TokenClient(await web.TokenAsync("jyj"));
        using var leader = web.TokenClient(await web.TokenAsync("leader"));

        Assert.Equal(HttpStatusCode.Forbidden, (await jyj.PostAsync(Step("T2", "assign"), JsonContent.Create(new { }), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync(Step("T2", "assign"), JsonContent.Create(new { }), Ct)).StatusCode);

        var other = await rsj.PostAsync(Step("T2", "sign"), JsonContent.Create(new { }), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType!.MediaType);
        Assert.Equal("该任务不由本单位牵头，不能办理", (await other.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync(Step("T2", "sign"), JsonContent.Create(new { }), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await jyj.PostAsync(Step("T2", "sign"), JsonContent.Create(new { }), Ct)).StatusCode);
        var twice = await jyj.PostAsync(Step("T2", "sign"), JsonContent.Create(new { }), Ct);
        Assert.Equal((HttpStatusCode.Conflict, "任务当前为“办理中”，不能签收"), (twice.StatusCode, (await twice.JsonAsync()).GetProperty("detail").GetString()));

        var unknown = await office.PostAsync(Step("T2", "finish"), JsonContent.Create(new { }), Ct);
        Assert.Equal((HttpStatusCode.NotFound, "step"), (unknown.StatusCode, (await unknown.JsonAsync()).GetProperty("place").GetString()?.Split(' ')[0]));
        var noSummary = await jyj.PostAsync(Step("T2", "request-close"), JsonContent.Create(new { text = " " }), Ct);
        Assert.Equal((HttpStatusCode.BadRequest, "请填写办结情况说明"), (noSummary.StatusCode, (await noSummary.JsonAsync()).GetProperty("detail").GetString()));

        var statuses = await (await office.GetAsync($"/api/plans/{web.PlanId}/task-statuses?asOf=2022-10-10", Ct)).JsonAsync();
        Assert.Equal("2022-10-10", statuses.GetProperty("asOf").GetString());
        var tasks = statuses.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal((await web.Ledger.FindPlanAsync(web.PlanId, Ct))!.Tasks.Count, tasks.Count);
        Assert.All(tasks, t => Assert.False(string.IsNullOrEmpty(t.GetProperty("status").GetString())));
        // A reporter sees only its unit's tasks.
        var mine = await (await jyj.GetAsync($"/api/plans/{web.PlanId}/task-statuses", Ct)).JsonAsync();
        Assert.Equal(["T2"], mine.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("task").GetString()));
        Assert.Contains(await web.Ledger.HistoryAsync("task", $"{web.PlanId}/T2", Ct), a => a.Action == "lifecycle.sign" && a.Actor == "jyj");
    }

    [Fact]
    public async Task Items_CreatedByOfficeOnly_ListedBySource()
    {
        using var office = web.TokenClient(await web.TokenAsync("office"));
        using var jyj = web.TokenClient(await web.TokenAsync("jyj"));
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var body = new { source = "cppcc_proposal", year = 2026, title = "关于增加学位的提案", sourceDocument = "提案第1号", leader = "副市长", leadUnit = "教育局", due };
        Assert.Equal(HttpStatusCode.Forbidden, (await jyj.PostAsync("/api/items", JsonContent.Create(body), Ct)).StatusCode);
        var created = await office.PostAsync("/api/items", JsonContent.Create(body), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("2026-提案-001", await created.Content.ReadFromJsonAsync<string>(Ct));
        var unknownUnit = await office.PostAsync("/api/items", JsonContent.Create(body with { leadUnit = "不存在局" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknownUnit.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await jyj.PostAsync("/api/items/2026-提案-001/steps/sign", JsonContent.Create(new { }), Ct)).StatusCode);
        var listed = await (await office.GetAsync("/api/items?source=cppcc_proposal", Ct)).JsonAsync();
        Assert.Equal("under_way", Assert.Single(listed.EnumerateArray()).GetProperty("stage").GetString());
        Assert.Single((await (await office.GetAsync("/api/items?source=政协提案", Ct)).JsonAsync()).EnumerateArray());
        Assert.Empty((await (await office.GetAsync("/api/items?source=instruction", Ct)).JsonAsync()).EnumerateArray());
        var unknown = await office.GetAsync("/api/items?source=petition", Ct);
        Assert.Equal((HttpStatusCode.BadRequest, "没有名为“petition”的督办来源（领导批示件、会议议定事项、上级交办、人大建议、政协提案）"),
            (unknown.StatusCode, (await unknown.JsonAsync()).GetProperty("detail").GetString()));
    }
}

/// <summary>Items from other sources changed and imported through the API: office only, every refusal of a file at its
/// line and column (RFC 9457 with the list), nothing stored on any.</summary>
public sealed class ItemApiTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Items_ChangedAndImportedByOfficeOnly_RefusalsPlaced()
    {
        using var office = web.TokenClient(await web.TokenAsync("office"));
        using var jyj = web.TokenClient(await web.TokenAsync("jyj"));
        var bad = "source,title,unit,due\n批示,做好防汛工作,教育局,2030-10-31\n批复,关于校车安全的提案,不存在局,2030-10-31\n";
        var good = "来源,事项名称,来源文件,责任领导,牵头单位,办理时限,年度\n批示,做好防汛工作,市长批示,市长,教育局,2030-10-31,2030\n会议,优化营商环境,常务会议纪要,市长,人社局,2030-11-30,2030\n";
        static ByteArrayContent Csv(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal(HttpStatusCode.Forbidden, (await jyj.PostAsync("/api/items/import?name=items.csv", Csv(good), Ct)).StatusCode);
        var refused = await office.PostAsync("/api/items/import?name=bad.csv", Csv(bad), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(
            [
                "bad.csv，第 3 行，source 列：没有名为“批复”的督办来源（领导批示件、会议议定事项、上级交办、人大建议、政协提案）",
                "bad.csv，第 3 行，unit 列：没有名为“不存在局”的单位（名称或简称）",
            ],
            (await refused.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("place").GetString()}：{e.GetProperty("message").GetString()}"));
        Assert.Empty(await web.Ledger.Lifecycle.ListItemsAsync(ct: Ct));

        var imported = await office.PostAsync("/api/items/import?name=items.csv", Csv(good), Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(2, (await imported.JsonAsync()).GetProperty("rows").GetInt32());
        Assert.Equal(["2030-批示-001", "2030-会议-001"], (await web.Ledger.Lifecycle.ListItemsAsync(ct: Ct)).Select(i => i.Number));

        var change = new { title = "做好防汛抗旱工作", sourceDocument = "市长批示〔2030〕1号", leader = "市长", leadUnit = "人社局", due = "2030-10-31" };
        Assert.Equal(HttpStatusCode.Forbidden, (await jyj.PutAsync("/api/items/2030-批示-001", JsonContent.Create(change), Ct)).StatusCode);
        var noUnit = await office.PutAsync("/api/items/2030-批示-001", JsonContent.Create(change with { leadUnit = "不存在局" }), Ct);
        Assert.Equal((HttpStatusCode.BadRequest, "没有名为“不存在局”的单位（名称或简称）"), (noUnit.StatusCode, (await noUnit.JsonAsync()).GetProperty("detail").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsync("/api/items/2030-批示-001", JsonContent.Create(change), Ct)).StatusCode);
        var item = (await web.Ledger.Lifecycle.FindItemAsync("2030-批示-001", Ct))!;
        Assert.Equal(("做好防汛抗旱工作", TestPlan.Rsj), (item.Title, item.LeadUnit));
    }
}
