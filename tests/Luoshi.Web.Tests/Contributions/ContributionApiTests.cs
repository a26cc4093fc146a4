using System.Net;
using System.Net.Http.Json;
using Luoshi.Storage;

namespace Luoshi.Web.Tests.Contributions;

/// <summary>Issue 15, item 4, through the API: T1 is led by 人社局 (rsj) and, here, supported by 教育局 (jyj). The
/// supporting unit's contribution does not block the lead unit's report of the same period; each unit is refused the
/// other's record with a problem document in Chinese naming the field; a change must name the record its address
/// names.</summary>
public sealed class ContributionApiTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task SupportedByJyjAsync() =>
        Assert.True((await web.Ledger.AssignAsync(web.PlanId, "T1", new Assignment(null, [TestPlan.Jyj], null, null), Ct)).Succeeded);

    private static readonly string[] Evidence = ["教财〔2022〕7号"];

    private static JsonContent Body(string task, int period, string progress, int? version = null) =>
        JsonContent.Create(new { taskCode = task, period, progress, problems = "", nextSteps = "", evidence = Evidence, version }, options: Calls.Json);

    [Fact]
    public async Task The_supporting_units_contribution_and_the_lead_units_report_of_one_period_are_both_stored()
    {
        await SupportedByJyjAsync();
        using var jyj = web.TokenClient(await web.TokenAsync("jyj"));
        using var rsj = web.TokenClient(await web.TokenAsync("rsj"));

        var contributed = await jyj.PostAsync($"/api/plans/{web.PlanId}/contributions", Body("T1", 3, "开设就业培训班3期"), Ct);
        var reported = await rsj.PostAsync($"/api/plans/{web.PlanId}/reports", Calls.ReportBody("T1", 3, "三月新增就业500人", [new("T1.1", 500m, null, null, null)]), Ct);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (contributed.StatusCode, reported.StatusCode));
        var contribution = await contributed.JsonAsync();
        Assert.Equal((TestPlan.Jyj, 1), (contribution.GetProperty("unit").GetString(), contribution.GetProperty("version").GetInt32()));
        var reportId = (await reported.JsonAsync()).GetProperty("id").GetInt32();
        var seenByLead = await (await rsj.GetAsync($"/api/plans/{web.PlanId}/contributions?task=T1&period=3", Ct)).JsonAsync();
        Assert.Equal("开设就业培训班3期", Assert.Single(seenByLead.EnumerateArray()).GetProperty("progress").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await jyj.GetAsync($"/api/reports/{reportId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Each_unit_is_refused_the_others_record_with_a_403_problem_document_in_chinese()
    {
        await SupportedByJyjAsync();
        using var jyj = web.TokenClient(await web.TokenAsync("jyj"));
        using var rsj = web.TokenClient(await web.TokenAsync("rsj"));

        var report = await jyj.PostAsync($"/api/plans/{web.PlanId}/reports", Calls.ReportBody("T1", 4, "代报", [new("T1.1", 1m, null, null, null)]), Ct);
        var contribution = await rsj.PostAsync($"/api/plans/{web.PlanId}/contributions", Body("T1", 4, "牵头单位误填"), Ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (report.StatusCode, contribution.StatusCode));
        var refusedReport = await report.JsonAsync();
        Assert.Equal("测试市教育局是任务 T1 的配合单位：进展报告和目标数值由牵头单位测试市人力资源和社会保障局报送，本单位承担工作的进展请填报“配合单位进展”",
            refusedReport.GetProperty("detail").GetString());
        Assert.Equal("unit", refusedReport.GetProperty("field").GetString());
        Assert.Equal("测试市人力资源和社会保障局是任务 T1 的牵头单位，请填报进展报告；“配合单位进展”由配合单位填报",
            (await contribution.JsonAsync()).GetProperty("detail").GetString());
        Assert.DoesNotContain((await web.Ledger.ListReportsAsync(web.PlanId, ct: Ct)), r => r.Period == 4);
        Assert.Empty(await web.Ledger.ListContributionsAsync(web.PlanId, "T1", 4, ct: Ct));
    }

    [Fact]
    public async Task A_put_changes_only_the_record_in_its_address()
    {
        await SupportedByJyjAsync();
        using var jyj = web.TokenClient(await web.TokenAsync("jyj"));
        using var rsj = web.TokenClient(await web.TokenAsync("rsj"));
        var id = (await (await jyj.PostAsync($"/api/plans/{web.PlanId}/contributions", Body("T1", 5, "五月配合"), Ct)).JsonAsync()).GetProperty("id").GetInt32();
        var t1 = await web.DraftAsync("rsj", TestPlan.Rsj, "T1", 7, "七月初稿", [new("T1.1", 700m, null, null, null)]);

        var otherPeriod = await jyj.PutAsync($"/api/contributions/{id}", Body("T1", 6, "改期", 1), Ct);
        var byLead = await rsj.PutAsync($"/api/contributions/{id}", Body("T1", 5, "牵头单位改配合", 1), Ct);
        var changed = await jyj.PutAsync($"/api/contributions/{id}", Body("T1", 5, "五月配合（补充）", 1), Ct);
        var reportOfOtherTask = await rsj.PutAsync($"/api/reports/{t1.Id}", Calls.ReportBody("T2", 7, "借道改T2", [], t1.Version), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, otherPeriod.StatusCode);
        Assert.Equal(("task", "此条配合单位进展属于任务 T1 2022年5月，不能改为其他任务或期次"),
            ((await otherPeriod.JsonAsync()).GetProperty("field").GetString(), (await otherPeriod.JsonAsync()).GetProperty("detail").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, byLead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(2, (await changed.JsonAsync()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, reportOfOtherTask.StatusCode);
        Assert.Equal(("taskCode", "该报告属于任务 T1；报告不能改为另一项任务"),
            ((await reportOfOtherTask.JsonAsync()).GetProperty("field").GetString(), (await reportOfOtherTask.JsonAsync()).GetProperty("detail").GetString()));
        Assert.Equal("七月初稿", (await web.Ledger.FindReportAsync(t1.Id, Ct))!.Progress);
        Assert.DoesNotContain(await web.Ledger.ListReportsAsync(web.PlanId, ct: Ct), r => r.TaskCode == "T2" && r.Period == 7);
    }
}
