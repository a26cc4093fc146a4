using Luoshi.Domain.Households;
using Luoshi.Storage.Households.Monitoring;
using Luoshi.Storage.Households.Reading;
using Luoshi.Storage.Households.Warnings;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Households;

/// <summary>The income line, the monitoring steps and the warnings, worked by hand on the small register (the clock
/// stands at 2022-04-10 unless moved).</summary>
public abstract class MonitoringTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Day(int month, int day) => new(2022, month, day);

    private async Task RegisterAsync()
    {
        Assert.True((await Ledger.ImportUnitsAsync(WriteFile("units.csv", Register.Units), null, Ct)).Succeeded);
        Assert.True((await Ledger.ImportHouseholdsAsync(WriteFile("households.csv", Register.Three()), null, Ct)).Succeeded);
    }

    private async Task<HouseholdDetail> DetailAsync(string key) => (await Ledger.ViewHouseholdAsync(HouseholdViewer.Office, key, Ct)).Value!;

    [Fact]
    public async Task SetLine_FlagsOnlyTheHouseholdsOfThatYearUnderIt_AndIsAudited()
    {
        await RegisterAsync();

        var set = await Ledger.SetIncomeLineAsync(2021, 6000m, Ct);

        // 张三明 5,800.50 < 6,000 is flagged; 王五 9,000 and 赵六 12,000 are not.
        Assert.Equal(1, set.Value);
        Assert.Equal((MonitoringState.Flagged, Day(4, 10)), ((await DetailAsync("H001")).State, (await DetailAsync("H001")).FlaggedOn));
        Assert.Equal(MonitoringState.NotMonitored, (await DetailAsync("H002")).State);
        Assert.Equal(0, (await Ledger.SetIncomeLineAsync(2022, 20000m, Ct)).Value);
        var audit = (await Ledger.AuditAsync(10, "income-line", Ct))[^1];
        Assert.Equal(("income-line.set", "2021"), (audit.Action, audit.EntityKey));
        Assert.Equal("{\"Year\":2021,\"Amount\":6000,\"Flagged\":1}", audit.After);
        Assert.Equal([(2021, 6000m), (2022, 20000m)], (await Ledger.ListIncomeLinesAsync(Ct)).Select(l => (l.Year, l.Amount)));
    }

    [Fact]
    public async Task SetLine_BadValues_NameTheField()
    {
        Assert.Equal("field amount: expected the line in yuan per person per year, more than 0 with at most 2 decimals, found 6000.001",
            (await Ledger.SetIncomeLineAsync(2021, 6000.001m, Ct)).Error!.ToWords().En);
        Assert.Equal("field year: expected a year from 2000 to 2100, found 21", (await Ledger.SetIncomeLineAsync(21, 6000m, Ct)).Error!.ToWords().En);
        Assert.Equal("field days: expected the days to identify a flagged household, 1 to 365, found 0",
            (await Ledger.SetMonitoringRulesAsync(new MonitoringRules(0), Ct)).Error!.ToWords().En);
    }

    [Fact]
    public async Task Steps_FlaggedIdentifiedAssistedEliminated_DatesAndMeasuresKept()
    {
        await RegisterAsync();
        await Ledger.SetIncomeLineAsync(2021, 6000m, Ct);

        Assert.True((await Ledger.RecordHouseholdStepAsync("H001", HouseholdStep.Identify(Day(4, 10), IdentificationSource.StaffVisit, RiskTypes.Illness), Ct)).Succeeded);
        Assert.True((await Ledger.RecordHouseholdStepAsync(Register.Zhang, HouseholdStep.Assist(Day(4, 10), "医疗保障", "大病保险报销"), Ct)).Succeeded);
        Assert.True((await Ledger.RecordHouseholdStepAsync("H001", HouseholdStep.Assist(Day(4, 10), "就业帮扶", "公益性岗位"), Ct)).Succeeded);

        var zhang = await DetailAsync("H001");
        Assert.Equal((MonitoringState.Assisted, Day(4, 10), Day(4, 10), IdentificationSource.StaffVisit), (zhang.State, zhang.IdentifiedOn, zhang.AssistedOn, zhang.Source));
        Assert.Equal(["医疗保障", "就业帮扶"], zhang.Measures.Select(m => m.Kind));
        // Still under the line: its risk cannot be declared eliminated yet.
        Assert.Equal("household H001: its per-capita net income of 2021 (5800.5 yuan) is still under that year's line (6000 yuan)",
            (await Ledger.RecordHouseholdStepAsync("H001", HouseholdStep.Eliminate(Day(4, 10)), Ct)).Error!.Message.En);
        var steps = await Ledger.HistoryAsync("household", "H001", Ct);
        Assert.Equal(["household.view", "household.assist", "household.assist", "household.identify"], steps.Select(a => a.Action).Take(4));
        Assert.DoesNotContain(steps, a => (a.After ?? "").Contains("张三明", StringComparison.Ordinal) || (a.After ?? "").Contains(Register.Zhang, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Steps_NotAllowedOrIncomplete_RefusedAndNothingChanged()
    {
        await RegisterAsync();

        Assert.Equal("household H002: only a flagged household can be dismissed; this one is not monitored",
            (await Ledger.RecordHouseholdStepAsync("H002", HouseholdStep.Dismiss(Day(4, 10), "收入核实"), Ct)).Error!.Message.En);
        Assert.Equal("household H002: an identification needs at least one risk type",
            (await Ledger.RecordHouseholdStepAsync("H002", HouseholdStep.Identify(Day(4, 10), IdentificationSource.Application, RiskTypes.None), Ct)).Error!.Message.En);
        Assert.Equal("household H002: the date 2022-04-11 is after today (2022-04-10)",
            (await Ledger.RecordHouseholdStepAsync("H002", HouseholdStep.Hardship(Day(4, 11)), Ct)).Error!.Message.En);
        Assert.Equal("no household 'H404' in the register (expected its number or its head's identity number)",
            (await Ledger.RecordHouseholdStepAsync("H404", HouseholdStep.Hardship(Day(4, 1)), Ct)).Error!.Message.En);
        Assert.True((await Ledger.RecordHouseholdStepAsync("H002", HouseholdStep.Identify(Day(4, 5), IdentificationSource.Application, RiskTypes.Accident), Ct)).Succeeded);
        Assert.Equal("household H002: the date 2022-04-04 is before 2022-04-05, when it was identified",
            (await Ledger.RecordHouseholdStepAsync("H002", HouseholdStep.Assist(Day(4, 4), "临时救助", "发放临时救助金"), Ct)).Error!.Message.En);
        Assert.Equal(MonitoringState.Identified, (await DetailAsync("H002")).State);
    }

    [Fact]
    public async Task Steps_HardshipThenDismissed_BackToNotMonitored()
    {
        await RegisterAsync();

        Assert.True((await Ledger.RecordHouseholdStepAsync("H003", HouseholdStep.Hardship(Day(4, 3)), Ct)).Succeeded);
        Assert.Equal((MonitoringState.Flagged, Day(4, 3)), ((await DetailAsync("H003")).State, (await DetailAsync("H003")).FlaggedOn));
        Assert.True((await Ledger.RecordHouseholdStepAsync("H003", HouseholdStep.Dismiss(Day(4, 8), "保险已赔付，收入稳定"), Ct)).Succeeded);

        var zhao = await DetailAsync("H003");
        Assert.Equal((MonitoringState.NotMonitored, (DateOnly?)null), (zhao.State, zhao.FlaggedOn));
        Assert.Contains("保险已赔付，收入稳定", (await Ledger.HistoryAsync("household", "H003", Ct)).Single(a => a.Action == "household.dismiss").After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_LateFlagsUnassistedAndUncovered_ByTownAndVillage()
    {
        await RegisterAsync();
        // 10 April: 张三明 (东升村) is flagged by the line; 王五 (西江村) applies and is identified, without a measure yet.
        await Ledger.SetIncomeLineAsync(2021, 6000m, Ct);
        await Ledger.RecordHouseholdStepAsync("H002", HouseholdStep.Identify(Day(4, 10), IdentificationSource.Application, RiskTypes.Unemployment), Ct);

        // Flagged on 10 April with 15 days: not late on the 25th, late on the 26th.
        var on25 = await Ledger.HouseholdWarningsAsync(HouseholdViewer.Office, Day(4, 25), Ct);
        var on26 = await Ledger.HouseholdWarningsAsync(HouseholdViewer.Office, Day(4, 26), Ct);

        Assert.Equal(new(0, 1, 1), on25.Totals);
        Assert.Equal(new(1, 1, 1), on26.Totals);
        var town = Assert.Single(on26.Towns);
        Assert.Equal(("T1", "大沙镇", new VillageCounts(1, 1, 1)), (town.Code, town.Name, town.Counts));
        Assert.Equal([("东升村", new VillageCounts(1, 0, 1)), ("西江村", new VillageCounts(0, 1, 0))], town.Villages.Select(v => (v.Name, v.Counts)));
        Assert.Equal(15, on26.IdentifyWithinDays);

        // The office allows 20 days: on the 26th nothing is late any more.
        await Ledger.SetMonitoringRulesAsync(new MonitoringRules(20), Ct);
        Assert.Equal(new(0, 1, 1), (await Ledger.HouseholdWarningsAsync(HouseholdViewer.Office, Day(4, 26), Ct)).Totals);
    }
}

public sealed class SqliteMonitoringTests : MonitoringTests<SqliteTestDatabase>;

public sealed class PostgresMonitoringTests : MonitoringTests<PostgresTestDatabase>;
