using System.Text;
using Luoshi.Domain.Units;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Villages;

namespace Luoshi.Storage.Tests.Villages;

/// <summary>The village register: villages under their towns from CSV or xlsx, every bad cell placed, nothing stored
/// on error, a second import updating instead of doubling.</summary>
public abstract class VillageImportTests<TDatabase> : VillageTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Fact]
    public async Task Import_Csv_VillagesUnderTownsWithQualifiedNamesAndAttributes()
    {
        await ImportUnitsAsync();

        var result = await Villages.ImportAsync(VillageFixture.Csv("villages.csv", VillageFixture.Villages), Ct);

        Ok(result);
        Assert.Equal(7, result.Rows);
        var units = (await Ledger.ListUnitsAsync(Ct)).Where(u => u.Kind == OrgUnitKind.Village).ToList();
        Assert.Equal(["V11", "V12", "V13", "V14", "V15", "V21", "V22"], units.Select(u => u.Code));
        // The same 东升村 in two towns: the unit names stay unique by their town.
        Assert.Equal(("大沙镇东升村", "T1"), (units[0].Name, units[0].ParentCode));
        Assert.Equal(("江谷镇东升村", "T2"), (units[5].Name, units[5].ParentCode));
        var list = await Villages.ListAsync(null, 2022, new DateOnly(2022, 10, 10), Ct);
        var v11 = list.Single(v => v.Code == "V11");
        Assert.Equal(("东升村", "大沙镇", 320, 1210, false), (v11.ShortName, v11.TownName, v11.Households, v11.Population, v11.Community));
        Assert.True(list.Single(v => v.Code == "V15").Community);
        Assert.Equal("T1", list.Single(v => v.Code == "V14").TownCode);
        var audit = Assert.Single(await Ledger.AuditAsync(10, "village-file", Ct));
        Assert.Equal(("villages.import", "villages.csv"), (audit.Action, audit.EntityKey));
        Assert.Contains("\"Created\":7", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Again_UpdatesByCodeAuditsTheChangeAndDoesNotDouble()
    {
        await ImportUnitsAsync();
        Ok(await Villages.ImportAsync(VillageFixture.Csv("villages.csv", VillageFixture.Villages), Ct));

        var changed = VillageFixture.Villages.Replace("V12,西岸村,T1,280,990", "V12,西岸村,T2,285,990", StringComparison.Ordinal);
        Ok(await Villages.ImportAsync(VillageFixture.Csv("villages.csv", changed), Ct));
        Ok(await Villages.ImportAsync(VillageFixture.Csv("villages.csv", changed), Ct));

        Assert.Equal(7, await CountAsync("village_profiles"));
        Assert.Equal(10, await CountAsync("org_units"));
        var v12 = (await Villages.ListAsync("T2", 2022, new DateOnly(2022, 1, 1), Ct)).Single(v => v.Code == "V12");
        Assert.Equal(("江谷镇西岸村", 285), (v12.Name, v12.Households));
        var update = Assert.Single(await Ledger.AuditAsync(10, "village", Ct));
        Assert.Equal(("village.update", "V12"), (update.Action, update.EntityKey));
        Assert.Contains("\"Town\":\"T1\"", update.Before, StringComparison.Ordinal);
        Assert.Contains("\"Households\":285", update.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadRows_EveryProblemWithLineAndColumnAndNothingStored()
    {
        await ImportUnitsAsync();
        var file = VillageFixture.Csv("villages.csv", "code,name,town,households,population,type\n"
            + "V1,东升村,T1,many,,\n"
            + "V2,,T9,,,\n"
            + "V1,西岸村,T1,,-5,\n"
            + "T2,南山村,T1,,,\n"
            + "V5,东升村,大沙镇,,,村委\n"
            + "V6,只有三列,T1\n");

        var result = await Villages.ImportAsync(file, Ct);

        Assert.Equal(
            [
                "villages.csv, line 2, column households: expected a whole number of at least 0, found 'many'",
                "villages.csv, line 3, column name: expected the village's name (东升村)",
                "villages.csv, line 4, column population: expected a whole number of at least 0, found '-5'",
                "villages.csv, line 6, column type: expected 行政村 (village) or 社区 (community), found '村委'",
                "villages.csv, line 7: expected 6 columns, found 3",
                "villages.csv, line 5, column code: the code 'T2' belongs to 江谷镇, a town, not a village",
            ],
            Lines(result));
        Assert.Equal(3, await CountAsync("org_units"));
        Assert.Equal(0, await CountAsync("village_profiles"));
        Assert.Empty(await Ledger.AuditAsync(10, "village-file", Ct));
    }

    [Fact]
    public async Task Import_UnknownTownAndDuplicates_Refused()
    {
        await ImportUnitsAsync();
        var file = VillageFixture.Csv("villages.csv", "code,name,town\nV1,东升村,T1\nV2,东升村,大沙镇\nV1,西岸村,T2\nV3,石狗村,青山镇\n");

        var result = await Villages.ImportAsync(file, Ct);

        Assert.Equal(
            [
                "villages.csv, line 3, column name: 大沙镇 already has a village named '东升村' on line 2",
                "villages.csv, line 4, column code: the code 'V1' is already used on line 2",
                "villages.csv, line 5, column town: unknown town '青山镇': expected the code or name of a town or subdistrict in the ledger (luoshi units import)",
            ],
            Lines(result));
        Assert.Equal(3, await CountAsync("org_units"));
    }

    [Fact]
    public async Task Import_Xlsx_ChineseHeadersAndErrorsPlacedBySheetRowAndColumn()
    {
        await ImportUnitsAsync();
        var good = new VillageFile("名册.xlsx", Workbook.Of("村庄名册",
            ["代码", "村名", "镇街", "户数", "人口"],
            ["V11", "东升村", "T1", "320", "1210"],
            ["V21", "东升村", "江谷镇", "410", "1500"]));
        var bad = new VillageFile("名册.xlsx", Workbook.Of("村庄名册",
            ["代码", "村名", "镇街", "户数"],
            ["V11", "东升村", "T1", "三百"],
            ["V12", "", "T1", "10"]));

        Ok(await Villages.ImportAsync(good, Ct));
        var refused = await Villages.ImportAsync(bad, Ct);

        var list = await Villages.ListAsync(null, 2022, new DateOnly(2022, 1, 1), Ct);
        Assert.Equal([("V11", 320), ("V21", 410)], list.Select(v => (v.Code, v.Households ?? 0)));
        Assert.Equal(
            [
                "名册.xlsx, sheet 村庄名册, row 2, column D (households): expected a whole number of at least 0, found '三百'",
                "名册.xlsx, sheet 村庄名册, row 3, column B (name): expected the village's name (东升村)",
            ],
            Lines(refused));
    }

    [Fact]
    public async Task Import_NotAWorkbookOrNotUtf8OrNoHeader_SaysWhatWasExpected()
    {
        await ImportUnitsAsync();

        // What Excel and WPS on a Chinese Windows save as “CSV (逗号分隔)” is GBK: read by the one encoding policy.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = await Villages.ImportAsync(new VillageFile("gbk.csv", Encoding.GetEncoding(936).GetBytes("code,村名,镇街\nV7,北坑村,T1\n")), Ct);
        var binary = await Villages.ImportAsync(new VillageFile("bad.csv", [0x63, 0x6F, 0x64, 0x65, 0x0A, 0xFF, 0xFE, 0x80]), Ct);
        var zip = await Villages.ImportAsync(new VillageFile("broken.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x00]), Ct);
        var header = await Villages.ImportAsync(VillageFixture.Csv("v.csv", "code,村名\nV1,东升村\n"), Ct);

        Assert.True(gbk.Succeeded, string.Join("\n", gbk.Errors));
        Assert.EndsWith("北坑村", (await Ledger.ListUnitsAsync(Ct)).Single(u => u.Code == "V7").Name, StringComparison.Ordinal);
        Assert.Equal("bad.csv: expected a CSV text file (UTF-8 or GB18030, as Excel and WPS save it) or an .xlsx workbook", Assert.Single(Lines(binary)));
        Assert.StartsWith("broken.xlsx: expected an Excel workbook (.xlsx): ", Assert.Single(Lines(zip)), StringComparison.Ordinal);
        Assert.Equal("v.csv, line 1: the header lacks town (镇街); expected the columns code,name,town,households,population,type", Assert.Single(Lines(header)));
    }
}

public sealed class SqliteVillageImportTests : VillageImportTests<SqliteTestDatabase>;

public sealed class PostgresVillageImportTests : VillageImportTests<PostgresTestDatabase>;
