using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Monitoring;

/// <summary>Air files into the ledger: all of a file or nothing, the same file twice adds nothing, a corrected value
/// replaces the stored one and the audit entry says so.</summary>
public abstract class AirIngestTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task StationsAsync() =>
        Assert.True((await Ledger.ImportStationsAsync(WriteFile("stations.csv", "station,name,sets\nA,城中站,城区\nB,东城站,城区\n"), Ct)).Succeeded);

    [Fact]
    public async Task IngestAir_GoodHourlyFile_StoredCountedAndAuditedOnce()
    {
        await StationsAsync();
        var path = WriteFile("jan.csv", AirRows.Header + AirRows.Day("A", new(2022, 1, 1), 30) + AirRows.Day("B", new(2022, 1, 1), 30, pm25Hours: 22));

        var result = await Ledger.IngestAirAsync(path, Ct);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((48L, 48L, 0L, 0L), (result.Rows, result.Inserted, result.Corrected, result.Unchanged));
        Assert.Equal(2, result.Missing["pm25"]);
        Assert.Equal((new DateTime(2022, 1, 1, 0, 0, 0), new DateTime(2022, 1, 1, 23, 0, 0)), (result.First, result.Last));
        Assert.Equal(48, await CountAsync("air_hours"));
        Assert.Equal(2, await CountAsync("air_hours WHERE pm25 IS NULL"));
        var audit = Assert.Single(await Ledger.AuditAsync(10, "air-data", Ct));
        Assert.Contains("\"File\":\"jan.csv\"", audit.After, StringComparison.Ordinal);
        Assert.Contains("\"From\":\"2022-01-01 00:00\",\"To\":\"2022-01-01 23:00\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAir_BadRows_EachLocatedAndNothingStored()
    {
        await StationsAsync();
        var path = WriteFile("bad.csv", AirRows.Header
            + "A,2022-01-01 00:00,30,20,5,10,0.5,50\n"
            + "X,2022-01-01 00:00,30,20,5,10,0.5,50\n"
            + "A,2022-01-01 01:00,-3,20,5,10,0.5,50\n"
            + "A,2022-01-01 24:00,30,20,5,10,0.5,50\n"
            + "A,2022-01-01 00:00,31,20,5,10,0.5,50\n");

        var result = await Ledger.IngestAirAsync(path, Ct);

        Assert.Equal(
            [
                "bad.csv, line 3, column station: expected a station of the ledger's stations (luoshi stations list), found 'X'",
                "bad.csv, line 4, column pm25: expected a concentration of zero or more, found '-3'",
                "bad.csv, line 5, column time: expected a time yyyy-MM-dd HH:mm (or yyyy-MM-ddTHH:mm) on the hour, hours 00–23, found '2022-01-01 24:00'",
                "bad.csv, line 6: expected one row per station and hour, found a second row for A at 2022-01-01 00:00",
            ],
            result.Errors.Select(e => e.ToWords().En));
        Assert.Equal(0, await CountAsync("air_hours"));
        Assert.Empty(await Ledger.AuditAsync(10, "air-data", Ct));
    }

    [Fact]
    public async Task IngestAir_SameFileAgain_AddsNothing()
    {
        await StationsAsync();
        var path = WriteFile("jan.csv", AirRows.Header + AirRows.Day("A", new(2022, 1, 1), 30));
        await Ledger.IngestAirAsync(path, Ct);

        var again = await Ledger.IngestAirAsync(path, Ct);

        Assert.True(again.Succeeded);
        Assert.True(again.AlreadyIngested);
        Assert.Equal(24, await CountAsync("air_hours"));
        Assert.Single(await Ledger.AuditAsync(10, "air-data", Ct));
    }

    [Fact]
    public async Task IngestAir_OverlappingFileWithACorrection_ReplacesThatHourOnlyAndListsIt()
    {
        await StationsAsync();
        await Ledger.IngestAirAsync(WriteFile("first.csv", AirRows.Header + AirRows.Day("A", new(2022, 1, 1), 30)), Ct);
        var corrected = WriteFile("second.csv", AirRows.Header
            + "A,2022-01-01 05:00,30,20,5,10,0.5,50\n"
            + "A,2022-01-01 06:00,36,20,5,10,0.5,50\n"
            + "A,2022-01-02 00:00,30,20,5,10,0.5,50\n");

        var result = await Ledger.IngestAirAsync(corrected, Ct);

        Assert.Equal((3L, 1L, 1L, 1L), (result.Rows, result.Inserted, result.Corrected, result.Unchanged));
        Assert.Equal(25, await CountAsync("air_hours"));
        Assert.Equal(1, await CountAsync("air_hours WHERE pm25 = 36"));
        var audit = (await Ledger.AuditAsync(10, "air-data", Ct))[0];
        Assert.Contains(
            "\"Corrections\":[{\"Station\":\"A\",\"Time\":\"2022-01-01 06:00\",\"Before\":{\"so2\":5,\"no2\":10,\"pm10\":20,\"co\":0.5,\"o3\":50,\"pm25\":30},"
            + "\"After\":{\"so2\":5,\"no2\":10,\"pm10\":20,\"co\":0.5,\"o3\":50,\"pm25\":36}}]",
            audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAir_DailyFile_StoredAsStationDays()
    {
        await StationsAsync();
        var path = WriteFile("daily.csv", "station,time,pm25,pm10,so2,no2,co,o3_1h_max,o3_8h_max\n"
            + "A,2022-01-03,50,20,5,10,0.5,60,50\nB,2022-01-03,,20,5,10,0.5,60,50\n");

        var result = await Ledger.IngestAirAsync(path, Ct);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((2L, 2L), (result.Rows, result.Inserted));
        Assert.Equal(2, await CountAsync("air_days"));
        Assert.Equal(1, await CountAsync("air_days WHERE pm25 IS NULL AND o3_eight_hour_max = 50"));
    }

    [Fact]
    public async Task IngestAir_MissingFile_NamedAndNothingStored()
    {
        var result = await Ledger.IngestAirAsync(Path.Combine(Files, "none.csv"), Ct);

        Assert.StartsWith("none.csv: cannot read the file: ", Assert.Single(result.Errors).ToWords().En, StringComparison.Ordinal);
    }
}

public sealed class SqliteAirIngestTests : AirIngestTests<SqliteTestDatabase>;

public sealed class PostgresAirIngestTests : AirIngestTests<PostgresTestDatabase>;
