using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Monitoring;

/// <summary>A concentration no instrument can measure (1e308, a unit slip) or a day that cannot have been recorded is
/// refused at ingest with its place; one already stored (written before the rule, or by hand) counts as missing, and
/// every target still evaluates instead of the ledger answering with an OverflowException.</summary>
public abstract class AirValueRuleTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IngestAir_BeyondPhysicalBoundOrDated2099_RefusedWithPlaceAndNothingStored()
    {
        await Ledger.ImportStationsAsync(WriteFile("stations.csv", "station,name,sets\nA,城中站,城区\n"), Ct);
        var path = WriteFile("bad.csv", AirRows.Header
            + "A,2022-01-01 00:00,1e308,20,5,10,0.5,50\n"
            + "A,2099-01-01 00:00,30,20,5,10,0.5,50\n"
            + "A,2022-01-01 01:00,30,20,5,10,250,50\n"
            + "A,2022-01-01 02:00,30,20,5,10,0.5,50\n");

        var result = await Ledger.IngestAirAsync(path, Ct);

        Assert.Equal(
            [
                "bad.csv, line 2, column pm25: expected a concentration from 0 to 2000 µg/m³ (PM2.5's physical bound), found 1E+308",
                "bad.csv, line 3, column time: expected a day from 2000-01-01 to 2027-12-31, found 2099-01-01",
                "bad.csv, line 4, column co: expected a concentration from 0 to 200 mg/m³ (CO's physical bound), found 250",
            ],
            result.Errors.Select(e => e.ToWords().En));
        Assert.Equal(0, await CountAsync("air_hours"));
    }

    [Fact]
    public async Task Evaluate_StoredConcentrationBeyondBound_CountsAsMissingAndEveryTargetEvaluates()
    {
        var planId = (await Ledger.ImportPlanAsync(MonitoringPlans.Create(), replace: false, Ct)).PlanId;
        await Ledger.ImportStationsAsync(WriteFile("stations.csv", "station,name,sets\nA,城中站,城区\n"), Ct);
        var ingested = await Ledger.IngestAirAsync(WriteFile("jan.csv", AirRows.Header + AirRows.Day("A", new(2022, 1, 1), 30) + AirRows.Day("A", new(2022, 1, 2), 30)), Ct);
        Assert.True(ingested.Succeeded, string.Join("\n", ingested.Errors));
        Assert.True((await Ledger.BindTargetAsync(planId, "T1.1", new IndicatorBinding("air.good-day-share", "城区"), Ct)).Succeeded);
        // As the ledger held it before ingest refused such values: every hour of 2 January at 1e308.
        Assert.Equal(24, await Database.ExecuteAsync("UPDATE air_hours SET pm25 = 1e308 WHERE date = '2022-01-02'"));

        var rows = await TargetsAsync(planId, new DateOnly(2022, 1, 3));

        // 1 January good; 2 January without PM2.5 (its hours count as missing) is not a valid day: 1 of 1 valid, 100%.
        Assert.Equal(["T1.1", "T1.2"], rows.Select(r => r.Code));
        Assert.Equal(100m, rows[0].Now.Actual);
        Assert.Equal(TargetStatus.OnTrack, rows[0].Now.Status);
    }
}

public sealed class SqliteAirValueRuleTests : AirValueRuleTests<SqliteTestDatabase>;

public sealed class PostgresAirValueRuleTests : AirValueRuleTests<PostgresTestDatabase>;
