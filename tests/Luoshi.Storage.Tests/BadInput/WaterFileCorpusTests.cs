using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.BadInput;

/// <summary>The bad-input corpus of water-sample files (issue 15): the ledger holds sections WMG (III) and DS (II); each
/// file has one good sample (line 2) and one that cannot be right (line 3). Each is refused naming the file, line 3 and
/// the column, in both languages, and stores nothing: no sample and no audit entry of water data.</summary>
public abstract class WaterFileCorpusTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Header = "section,date,ph,do,nh3n,tp\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(WaterFileCorpus.Rows), MemberType = typeof(WaterFileCorpus))]
    public async Task A_bad_sample_is_refused_at_its_line_and_column_and_nothing_is_stored(string row, string column)
    {
        Assert.True((await Ledger.ImportSectionsAsync(WriteFile("sections.csv",
            "section,name,water_body,target_class,level,sets\nWMG,五马岗,river,III,省考,省考及以上\nDS,大沙,river,II,国考,省考及以上\n"), Ct)).Succeeded);

        var result = await Ledger.IngestWaterAsync(WriteFile("water.csv", Header + "WMG,2022-01-10,7.4,6.5,0.80,0.15\n" + row + "\n"), Ct);

        Assert.False(result.Succeeded);
        var first = result.Errors[0];
        Assert.Equal(("water.csv", 3, column), (first.Place?.File, first.Place?.Line, first.Place?.Column));
        Assert.False(string.IsNullOrWhiteSpace(first.Message.Zh));
        Assert.NotEqual(first.Message.Zh, first.Message.En);
        Assert.Equal(0, await CountAsync("water_samples"));
        Assert.Empty(await Ledger.AuditAsync(10, "water-data", Ct));
    }
}

public sealed class SqliteWaterFileCorpusTests : WaterFileCorpusTests<SqliteTestDatabase>;

public sealed class PostgresWaterFileCorpusTests : WaterFileCorpusTests<PostgresTestDatabase>;

/// <summary>The cases of <see cref="WaterFileCorpusTests{TDatabase}"/>: the bad line 3 and the column it is refused at.</summary>
public static class WaterFileCorpus
{
    public static TheoryData<string, string> Rows => new()
    {
        { "XX,2022-01-11,7.4,6.5,0.80,0.15", "section" },
        { ",2022-01-11,7.4,6.5,0.80,0.15", "section" },
        { "WM\u0000G,2022-01-11,7.4,6.5,0.80,0.15", "section" },
        { "DS,,7.4,6.5,0.80,0.15", "date" },
        { "DS,2022-02-30,7.4,6.5,0.80,0.15", "date" },
        { "DS,11/01/2022,7.4,6.5,0.80,0.15", "date" },
        { "DS,2099-01-11,7.4,6.5,0.80,0.15", "date" },
        { "DS,0001-01-01,7.4,6.5,0.80,0.15", "date" },
        { "DS,2022-01-11,15,6.5,0.80,0.15", "ph" },
        { "DS,2022-01-11,-1,6.5,0.80,0.15", "ph" },
        { "DS,2022-01-11,中性,6.5,0.80,0.15", "ph" },
        { "DS,2022-01-11,7.4,-6.5,0.80,0.15", "do" },
        { "DS,2022-01-11,7.4,1e308,0.80,0.15", "do" },
        { "DS,2022-01-11,7.4,6.5,NaN,0.15", "nh3n" },
        { "DS,2022-01-11,7.4,6.5,Infinity,0.15", "nh3n" },
        { "DS,2022-01-11,7.4,6.5,0.80,1e400", "tp" },
        { "DS,2022-01-11,7.4,6.5,0.80,0x10", "tp" },
        { "WMG,2022-01-10,7.5,6.5,0.80,0.15", "date" },
    };
}
