using Luoshi.Domain.Reading;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Villages;

/// <summary>Plan targets bound to the village indicators, evaluated from the imported registers; every number worked
/// by hand from <see cref="VillageFixture"/> (monthly plan: as of 2022-10-10, 9 periods are past due of 12).</summary>
public abstract class VillageIndicatorTests<TDatabase> : VillageTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly DateOnly October10 = new(2022, 10, 10);

    [Fact]
    public async Task Evaluate_BoundTargets_ActualAndStatusFromTheRegisters()
    {
        var planId = await BoundPlanAsync();

        var rows = (await TargetsAsync(planId, October10)).ToDictionary(r => r.Code);

        // V11 特色精品村, V12 美丽宜居村, V22 美丽宜居村 (2021) of 6 = 50% against 60 × 9/12 = 45 expected: on track.
        Assert.Equal((50m, TargetStatus.OnTrack), Of(rows["V1.1"]));
        // 江谷镇: V22 of V21, V22 = 50% (V21 is assessed only on 11-10).
        Assert.Equal((50m, TargetStatus.OnTrack), Of(rows["V1.2"]));
        // Facilities V11, V12, V13, V22 of 6 = 66.6667% against 75 expected: share 0.889, behind.
        Assert.Equal((66.6667m, TargetStatus.Behind), Of(rows["V1.3"]));
        // 2022: 15 + 9 + 4 + 11 + 22 = 61 万元 against last year's 69.5: 0.878, behind.
        Assert.Equal((61m, TargetStatus.Behind), Of(rows["V1.4"]));
        // Below 10 万元 in 2022: V12 (9) and V13 (4), where none may be.
        Assert.Equal((2m, TargetStatus.AtRisk), Of(rows["V1.5"]));
        Assert.Equal(
            "as of 2022-10-10, 3 of 6 administrative villages of 全域 are 美丽宜居村 or above (50%); 5 assessed",
            rows["V1.1"].Note?.En);
        Assert.Equal("截至2022-10-10，江谷镇2个行政村中1个达到美丽宜居村及以上（50%），已评定1个", rows["V1.2"].Note?.Zh);
    }

    [Fact]
    public async Task Evaluate_LaterDayAndNewIncome_TownReachesItsShareAndIncomeCatchesUp()
    {
        var planId = await BoundPlanAsync();
        Ok(await Villages.ImportIncomeAsync(VillageFixture.Csv("income-v22.csv", "village,year,income\nV22,2022,16\n"), Ct));

        var november = (await TargetsAsync(planId, new DateOnly(2022, 11, 15))).ToDictionary(r => r.Code);
        var january = (await TargetsAsync(planId, new DateOnly(2023, 1, 10))).ToDictionary(r => r.Code);

        // 江谷镇 on 11-15: V21 (特色精品村 from 11-10) and V22 = 100%: a share reached stays reached.
        Assert.Equal((100m, TargetStatus.Achieved), Of(november["V1.2"]));
        // Income 61 + 16 = 77 ≥ 69.5: on track until the deadline, achieved after it.
        Assert.Equal((77m, TargetStatus.OnTrack), Of(november["V1.4"]));
        Assert.Equal((77m, TargetStatus.Achieved), Of(january["V1.4"]));
        // After the year: V11, V12, V21, V22 = 4 of 6 = 66.6667% ≥ 60; facilities 5 of 6 (V14 never) < 100: missed.
        Assert.Equal((66.6667m, TargetStatus.Achieved), Of(january["V1.1"]));
        Assert.Equal((83.3333m, TargetStatus.Missed), Of(january["V1.3"]));
    }

    [Fact]
    public async Task Summary_ByTownAndRegion_HandWorked()
    {
        await ImportAllAsync();

        var summary = await Villages.SummaryAsync(2022, October10, ct: Ct);

        Assert.Equal(["干净整洁村", "美丽宜居村", "特色精品村"], summary.Tiers);
        Assert.Equal(10m, summary.Threshold);
        Assert.Equal(
            [
                ("T1", "大沙镇", 4, 4, "3|2|1", 3, 2, 39m, 4, 2, 34.5m, 4),
                ("T2", "江谷镇", 2, 1, "1|1|0", 1, 1, 22m, 1, 0, 35m, 2),
                ("", "全域", 6, 5, "4|3|1", 4, 3, 61m, 5, 2, 69.5m, 6),
            ],
            summary.Towns.Append(summary.Region).Select(r => (r.Code, r.Name, r.Villages, r.Assessed, string.Join('|', r.AtOrAbove),
                r.WithFacility, r.Operating, r.Income, r.IncomeReported, r.UnderThreshold, r.IncomeLastYear, r.IncomeReportedLastYear)));
        Assert.Equal((50m, 66.67m, 50m, -8.5m), (summary.Region.ShareAtOrAbove(1), summary.Region.Coverage, summary.Region.OperatingShare, summary.Region.Change));
        var t1 = await Villages.SummaryAsync(2022, October10, "T1", Ct);
        Assert.Equal(("合计", 4, 4.5m), (t1.Region.Name, t1.Region.Villages, t1.Region.Change));
    }

    [Fact]
    public async Task Bind_UnknownTierOrArea_RefusedWithWhatIsKnown()
    {
        var planId = await BoundPlanAsync();

        var tier = await Ledger.BindTargetAsync(planId, "V1.1", new IndicatorBinding("villages.tier-share", "美丽乡村@T1"), Ct);
        var area = await Ledger.BindTargetAsync(planId, "V1.3", new IndicatorBinding("villages.sewage-coverage", "青山镇"), Ct);

        Assert.Equal("V1.1: unknown tier '美丽乡村' (known: 干净整洁村, 美丽宜居村, 特色精品村)", tier.Error?.Message.En);
        Assert.Equal("V1.3: unknown area '青山镇': expected region, or the code or name of the city, a town or a subdistrict", area.Error?.Message.En);
    }

    private static (decimal?, TargetStatus) Of(TargetReading row) => (row.Now.Actual, row.Now.Status);

    private async Task<int> BoundPlanAsync()
    {
        await ImportAllAsync();
        var planId = (await Ledger.ImportPlanAsync(VillagePlan.Create(), replace: false, Ct)).PlanId;
        foreach (var (target, binding) in new[]
        {
            ("V1.1", "villages.tier-share:美丽宜居村"), ("V1.2", "villages.tier-share:美丽宜居村@江谷镇"),
            ("V1.3", "villages.sewage-coverage:C"), ("V1.4", "villages.collective-income:region"), ("V1.5", "villages.income-under-threshold:测试市"),
        })
        {
            var bound = await Ledger.BindTargetAsync(planId, target, IndicatorBinding.TryParse(binding), Ct);
            Assert.True(bound.Succeeded, bound.Error?.ToString());
        }

        return planId;
    }
}

public sealed class SqliteVillageIndicatorTests : VillageIndicatorTests<SqliteTestDatabase>;

public sealed class PostgresVillageIndicatorTests : VillageIndicatorTests<PostgresTestDatabase>;
