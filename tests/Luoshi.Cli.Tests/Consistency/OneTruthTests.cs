using Luoshi.Documents.Word;

namespace Luoshi.Cli.Tests.Consistency;

/// <summary>One truth per target: on the demo ledger and a generated one (every kind of target, a monthly and a
/// quarterly plan, computed and typed values), on several days, the command line, the 台账 workbook, the API's target
/// document, the task breakdown, the overview, the public API and the quarterly notice give every target the same
/// status and figures — they all render the plan's one reading.</summary>
public sealed class OneTruthTests(LedgerFiles ledgers) : IClassFixture<LedgerFiles>
{
    public static TheoryData<string, string, string> Days => new()
    {
        { "demo", "四会市", "2022-04-10" }, { "demo", "四会市", "2022-07-01" }, { "demo", "四会市", "2022-10-10" }, { "demo", "四会市", "2023-01-05" },
        { "generated", GeneratedLedger.Monthly, "2022-03-01" }, { "generated", GeneratedLedger.Monthly, "2022-07-29" },
        { "generated", GeneratedLedger.Monthly, "2022-10-10" }, { "generated", GeneratedLedger.Monthly, "2023-01-05" },
        { "generated", GeneratedLedger.Quarterly, "2022-04-10" }, { "generated", GeneratedLedger.Quarterly, "2022-10-01" },
        { "generated", GeneratedLedger.Quarterly, "2023-01-05" },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public async Task EveryOutput_SameStatusAndFiguresForEveryTarget(string which, string region, string dayText)
    {
        var db = which == "demo" ? ledgers.Demo : ledgers.Generated;
        var day = DateOnly.Parse(dayText, System.Globalization.CultureInfo.InvariantCulture);
        var (ledger, api) = ledgers.Open[db];
        var planId = (await ledger.FindPlanAsync(region, 2022, TestContext.Current.CancellationToken))!.Id;

        var cli = Outputs.Cli(db, region, day);
        var (book, bookPeriods) = Outputs.Workbook(db, region, day, ledgers.Directory);
        var (target, targetPeriods) = await Outputs.TargetsAsync(api, planId, cli.Keys, day);
        var tasks = await Outputs.TasksAsync(api, planId, day);
        var published = await Outputs.PublicAsync(api, planId, day);
        var overview = await Outputs.OverviewCountsAsync(api, planId, day);

        Assert.NotEmpty(cli);
        Assert.Equal(cli.Keys.Order(), book.Keys.Order());
        Assert.Equal(cli.Keys.Order(), tasks.Keys.Order());
        foreach (var (code, figure) in cli)
        {
            Assert.Equal((code, figure.Status), (code, book[code].Status));
            Assert.Equal((code, figure), (code, target[code]));
            Assert.Equal((code, figure), (code, tasks[code]));
            Assert.Equal((code, string.Join(",", bookPeriods[code])), (code, string.Join(",", targetPeriods[code])));
        }

        Assert.NotEmpty(published);
        Assert.All(published, p => Assert.Equal((p.Key, cli[p.Key].Status, cli[p.Key].Actual), (p.Key, p.Value.Status, p.Value.Actual)));
        Assert.Equal(cli.Values.GroupBy(f => f.Status).ToDictionary(g => g.Key, g => g.Count()), overview.Where(c => c.Value > 0).ToDictionary());
    }

    [Theory]
    [InlineData("demo", "四会市", "2022Q3")]
    [InlineData("generated", GeneratedLedger.Monthly, "2022Q3")]
    [InlineData("generated", GeneratedLedger.Quarterly, "2022Q2")]
    public async Task QuarterlyNotice_CountsListsAndChartsTheStatusesTheCommandLineGives(string which, string region, string quarter)
    {
        var db = which == "demo" ? ledgers.Demo : ledgers.Generated;
        var (ledger, _) = ledgers.Open[db];
        var plan = (await ledger.FindPlanAsync(region, 2022, TestContext.Current.CancellationToken))!;
        var period = NoticePeriod.Parse(quarter, plan).Period!;

        var notice = await NoticeReader.ReadAsync(ledger, plan, period, ct: TestContext.Current.CancellationToken);
        var (counts, behind, red) = Outputs.Notice(notice);
        var cli = Outputs.Cli(db, region, period.AsOf);

        Assert.Equal(cli.Values.GroupBy(f => f.Status).ToDictionary(g => g.Key, g => g.Count()), counts.Where(c => c.Value > 0).ToDictionary());
        string[] redStatuses = ["at_risk", "missed", "not_reported"];
        Assert.Equal(cli.Where(c => c.Value.Status == "behind" || redStatuses.Contains(c.Value.Status)).Select(c => c.Key).Order(), behind.Order());
        Assert.Equal(cli.Where(c => redStatuses.Contains(c.Value.Status)).Select(c => c.Key).Order(), red.Order());
    }

    [Fact]
    public void GeneratedMonthlyPlan_October10_FiguresWorkedOutByHand()
    {
        var cli = Outputs.Cli(ledgers.Generated, GeneratedLedger.Monthly, new DateOnly(2022, 10, 10));

        // Nine months past due (September's report was due on the 28th). T1.1: January–August approved, 145 + 150 + … +
        // 180 = 1,300 (September awaits review); expected 2,000 × 9/12 = 1,500; 1,300 / 1,500 = 0.87 → behind.
        Assert.Equal(new Figure("behind", "1300", "1500"), cli["T1.1"]);
        // T2.1: July was never sent → not reported, whatever the level.
        Assert.Equal("not_reported", cli["T2.1"].Status);
        // T3.1: 72% complete in August against 100 × 9/12 = 75 → 0.96 → behind.
        Assert.Equal(new Figure("behind", "72", "75"), cli["T3.1"]);
        // T4.1: 95 in August against last year's 100 (September's 105 awaits review) → behind.
        Assert.Equal(new Figure("behind", "95", "100"), cli["T4.1"]);
        // T5.1: 52 of 100 villages in August against 60 × 9/12 = 45 → on track.
        Assert.Equal(new Figure("on_track", "52", "45"), cli["T5.1"]);
        // T6.1: no event.
        Assert.Equal(new Figure("on_track", "0", "0"), cli["T6.1"]);
        // T7.1, computed from the air data (the typed 50 ignored): 1 January – 9 October is 282 days, of which days 10,
        // 20, …, 280 of the year are polluted (28): 254 / 282 = 90.07%. A share held all year is expected at its goal,
        // 90, from the first month, not on a line from 0.
        Assert.Equal(new Figure("on_track", "90.07", "90"), cli["T7.1"]);
    }

    [Fact]
    public void GeneratedQuarterlyPlan_October1_FiguresWorkedOutByHand()
    {
        var cli = Outputs.Cli(ledgers.Generated, GeneratedLedger.Quarterly, new DateOnly(2022, 10, 1));

        // Three quarters past due (the third was due on 30 September). T1.1: 520 + 520 approved, the third awaits review;
        // expected 2,000 × 3/4 = 1,500; 1,040 / 1,500 = 0.69 → at risk.
        Assert.Equal(new Figure("at_risk", "1040", "1500"), cli["T1.1"]);
        // T3.1: the hospital reported done on 20 September, not yet approved: 60% (Q2) against 75 → 0.8 → behind.
        Assert.Equal(new Figure("behind", "60", "75"), cli["T3.1"]);
        // T5.1: the third quarter's report is still a draft → not reported.
        Assert.Equal("not_reported", cli["T5.1"].Status);
        // T6.1: one event in the second quarter: the bottom line is breached.
        Assert.Equal(new Figure("at_risk", "1", "0"), cli["T6.1"]);
        // T7.1: 1 January – 30 September, 273 days, 27 polluted: 246 / 273 = 90.11% against the held goal of 90.
        Assert.Equal(new Figure("on_track", "90.11", "90"), cli["T7.1"]);
    }

    [Fact]
    public void Demo_SectionComplianceHeldAllYear_ExpectedAtItsGoalInOctober()
    {
        var cli = Outputs.Cli(ledgers.Demo, "四会市", new DateOnly(2022, 10, 10));

        // 3个省考及以上断面水质达标率100%: a level held all year, so October expects 100, not 100 × 9/12 = 75.
        Assert.Equal(new Figure("on_track", "100", "100"), cli["T25.1"]);
    }
}
