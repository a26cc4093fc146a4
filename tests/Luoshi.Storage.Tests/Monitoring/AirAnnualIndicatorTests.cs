using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Annual;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Monitoring;

/// <summary>
/// The air indicators on days straddling 1 March 2026. Stations A and B (城区) with equal hours (AirRows: SO2 5, NO2 10,
/// PM10 20, CO 0.5, O3 50, indices far below PM2.5's), PM2.5 at both stations:
/// 27 Feb 70 → 94 by HJ 633-2012 (in force), good; 28 Feb 160 → 210, heavy; 1 Mar 70 → 110 by HJ 633-2026 (in force),
/// polluted; 2 Mar 30 → 43, good; 3 Mar 250 → 300, heavy. As of 4 March: 62 days counted, 5 valid, 57 without data.
/// </summary>
public abstract class AirAnnualIndicatorTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly DateOnly AsOf = new(2026, 3, 4);

    private static readonly ReportingCalendar Calendar = new(2026, ReportingCadence.MonthlyByDay(28));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> PlanWithDataAsync()
    {
        var planId = (await Ledger.ImportPlanAsync(AirPlans2026.Create(), replace: false, Ct)).PlanId;
        await Ledger.ImportStationsAsync(WriteFile("stations.csv", "station,name,sets\nA,城中站,城区\nB,东城站,城区\n"), Ct);
        var rows = AirRows.Header;
        foreach (var (date, pm25) in new[] { (new DateOnly(2026, 2, 27), 70.0), (new(2026, 2, 28), 160), (new(2026, 3, 1), 70), (new(2026, 3, 2), 30), (new(2026, 3, 3), 250) })
        {
            rows += AirRows.Day("A", date, pm25) + AirRows.Day("B", date, pm25);
        }

        var ingested = await Ledger.IngestAirAsync(WriteFile("air.csv", rows), Ct);
        Assert.True(ingested.Succeeded, string.Join("\n", ingested.Errors));
        foreach (var (code, indicator) in new[]
        {
            ("T1.1", "air.good-day-share"), ("T1.2", "air.pm25-annual-mean"), ("T1.3", "air.heavy-pollution-days"),
            ("T1.4", "air.composite-index"), ("T1.5", "air.o3-8h-p90"),
        })
        {
            var bound = await Ledger.BindTargetAsync(planId, code, new IndicatorBinding(indicator, "城区"), Ct);
            Assert.True(bound.Succeeded, bound.Error?.ToString());
        }

        return planId;
    }

    [Fact]
    public async Task Evaluate_GoodDayShare_EachDayByTheRulesInForceAndSaysSo()
    {
        var planId = await PlanWithDataAsync();

        var share = (await TargetsAsync(planId, AsOf)).Single(r => r.Code == "T1.1");

        // Good in force: 27 Feb (94, 2012) and 2 Mar (43); 1 Mar is 110 by 2026. 2 of 5 = 40%.
        Assert.Equal(40m, share.Now.Actual);
        Assert.Contains(
            "5 valid day(s) of 62 (57 invalid, 57 of them without data), 2 good, 3 polluted; HJ 633-2012 to 2026-02-28, HJ 633-2026 from "
            + "2026-03-01 (each day by the rules in force), HJ 663-2013 (HJ 663-2026 not available: its 2013 reading is kept)",
            share.Note!.Value.En, StringComparison.Ordinal);
        Assert.Contains("2026年2月28日前HJ 633-2012、3月1日起HJ 633-2026（逐日按当日有效标准）", share.Note!.Value.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_Pm25AnnualMean_YearToDateWithLimitCompletenessAndAllowance()
    {
        var planId = await PlanWithDataAsync();

        var pm25 = (await TargetsAsync(planId, AsOf)).Single(r => r.Code == "T1.2");
        var series = await Ledger.ReadIndicatorAsync(new IndicatorBinding("air.pm25-annual-mean", "城区"), Calendar, AsOf, Ct);

        // (70 + 160 + 70 + 30 + 250) / 5 = 116. End of February: (70 + 160) / 2 = 115; January has no value.
        Assert.Equal(116m, pm25.Now.Actual);
        Assert.Equal([(2, 115m), (3, 116m)], series.Values.Select(v => (v.Period, v.Value!.Value)));
        // GB 3095-2026 transition limit, class 2: 30. January (0) and February (2 of 25) are short of data.
        // Allowance for ≤ 30: 303 days left, (30 × 308 − 580) / 303 = 28.6 → 28.
        Assert.Equal(
            "城区 (2 station(s)), 2026-01-01 to 2026-03-03: PM2.5 annual mean so far 116 µg/m³ from 5 daily value(s); GB 3095-2026 transition limits, "
            + "class 2: 30 (above); months short of data (27 a month, February 25): 1, 2; the year can no longer meet GB 3095-2026 Table 4: "
            + "the annual figure is not valid for attainment; statistics HJ 663-2013 (HJ 663-2026 not available: its 2013 reading is kept); "
            + "for at most 30: the 303 day(s) left may average at most 28; projected year-end mean 116 (the mean so far)",
            pm25.Note!.Value.En);
    }

    [Fact]
    public async Task Evaluate_HeavyPollutionDays_AccumulatePerPeriod()
    {
        var planId = await PlanWithDataAsync();

        var heavy = (await TargetsAsync(planId, AsOf)).Single(r => r.Code == "T1.3");
        var series = await Ledger.ReadIndicatorAsync(new IndicatorBinding("air.heavy-pollution-days", "城区"), Calendar, AsOf, Ct);

        // January 0, February 1 (28 Feb, 210), March 1 (3 Mar, 300): the sum is the year's 2; 3 − 2 = 1 more affordable.
        Assert.Equal([0m, 1m, 1m], series.Values.Select(v => v.Value!.Value));
        Assert.Equal(2m, heavy.Now.Actual);
        Assert.Contains("2 heavy-pollution day(s) (AQI above 200) of 5 valid day(s) (57 invalid, not counted); all by HJ 633-2012: 2, all by HJ 633-2026: 2",
            heavy.Note!.Value.En, StringComparison.Ordinal);
        Assert.EndsWith("for at most 3 day(s): 1 more heavy-pollution day(s) affordable this year", heavy.Note!.Value.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_CompositeIndex_RankingDivisorsAndThe2026Limits()
    {
        var planId = await PlanWithDataAsync();

        var index = (await TargetsAsync(planId, AsOf)).Single(r => r.Code == "T1.4");

        // SO2 5/60 + NO2 10/40 + PM10 20/70 + CO 0.5/4 + O3 50/160 + PM2.5 116/35
        // = 0.0833 + 0.25 + 0.2857 + 0.125 + 0.3125 + 3.3143 = 4.3708 → 4.37; with the transition limits
        // (PM10 60, PM2.5 30): 0.0833 + 0.25 + 0.3333 + 0.125 + 0.3125 + 3.8667 = 4.9708 → 4.97.
        Assert.Equal(4.37m, index.Now.Actual);
        Assert.Contains("; with the GB 3095-2026 transition limits (class 2): 4.97", index.Note!.Value.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_O3Percentile_DaysAboveTheGoalStillAffordable()
    {
        var planId = await PlanWithDataAsync();

        var o3 = (await TargetsAsync(planId, AsOf)).Single(r => r.Code == "T1.5");

        // Every O3 8-hour maximum is 50: the 90th percentile is 50. N = 5 + 303 = 308, k = 1 + 307 × 0.9 = 277.3 → 278:
        // 308 − 278 = 30 days may exceed 160, none has.
        Assert.Equal(50m, o3.Now.Actual);
        Assert.EndsWith("for at most 160: 30 more day(s) above 160 affordable this year", o3.Note!.Value.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAirComparison_BothVersionsSideBySideAndTheGoalsVersion()
    {
        var planId = await PlanWithDataAsync();

        var read = await Ledger.ReadAirComparisonAsync("城区", 2026, AsOf, planId, Ct);

        var c = read.Value!;
        // In force 2 of 5; all by 2012: 27 Feb, 1 Mar (94) and 2 Mar, 3 of 5; all by 2026: only 2 Mar, 1 of 5.
        Assert.Equal((2, 3, 1, 5), (c.InForce.Good, c.Of2012.Good, c.Of2026.Good, c.InForce.Valid));
        Assert.Equal((40m, 60m, 20m), (c.InForce.SharePercent!.Value, c.Of2012.SharePercent!.Value, c.Of2026.SharePercent!.Value));
        // A 2026 report is adopted before 1 March: its goals were written under HJ 633-2012 unless the office says otherwise.
        Assert.Equal((AirStandard.Hj633Of2012, false), (c.GoalStandard, c.GoalStandardSet));
        Assert.Equal(2, c.Spans.Count);
        Assert.Equal((116.0, 30m), (c.Annual.Single(f => f.Statistic == AnnualStatistic.Pm25AnnualMean).Value!.Value,
            c.Annual.Single(f => f.Statistic == AnnualStatistic.Pm25AnnualMean).Limit));
        Assert.Equal((4.37m, 4.97m), (c.CompositeIndex!.Value, c.CompositeIndexInPhase!.Value));
    }

    [Fact]
    public async Task SetAirSettings_AreaClassAndGoalVersion_AuditedAndApplied()
    {
        var planId = await PlanWithDataAsync();

        Assert.True((await Ledger.SetAirAreaClassAsync("城区", AreaClass.One, Ct)).Succeeded);
        Assert.True((await Ledger.SetAirGoalStandardAsync(planId, AirStandard.Hj633Of2026, Ct)).Succeeded);

        var c = (await Ledger.ReadAirComparisonAsync("城区", 2026, AsOf, planId, Ct)).Value!;
        // Class 1, transition: PM2.5 annual 15.
        Assert.Equal((AreaClass.One, 15m), (c.AreaClass, c.Annual.Single(f => f.Statistic == AnnualStatistic.Pm25AnnualMean).Limit));
        Assert.Equal((AirStandard.Hj633Of2026, true), (c.GoalStandard, c.GoalStandardSet));
        var audit = await Ledger.AuditAsync(ct: Ct);
        Assert.Contains(audit, a => a.Action == "air.area-class" && a.EntityKey == "城区" && a.After == "{\"AreaClass\":1}");
        Assert.Contains(audit, a => a.Action == "air.goal-standard" && a.After == "{\"Standard\":\"HJ 633-2026\"}");

        // Back to the default: the row goes, the audit keeps what it was.
        Assert.True((await Ledger.SetAirGoalStandardAsync(planId, null, Ct)).Succeeded);
        Assert.False((await Ledger.ReadAirComparisonAsync("城区", 2026, AsOf, planId, Ct)).Value!.GoalStandardSet);
    }

    [Fact]
    public async Task SetAirSettings_UnknownScopeOrPlan_RefusedAndNothingStored()
    {
        var planId = await PlanWithDataAsync();

        var scope = await Ledger.SetAirAreaClassAsync("郊区", AreaClass.One, Ct);
        var plan = await Ledger.SetAirGoalStandardAsync(planId + 99, AirStandard.Hj633Of2026, Ct);

        Assert.Equal("no station or station set '郊区' (sets: 城区; stations: A, B)", scope.Error?.Message.En);
        Assert.Equal($"no plan with id {planId + 99} in the ledger", plan.Error?.Message.En);
        Assert.Equal((0, 0), (await CountAsync("air_area_classes"), await CountAsync("air_goal_standards")));
    }
}

public sealed class SqliteAirAnnualIndicatorTests : AirAnnualIndicatorTests<SqliteTestDatabase>;

public sealed class PostgresAirAnnualIndicatorTests : AirAnnualIndicatorTests<PostgresTestDatabase>;
