using Luoshi.Indicators.Water;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Monitoring;

/// <summary>Stations and sections are office data: a file with any mistake stores nothing and every mistake is
/// listed with its line and column; a good file adds and updates by code, each change audited.</summary>
public abstract class RegisterImportTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportStations_ValidFile_StoredWithSetsAndCoordinatesAndAudited()
    {
        var path = WriteFile("stations.csv", "station,name,district,latitude,longitude,sets\n"
            + "A,城中站,城区,23.34,112.69,城区;全市\n"
            + "B,东城站,城区,,,城区；全市\n"
            + "C,大沙站,大沙镇,,,全市\n");

        var result = await Ledger.ImportStationsAsync(path, Ct);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var stations = await Ledger.ListStationsAsync(Ct);
        Assert.Equal(["A", "B", "C"], stations.Select(s => s.Code));
        Assert.Equal(("城中站", "城区", 23.34, 112.69), (stations[0].Name, stations[0].District, stations[0].Latitude!.Value, stations[0].Longitude!.Value));
        Assert.Equal(["城区", "全市"], stations[1].Sets);
        Assert.Null(stations[1].Latitude);
        Assert.Equal(3, (await Ledger.AuditAsync(10, "air-station", Ct)).Count);
    }

    [Fact]
    public async Task ImportStations_Mistakes_AllListedWithLineAndColumnAndNothingStored()
    {
        var path = WriteFile("stations.csv", "station,name,latitude,sets\n"
            + "A,城中站,91,城区\n"
            + ",东城站,,城区\n"
            + "C,,北纬23,全市\n"
            + "A,城中站二,,A\n");

        var result = await Ledger.ImportStationsAsync(path, Ct);

        Assert.Equal(
            [
                "stations.csv, line 2, column latitude: expected a latitude in degrees from -90 to 90, found '91'",
                "stations.csv, line 3, column station: expected the station's code, as the data files name it",
                "stations.csv, line 4, column name: expected a name",
                "stations.csv, line 4, column latitude: expected a latitude in degrees from -90 to 90, found '北纬23'",
                "stations.csv, line 5, column station: the code 'A' is already used on line 2",
                "stations.csv, line 5, column sets: the set name 'A' is also a code; a target's scope names a set or a code, so use another name",
            ],
            result.Errors.Select(e => e.ToWords().En));
        Assert.Equal(0, await CountAsync("air_stations"));
        Assert.Equal(0, await CountAsync("audit_entries"));
    }

    [Fact]
    public async Task ImportStations_AgainWithAnotherSet_UpdatedByCodeAndOnlyTheChangeAudited()
    {
        await Ledger.ImportStationsAsync(WriteFile("s1.csv", "station,name,sets\nA,城中站,城区\nB,东城站,城区\n"), Ct);

        var again = await Ledger.ImportStationsAsync(WriteFile("s2.csv", "station,name,sets\nA,城中站,城区;全市\nB,东城站,城区\n"), Ct);

        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        var update = Assert.Single(await Ledger.AuditAsync(10, "air-station", Ct), a => a.Action == "air-station.update");
        Assert.Equal("A", update.EntityKey);
        Assert.Contains("\"Sets\":[\"城区\"]", update.Before, StringComparison.Ordinal);
        Assert.Contains("\"Sets\":[\"城区\",\"全市\"]", update.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportSections_ValidFile_StoredWithClassBodyLevelAndSets()
    {
        var path = WriteFile("sections.csv", "section,name,water_body,target_class,level,sets\n"
            + "WMG,五马岗,river,III,省考,省考及以上\n"
            + "DS,大沙水库,lake,Ⅱ类,市考,\n");

        var result = await Ledger.ImportSectionsAsync(path, Ct);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var sections = await Ledger.ListSectionsAsync(Ct);
        Assert.Equal(["DS", "WMG"], sections.Select(s => s.Code));
        Assert.Equal((WaterBody.Lake, WaterClass.II, "市考"), (sections[0].Body, sections[0].TargetClass, sections[0].Level));
        Assert.Equal(["省考及以上"], sections[1].Sets);
        Assert.Equal(2, (await Ledger.AuditAsync(10, "water-section", Ct)).Count);
    }

    [Fact]
    public async Task ImportSections_Mistakes_ListedByTheWaterReaderAndNothingStored()
    {
        var path = WriteFile("sections.csv", "section,name,water_body,target_class,level,sets\n"
            + "WMG,五马岗,sea,III,省考,\n"
            + "DS,大沙水库,lake,劣V,市考,\n");

        var result = await Ledger.ImportSectionsAsync(path, Ct);

        Assert.Equal(
            [
                "sections.csv, line 2, column water_body: expected river or lake (湖、库), found 'sea'",
                "sections.csv, line 3, column target_class: expected a target class I, II, III, IV or V, found '劣V'",
            ],
            result.Errors.Select(e => e.ToWords().En));
        Assert.Equal(0, await CountAsync("water_sections"));
    }
}

public sealed class SqliteRegisterImportTests : RegisterImportTests<SqliteTestDatabase>;

public sealed class PostgresRegisterImportTests : RegisterImportTests<PostgresTestDatabase>;
