using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Monitoring;

/// <summary>A target bound to air.good-day-share:城区 takes its value from the stored data. Stations A and B (城区), 2022:
/// 1 Jan PM2.5 30 at both: city 30, IAQI 50/35 × 30 = 42.9 → 43, good. 2 Jan A 100, B 120: city mean 110, IAQI
/// 100 + 50/40 × (110 − 75) = 143.75 → 144 (HJ 633-2012 Table 1, 75–115 µg/m³), polluted. 3 Jan only A, with 19 hours
/// of PM2.5 (fewer than the 20 of GB 3095-2012 Table 4): invalid. 4 Jan no data: invalid. 5 Jan A 70, B 80: city 75,
/// IAQI exactly 100, good (AQI ≤ 100). Other pollutants stay far below (AirRows). Valid 3, good 2: 66.6667%.</summary>
public abstract class GoodDayShareTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> PlanWithDataAsync()
    {
        var planId = (await Ledger.ImportPlanAsync(MonitoringPlans.Create(), replace: false, Ct)).PlanId;
        await Ledger.ImportStationsAsync(WriteFile("stations.csv", "station,name,sets\nA,城中站,城区;全市\nB,东城站,城区;全市\nC,大沙站,全市\n"), Ct);
        var data = WriteFile("jan.csv", AirRows.Header
            + AirRows.Day("A", new(2022, 1, 1), 30) + AirRows.Day("B", new(2022, 1, 1), 30)
            + AirRows.Day("A", new(2022, 1, 2), 100) + AirRows.Day("B", new(2022, 1, 2), 120)
            + AirRows.Day("A", new(2022, 1, 3), 30, pm25Hours: 19)
            + AirRows.Day("A", new(2022, 1, 5), 70) + AirRows.Day("B", new(2022, 1, 5), 80));
        var ingested = await Ledger.IngestAirAsync(data, Ct);
        Assert.True(ingested.Succeeded, string.Join("\n", ingested.Errors));
        var bound = await Ledger.BindTargetAsync(planId, "T1.1", new IndicatorBinding("air.good-day-share", "城区"), Ct);
        Assert.True(bound.Succeeded, bound.Error?.ToString());
        return planId;
    }

    [Fact]
    public async Task Evaluate_Jan29_ShareOfTheFirst28Days_AtRiskWithAffordableDays()
    {
        var planId = await PlanWithDataAsync();

        var air = (await TargetsAsync(planId, new DateOnly(2022, 1, 29)))[0];

        // 2 good of 3 valid = 66.6667%; January is past due (28th), expected 90 for a level: 66.6667 / 90 = 0.74 < 0.8 → red.
        Assert.Equal((66.6667m, 90m, TargetStatus.AtRisk), (air.Now.Actual, air.Now.Expected, air.Now.Status));
        Assert.Empty(air.Now.Overdue);
        // 28 days counted (1–28 Jan; the 29th is not over): 3 valid, 25 invalid of which 24 without data.
        // 剩余可超标天数: 337 days left (365 − 28), valid in year 340, needed ⌈0.9 × 340⌉ = 306, affordable 2 + 337 − 306 = 33.
        Assert.Equal(
            "城区 (2 station(s)), 2022-01-01 to 2022-01-28: 3 valid day(s) of 28 (25 invalid, 24 of them without data), 2 good, 1 polluted; "
            + "HJ 633-2012, HJ 663-2013; for 90%: 33 more polluted day(s) affordable this year (剩余可超标天数); "
            + "projected year-end share 66.7% (the share so far)",
            air.Note!.Value.En);
        Assert.StartsWith("城区（2个站点）2022-01-01至2022-01-28：有效天数3天（共28天，无效25天，其中无数据24天），优良2天，超标1天", air.Note!.Value.Zh, StringComparison.Ordinal);
        Assert.EndsWith("距90%目标：本年剩余可超标天数33天；预计年末优良率66.7%（按目前比例）", air.Note!.Value.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_Jan6_OnlyTheFirstFiveDaysCount()
    {
        var planId = await PlanWithDataAsync();

        var air = (await TargetsAsync(planId, new DateOnly(2022, 1, 6)))[0];

        // Nothing is due before the 28th, so no light yet; the value is already 2 of 3.
        Assert.Equal((66.6667m, TargetStatus.OnTrack), (air.Now.Actual, air.Now.Status));
        Assert.Contains("3 valid day(s) of 5 (2 invalid, 1 of them without data)", air.Note!.Value.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_DailyFileForTheInvalidDay_NetworkValuesCountAndTheShareRises()
    {
        var planId = await PlanWithDataAsync();
        // The network's daily values for A on 3 Jan: PM2.5 50, IAQI 50 + 50/40 × 15 = 68.75 → 69, good.
        await Ledger.IngestAirAsync(WriteFile("daily.csv", "station,time,pm25,pm10,so2,no2,co,o3_1h_max,o3_8h_max\nA,2022-01-03,50,20,5,10,0.5,60,50\n"), Ct);

        var air = (await TargetsAsync(planId, new DateOnly(2022, 1, 6)))[0];

        // 3 good of 4 valid = 75%.
        Assert.Equal(75m, air.Now.Actual);
    }

    [Fact]
    public async Task Evaluate_OneStationScope_ThatStationsDays()
    {
        var planId = await PlanWithDataAsync();
        await Ledger.BindTargetAsync(planId, "T1.1", new IndicatorBinding("air.good-day-share", "B"), Ct);

        var air = (await TargetsAsync(planId, new DateOnly(2022, 1, 6)))[0];

        // B: 1 Jan 43 good; 2 Jan PM2.5 120 → 150 + 50/35 × 5 = 157.1 → 158 polluted (115–150 row); 5 Jan PM2.5 80 →
        // 100 + 50/40 × 5 = 106.25 → 107 polluted (75–115 row); 3 and 4 Jan no data. 1 good of 3 valid = 33.3333%.
        Assert.Equal(33.3333m, air.Now.Actual);
        Assert.StartsWith("B (1 station(s))", air.Note!.Value.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bind_UnknownSet_RefusedNamingTheSetsAndStations()
    {
        var planId = await PlanWithDataAsync();

        var bound = await Ledger.BindTargetAsync(planId, "T1.1", new IndicatorBinding("air.good-day-share", "郊区"), Ct);

        Assert.Equal("T1.1: no station or station set '郊区' (sets: 全市, 城区; stations: A, B, C)", bound.Error?.Message.En);
    }

    [Fact]
    public async Task ReimportSamePlan_BindingKeptAndStillComputed()
    {
        var planId = await PlanWithDataAsync();

        var same = await Ledger.ImportPlanAsync(MonitoringPlans.Create(), replace: false, Ct);
        var changed = await Ledger.ImportPlanAsync(MonitoringPlans.Create(MonitoringPlans.Text + "\n二、其他"), replace: true, Ct);

        Assert.Equal((planId, planId), (same.PlanId, changed.PlanId));
        var target = (await Ledger.FindPlanAsync(planId, Ct))!.Tasks[0].Targets[0];
        Assert.Equal("air.good-day-share:城区", target.Binding?.ToString());
        Assert.Equal(66.6667m, (await TargetsAsync(planId, new DateOnly(2022, 1, 6)))[0].Now.Actual);
    }
}

public sealed class SqliteGoodDayShareTests : GoodDayShareTests<SqliteTestDatabase>;

public sealed class PostgresGoodDayShareTests : GoodDayShareTests<PostgresTestDatabase>;
