using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Monitoring;

/// <summary>A target bound to water.compliance-rate:省考及以上. Sections WMG (river, target III), DS (river, II) and LK (lake,
/// III, never sampled). GB 3838-2002 Table 1: NH3-N III ≤ 1.0, IV ≤ 1.5; TP (river) III ≤ 0.2; DO II ≥ 6, I ≥ 7.5;
/// CODMn II ≤ 4. WMG 10 Jan NH3-N 0.80, TP 0.15: III, meets. WMG 10 Feb NH3-N 1.40: the year-to-date mean is
/// (0.80 + 1.40) / 2 = 1.10, class IV, misses III. DS 12 Jan DO 7.0, CODMn 3.5: II, meets.</summary>
public abstract class ComplianceRateTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> PlanWithSamplesAsync()
    {
        var planId = (await Ledger.ImportPlanAsync(MonitoringPlans.Create(), replace: false, Ct)).PlanId;
        await Ledger.ImportSectionsAsync(WriteFile("sections.csv", "section,name,water_body,target_class,level,sets\n"
            + "WMG,五马岗,river,III,省考,省考及以上\nDS,大沙,river,II,国考,省考及以上\nLK,青莲湖,lake,III,省考,省考及以上\n"), Ct);
        var ingested = await Ledger.IngestWaterAsync(WriteFile("w.csv", "section,date,do,codmn,nh3n,tp\n"
            + "WMG,2022-01-10,,,0.80,0.15\nDS,2022-01-12,7.0,3.5,,\nWMG,2022-02-10,,,1.40,0.15\n"), Ct);
        Assert.True(ingested.Succeeded, string.Join("\n", ingested.Errors));
        Assert.True((await Ledger.BindTargetAsync(planId, "T1.2", new IndicatorBinding("water.compliance-rate", "省考及以上"), Ct)).Succeeded);
        return planId;
    }

    [Fact]
    public async Task Evaluate_March1_JanuaryAllMeetFebruaryHalf_AtRiskNamingTheSections()
    {
        var planId = await PlanWithSamplesAsync();

        var water = (await TargetsAsync(planId, new DateOnly(2022, 3, 1)))[1];

        // Through February: WMG misses, DS meets, LK not evaluated → 1 of 2 = 50%; expected 100 → 0.5 < 0.8 → red.
        Assert.Equal((50m, TargetStatus.AtRisk), (water.Now.Actual, water.Now.Status));
        Assert.Equal(
            "省考及以上, 2022-01-01 to 2022-02-28: 1 of 2 evaluated section(s) meet their target class (3 sample(s), year-to-date means; "
            + "GB 3838-2002, single factor over the 21 items of the 2011 evaluation rules); not meeting: 五马岗 (IV, target III: 氨氮（NH3-N）); "
            + "not evaluated (no sample): 青莲湖",
            water.Note!.Value.En);
        Assert.EndsWith("未达标：五马岗（IV类，目标III类，超标项目氨氮（NH3-N））；未评价（无样品）：青莲湖", water.Note!.Value.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_Feb1_OnlyJanuary_AllEvaluatedMeet()
    {
        var planId = await PlanWithSamplesAsync();

        var water = (await TargetsAsync(planId, new DateOnly(2022, 2, 1)))[1];

        // January: WMG III meets, DS II meets → 2 of 2 = 100%, on track.
        Assert.Equal((100m, TargetStatus.OnTrack), (water.Now.Actual, water.Now.Status));
    }

    [Fact]
    public async Task Bind_SectionCode_ThatSectionOnly()
    {
        var planId = await PlanWithSamplesAsync();
        await Ledger.BindTargetAsync(planId, "T1.2", new IndicatorBinding("water.compliance-rate", "DS"), Ct);

        var water = (await TargetsAsync(planId, new DateOnly(2022, 3, 1)))[1];

        Assert.Equal(100m, water.Now.Actual);
    }
}

public sealed class SqliteComplianceRateTests : ComplianceRateTests<SqliteTestDatabase>;

public sealed class PostgresComplianceRateTests : ComplianceRateTests<PostgresTestDatabase>;
