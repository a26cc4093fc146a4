namespace Luoshi.Web.Tests.Review;

/// <summary>催办: the office reminds a unit of an overdue report on the review page; the reminder is recorded and the
/// unit sees it in its workspace, another unit does not.</summary>
public sealed class ReminderTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reminder_from_the_review_page_reaches_only_its_unit()
    {
        using var office = web.Client();
        await SignIn.AsAsync(office, "office");
        var review = await office.GetStringAsync($"/review?plan={web.PlanId}", Ct);
        // As of 2022-10-10, reports of periods 1–9 (due on the 28th of each month up to September) are overdue: 9 per task.
        Assert.Contains("逾期未报 <small>(18)</small>", review, StringComparison.Ordinal);

        var token = await SignIn.FormTokenAsync(office, $"/review?plan={web.PlanId}");
        var sent = await office.PostAsync($"/review?handler=Remind&plan={web.PlanId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token, ["task"] = "T1", ["period"] = "9", ["unit"] = TestPlan.Rsj, ["note"] = "请于10月15日前补报",
        }), Ct);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, sent.StatusCode);

        var reminder = Assert.Single(await web.Ledger.ListRemindersAsync(web.PlanId, Ct));
        Assert.Equal(("T1", 9, TestPlan.Rsj, "office"), (reminder.TaskCode, reminder.Period, reminder.Unit, reminder.By));
        Assert.Contains(await web.Ledger.AuditAsync(10, "reminder", Ct), a => a.Actor == "office");

        using var rsj = web.Client();
        await SignIn.AsAsync(rsj, "rsj");
        var workspace = await rsj.GetStringAsync($"/workspace?plan={web.PlanId}", Ct);
        Assert.Contains("请于10月15日前补报", workspace, StringComparison.Ordinal);
        // The period as every page names it (2022-09), not "第9期".
        Assert.Contains("T1</a> 2022-09 请于10月15日前补报", workspace, StringComparison.Ordinal);
        using var jyj = web.Client();
        await SignIn.AsAsync(jyj, "jyj");
        Assert.DoesNotContain("请于10月15日前补报", await jyj.GetStringAsync($"/workspace?plan={web.PlanId}", Ct), StringComparison.Ordinal);
    }
}
