using Luoshi.Domain.Units;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Units;

public abstract class UnitImportTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Header = "code,name,kind,parent,aliases\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportUnits_ValidFile_StoredWithKindsParentsAliasesAndAudited()
    {
        var path = WriteFile("units.csv", Header
            + "C,测试市人民政府,市,,\n"
            + "D1,测试市人力资源和社会保障局,department,C,人社局|人社\n"
            + "T1,大沙镇,镇,C,\n"
            + "V1,\"东升村\",village,T1,\n");

        var result = await Ledger.ImportUnitsAsync(path, null, Ct);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(4, result.Rows);
        var units = await Ledger.ListUnitsAsync(Ct);
        Assert.Equal(["C", "D1", "T1", "V1"], units.Select(u => u.Code));
        var d1 = units[1];
        Assert.Equal((OrgUnitKind.Department, "C"), (d1.Kind, d1.ParentCode));
        Assert.Equal(["人社局", "人社"], d1.Aliases);
        Assert.Equal(OrgUnitKind.Village, units[3].Kind);
        Assert.Equal(4, (await Ledger.AuditAsync(100, "unit", Ct)).Count);
    }

    [Fact]
    public async Task ImportUnits_ThreeDifferentErrors_AllListedWithLineAndColumnAndNothingStored()
    {
        var path = WriteFile("units.csv", Header
            + "C,测试市人民政府,city,,\n"
            + "D1,财政局,department,C,\n"
            + "D2,,department,C,\n"
            + "T1,大沙镇,township,C,\n"
            + "V1,东升村,village,D9,\n");

        var result = await Ledger.ImportUnitsAsync(path, null, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "units.csv, line 4, column name: expected a name",
                "units.csv, line 5, column kind: expected city, department, town, subdistrict or village (市、部门、镇、街道、村), found 'township'",
                "units.csv, line 6, column parent: unknown parent code 'D9': it is neither in this file nor in the ledger",
            ],
            result.Errors.Select(e => e.ToWords().En));
        Assert.Equal(0, await CountAsync("org_units"));
        Assert.Equal(0, await CountAsync("audit_entries"));
    }

    [Fact]
    public async Task ImportUnits_VillageUnderDepartmentAndDuplicateCode_Refused()
    {
        var path = WriteFile("units.csv", Header
            + "C,测试市人民政府,city,,\n"
            + "D1,财政局,department,C,\n"
            + "V1,东升村,village,D1,\n"
            + "D1,教育局,department,C,\n");

        var result = await Ledger.ImportUnitsAsync(path, null, Ct);

        Assert.Equal(
            [
                "units.csv, line 5, column code: the code 'D1' is already used on line 3",
                "units.csv, line 4, column parent: a village cannot be under a department (D1)",
            ],
            result.Errors.Select(e => e.ToWords().En));
        Assert.Equal(0, await CountAsync("org_units"));
    }

    [Fact]
    public async Task ImportUnits_AgainWithRename_UpdatesByCodeWithBeforeAndAfter()
    {
        await Ledger.ImportUnitsAsync(WriteFile("a.csv", Header + "C,测试市人民政府,city,,\nD1,财政局,department,C,\n"), null, Ct);

        var result = await Ledger.ImportUnitsAsync(WriteFile("b.csv", Header + "C,测试市人民政府,city,,\nD1,测试市财政局,department,C,财政局\n"), null, Ct);

        Assert.True(result.Succeeded);
        Assert.Equal(2, await CountAsync("org_units"));
        var audit = (await Ledger.AuditAsync(1, "unit", Ct))[0];
        Assert.Equal(("unit.update", "D1"), (audit.Action, audit.EntityKey));
        Assert.Contains("\"财政局\"", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"测试市财政局\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportUnits_MissingFile_ErrorNamingIt()
    {
        var result = await Ledger.ImportUnitsAsync(Path.Combine(Files, "nope.csv"), null, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal("nope.csv", error.Place?.File);
        Assert.StartsWith("cannot read the file", error.Message.En, StringComparison.Ordinal);
    }
}

public sealed class SqliteUnitImportTests : UnitImportTests<SqliteTestDatabase>;

public sealed class PostgresUnitImportTests : UnitImportTests<PostgresTestDatabase>;
