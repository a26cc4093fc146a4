using Luoshi.Domain.Households;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Time;
using Luoshi.Domain.Values;
using Luoshi.Storage;
using Luoshi.Storage.Households.Reading;

namespace Luoshi.Cli.Tests;

/// <summary>The demo looks like a real city (issue 19, item 8), read from the ledger <c>luoshi demo</c> builds for
/// 2022-10-10 with the default seed: whole counts, households of 2 to 6 people, measures for every household under
/// assistance, leaders from a fictional roster, and reports sent on their own days so that the units' on-time shares
/// differ. The figures were counted in the demo's SQLite file with plain SQL (reports per lead unit with
/// <c>submitted_at</c> on or before the 28th of their month, Beijing time) and by reading the generator.</summary>
public sealed class DemoRealismTests(DemoRealismTests.Demo demo) : IClassFixture<DemoRealismTests.Demo>
{
    private static readonly DateOnly Day = new(2022, 10, 10);
    private readonly Ledger _ledger = demo.Ledger;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One demo ledger for the class: building it takes a while.</summary>
    public sealed class Demo : IAsyncLifetime
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-demo-realism-").FullName;

        public Ledger Ledger { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var db = Path.Combine(_directory, "demo.db");
            var demo = CliRun.Luoshi("demo", "--db", db);
            Assert.True(demo.ExitCode == 0, demo.Error);
            Ledger = await Ledger.OpenAsync(StoreOptions.SqliteFile(db), "test");
        }

        public async ValueTask DisposeAsync()
        {
            await Ledger.DisposeAsync();
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Demo_CountsAreWhole_AndEveryLevelOrAmountInACountedUnitStaysWhole()
    {
        var reading = (await _ledger.ReadPlansAsync(Day, ct: Ct)).Single();

        var counted = reading.Targets.Where(t => CountedUnits.AreWhole(t.Target.Unit) && t.Measure is Measure.Cumulative or Measure.Level).ToList();

        // T12.2 民生实事 (件), T15.1 职业技能培训 (人次), T16.1 城镇新增就业 (人), T18.2 学位 (个), T38.1 扫黑除恶机制 (个).
        Assert.Equal(["T12.2", "T15.1", "T16.1", "T18.2", "T38.1"], counted.Select(t => t.Code).Order(StringComparer.Ordinal));
        Assert.All(counted, t => Assert.Equal(decimal.Truncate(t.Now.Actual ?? 0m), t.Now.Actual ?? 0m));

        // A small goal counted in whole units still grows: T38.1's 6 mechanisms a year are half a mechanism a month,
        // which rounded month by month was 0 in every report; by October a unit at the slowest pace (70% of the line)
        // has reported at least one.
        Assert.All(counted.Where(t => t.Measure == Measure.Cumulative), t => Assert.True(t.Now.Actual > 0, $"{t.Code}: {t.Now.Actual}"));
    }

    [Fact]
    public async Task Demo_HouseholdsHaveTwoToSixPeople_AndEveryOneUnderAssistanceHasItsMeasures()
    {
        var first = (await _ledger.ListHouseholdsAsync(HouseholdViewer.Office, null, 1, 200, Ct)).Value!;
        var second = (await _ledger.ListHouseholdsAsync(HouseholdViewer.Office, null, 2, 200, Ct)).Value!;
        var all = first.Items.Concat(second.Items).ToList();

        // 300 generated households and the three special cases.
        Assert.Equal(303, all.Count);
        Assert.All(all, h => Assert.InRange(h.Members, 2, 6));
        Assert.Equal([2, 3, 4, 5, 6], all.Select(h => h.Members).Distinct().Order());

        // Every 40th household from the first (8 of 300) is helped for 因病|因学: medical, school and work or farming
        // support, 3 measures each; DEMO-H9002 (因病) has medical support and one more: 8 × 3 + 2 = 26.
        var assisted = all.Where(h => h.State == MonitoringState.Assisted).Select(h => h.Number).ToList();
        Assert.Equal(9, assisted.Count);
        var measures = new List<AssistanceMeasure>();
        foreach (var number in assisted)
        {
            var detail = (await _ledger.ViewHouseholdAsync(HouseholdViewer.Office, number, Ct)).Value!;
            Assert.NotEmpty(detail.Measures);
            Assert.All(detail.Measures, m => Assert.True(m.StartedOn >= detail.IdentifiedOn && m.StartedOn <= Day));
            measures.AddRange(detail.Measures);
        }

        Assert.Equal(26, measures.Count);
        Assert.Equal(9, measures.Count(m => m.Kind == "医疗保障"));
        Assert.Equal(8, measures.Count(m => m.Kind == "教育资助"));
    }

    [Fact]
    public async Task Demo_TasksAreLedByNamedLeadersOfAFictionalRoster_ByTheirUnitsField()
    {
        var plan = (await _ledger.ReadPlansAsync(Day, ct: Ct)).Single().Plan;

        Assert.DoesNotContain(plan.Tasks, t => t.Leader == "分管副市长");
        Assert.Equal(6, plan.Tasks.Select(t => t.Leader).Distinct().Count());
        Assert.All(plan.Tasks.Where(t => t.LeadUnit == "四会市人力资源和社会保障局"), t => Assert.Equal("副市长 黄某某", t.Leader));
        Assert.All(plan.Tasks.Where(t => t.LeadUnit == "四会市公安局"), t => Assert.Equal("副市长 吴某某", t.Leader));
        Assert.All(plan.Tasks.Where(t => t.LeadUnit == "四会市财政局"), t => Assert.Equal("常务副市长 陈某某", t.Leader));
    }

    [Fact]
    public async Task Demo_ReportsAreSentOnTheirOwnDays_SoOnTimeSharesDifferAndTheRankingMeansSomething()
    {
        var reading = (await _ledger.ReadPlansAsync(Day, ct: Ct)).Single();
        var sent = reading.Tasks.SelectMany(t => t.Sent).Where(r => r.SubmittedAt is not null).ToList();
        var days = sent.Select(r => (r.Period, Day: ChinaTime.DayOf(r.SubmittedAt!.Value))).ToList();

        // No report is stamped with the demo day; most come a few days before the 28th, some after it.
        Assert.DoesNotContain(days, d => d.Day == Day && d.Period < 9);
        Assert.Contains(days, d => d.Day < reading.Calendar[d.Period].Due);
        Assert.Contains(days, d => d.Day > reading.Calendar[d.Period].Due);

        // By hand from the file (lead unit: tasks × 9 periods due, sent by the 28th):
        // 人社局 2 tasks, 9 of 18 on time; 住建局 3 tasks, 18 of 27; 生态环境局 5 tasks, 40 of 45; 民政局 2 tasks, 18 of 18.
        var units = reading.Units.ToDictionary(u => u.Unit);
        Assert.Equal((18, 9, 0.5m), Share(units["四会市人力资源和社会保障局"]));
        Assert.Equal((27, 18, 0.6667m), Share(units["四会市住房和城乡建设局"]));
        Assert.Equal((45, 40, 0.8889m), Share(units["四会市生态环境局"]));
        Assert.Equal((18, 18, 1m), Share(units["四会市民政局"]));
        Assert.True(reading.Units.Select(u => u.OnTimeShare).Distinct().Count() >= 8);
        Assert.Equal("四会市人力资源和社会保障局", reading.Units[^1].Unit);
        Assert.NotEmpty(reading.Overdue);

        static (int, int, decimal) Share(Domain.Standings.UnitStanding u) => (u.ReportsDue, u.ReportsOnTime, u.OnTimeShare);
    }
}
