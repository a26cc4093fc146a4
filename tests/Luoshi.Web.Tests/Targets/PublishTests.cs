using System.Net;

namespace Luoshi.Web.Tests.Targets;

/// <summary>The office publishes a target from its page and the public page shows it; a leader cannot change targets.</summary>
public sealed class PublishTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_office_publishes_a_target_and_the_public_page_follows()
    {
        using var anonymous = web.Client();
        Assert.DoesNotContain("幼儿园投入使用", await anonymous.GetStringAsync("/public", Ct), StringComparison.Ordinal);

        using var office = web.Client();
        await SignIn.AsAsync(office, "office");
        var token = await SignIn.FormTokenAsync(office, "/targets/T2.1");
        var saved = await office.PostAsync("/targets/T2.1?handler=Change", Form(token, ("deadline", "2022-11-30"), ("publish", "true")), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var plan = await web.Ledger.FindPlanAsync(web.PlanId, Ct);
        var target = plan!.Tasks.SelectMany(t => t.Targets).Single(t => t.Code == "T2.1");
        Assert.True(target.Public);
        Assert.Equal(new DateOnly(2022, 11, 30), target.Deadline);
        Assert.Contains("幼儿园投入使用", await anonymous.GetStringAsync("/public", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_number_is_named_and_nothing_changes()
    {
        using var office = web.Client();
        await SignIn.AsAsync(office, "office");
        var token = await SignIn.FormTokenAsync(office, "/targets/T1.1");
        var page = await (await office.PostAsync("/targets/T1.1?handler=Change", Form(token, ("value", "六千"), ("publish", "true")), Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("目标值：“六千”不是数字", page, StringComparison.Ordinal);
        var plan = await web.Ledger.FindPlanAsync(web.PlanId, Ct);
        Assert.Equal(6000m, plan!.Tasks.SelectMany(t => t.Targets).Single(t => t.Code == "T1.1").Value);
    }

    [Fact]
    public async Task A_leader_reads_the_target_but_cannot_change_it()
    {
        using var leader = web.Client();
        await SignIn.AsAsync(leader, "leader");
        var token = await SignIn.FormTokenAsync(leader, "/tasks/T1");
        var page = await leader.GetStringAsync("/targets/T2.1", Ct);
        Assert.DoesNotContain("核定目标", page, StringComparison.Ordinal);
        var refused = await leader.PostAsync("/targets/T2.1?handler=Change", Form(token, ("publish", "true")), Ct);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__af", token)));
}
