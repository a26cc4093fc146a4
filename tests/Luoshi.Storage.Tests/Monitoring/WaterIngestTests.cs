using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Monitoring;

/// <summary>Water-sample files into the ledger: all or nothing, checked against the ledger's sections, the same file
/// twice adds nothing, a corrected sample replaces the stored one.</summary>
public abstract class WaterIngestTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Header = "section,date,ph,do,nh3n,tp\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task SectionsAsync() =>
        Assert.True((await Ledger.ImportSectionsAsync(WriteFile("sections.csv",
            "section,name,water_body,target_class,level,sets\nWMG,五马岗,river,III,省考,省考及以上\nDS,大沙,river,II,国考,省考及以上\n"), Ct)).Succeeded);

    [Fact]
    public async Task IngestWater_GoodFile_StoredWithItemsAndAudited()
    {
        await SectionsAsync();

        var result = await Ledger.IngestWaterAsync(WriteFile("w.csv", Header + "WMG,2022-01-10,7.4,6.5,0.80,0.15\nDS,2022-01-12,7.1,7.0,,0.05\n"), Ct);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((2L, 2L, 0L), (result.Rows, result.Inserted, result.Corrected));
        Assert.Equal(1, result.Missing["nh3n"]);
        Assert.Equal(1, await CountAsync("water_samples WHERE items = '{\"ph\":7.1,\"do\":7.0,\"tp\":0.05}'"));
        Assert.Single(await Ledger.AuditAsync(10, "water-data", Ct));
    }

    [Fact]
    public async Task IngestWater_BadLines_EachLocatedAndNothingStored()
    {
        await SectionsAsync();

        var result = await Ledger.IngestWaterAsync(WriteFile("w.csv", Header
            + "WMG,2022-01-10,7.4,6.5,0.80,0.15\n"
            + "XX,2022-01-10,7.4,6.5,0.80,0.15\n"
            + "DS,2022-13-01,7.4,-6.5,0.80,0.15\n"), Ct);

        Assert.Equal(
            [
                "w.csv, line 3, column section: unknown section 'XX'; expected a section of the ledger (luoshi sections list)",
                "w.csv, line 4, column date: expected a date yyyy-MM-dd, found '2022-13-01'",
                "w.csv, line 4, column do: expected a value of 0 or more, found -6.5",
            ],
            result.Errors.Select(e => e.ToWords().En));
        Assert.Equal(0, await CountAsync("water_samples"));
    }

    [Fact]
    public async Task IngestWater_TwoSamplesOfOneSectionAndDay_RefusedWithBothLines()
    {
        await SectionsAsync();

        var result = await Ledger.IngestWaterAsync(WriteFile("w.csv", Header + "WMG,2022-01-10,7.4,6.5,0.80,0.15\nWMG,2022-01-10,7.5,6.5,0.80,0.15\n"), Ct);

        Assert.Equal(["w.csv, line 3, column date: expected one sample per section and day, found a second for WMG on 2022-01-10 (first on line 2)"],
            result.Errors.Select(e => e.ToWords().En));
        Assert.Equal(0, await CountAsync("water_samples"));
    }

    [Fact]
    public async Task IngestWater_SameFileAgainThenACorrection_NothingTwiceAndTheCorrectionReplaces()
    {
        await SectionsAsync();
        var path = WriteFile("w.csv", Header + "WMG,2022-01-10,7.4,6.5,0.80,0.15\n");
        await Ledger.IngestWaterAsync(path, Ct);

        var again = await Ledger.IngestWaterAsync(path, Ct);
        var fixedFile = await Ledger.IngestWaterAsync(WriteFile("w2.csv", Header + "WMG,2022-01-10,7.4,6.5,1.20,0.150\nWMG,2022-02-10,7.4,6.5,0.5,0.1\n"), Ct);

        Assert.True(again.AlreadyIngested);
        Assert.Equal((1L, 1L, 0L), (fixedFile.Inserted, fixedFile.Corrected, fixedFile.Unchanged));
        Assert.Equal(2, await CountAsync("water_samples"));
        Assert.Contains("\"Corrections\":[{\"Section\":\"WMG\",\"Date\":\"2022-01-10\",\"Before\":{\"ph\":7.4,\"do\":6.5,\"nh3n\":0.80,\"tp\":0.15},\"After\":{\"ph\":7.4,\"do\":6.5,\"nh3n\":1.20,\"tp\":0.150}}]", (await Ledger.AuditAsync(10, "water-data", Ct))[0].After, StringComparison.Ordinal);
    }
}

public sealed class SqliteWaterIngestTests : WaterIngestTests<SqliteTestDatabase>;

public sealed class PostgresWaterIngestTests : WaterIngestTests<PostgresTestDatabase>;
