using Luoshi.Domain.Households;
using Luoshi.Storage.Households.Reading;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Households;

/// <summary>Importing the register: all rows or none, every bad row with its line and column, a person once per file,
/// and a household already in the register updated rather than doubled.</summary>
public abstract class HouseholdImportTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task UnitsAsync() =>
        Assert.True((await Ledger.ImportUnitsAsync(WriteFile("units.csv", Register.Units), null, Ct)).Succeeded);

    [Fact]
    public async Task Import_ValidFile_StoresHouseholdsMembersIncomesAndOneAuditEntry()
    {
        await UnitsAsync();
        var result = await Ledger.ImportHouseholdsAsync(WriteFile("households.csv", Register.Three()), null, Ct);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((3L, 3, 0, 0), (result.Rows, result.Created, result.Updated, result.Flagged));
        Assert.Equal(3, await CountAsync("households"));
        Assert.Equal(3, await CountAsync("household_incomes"));
        var zhang = (await Ledger.ViewHouseholdAsync(HouseholdViewer.Office, "H001", Ct)).Value!;
        Assert.Equal(("张三明", Register.Zhang, "东升村", "大沙镇"), (zhang.HeadName, zhang.HeadIdNumber, zhang.VillageName, zhang.TownName));
        Assert.Equal([new HouseholdMember("李四", Register.ZhangWife, "配偶"), new HouseholdMember("张小明", Register.ZhangSon, "子女")], zhang.Members);
        Assert.Equal(RiskTypes.Illness | RiskTypes.Education, zhang.Risks);
        Assert.Equal((2021, 5800.50m, new DateOnly(2022, 4, 10)), (zhang.Incomes[0].Year, zhang.Incomes[0].Amount, zhang.Incomes[0].RecordedOn));
        Assert.Equal(MonitoringState.NotMonitored, zhang.State);
        var file = Assert.Single(await Ledger.AuditAsync(10, "household-file", Ct));
        Assert.Equal(("household.import", "households.csv"), (file.Action, file.EntityKey));
        Assert.Contains("\"Created\":3", file.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadRows_EveryProblemWithLineAndColumnAndNothingStored()
    {
        await UnitsAsync();
        var path = WriteFile("households.csv", Register.Header
            + "H001,V11,张三明,440784198001011233,2021,5800.50,,,,\n"
            + "H002,V99,王五,440784195207080045,2021,9000,,,,\n"
            + "H003,V21,赵六,440784197811110051,2021,abc,,,,\n"
            + "H004,T1,钱七,440784199005050065,2021,5800.505,,,,\n"
            + ",V21,,440784197003120075,1999,-1,李四/123/配偶,poverty,mail,2022-02-30\n");

        var result = await Ledger.ImportHouseholdsAsync(path, null, Ct);

        const string Income = "expected the per-capita net income in yuan, 0 or more with at most 2 decimals (e.g. 6520.50)";
        Assert.Equal(
            [
                "households.csv, line 2, column id_number: '440784198001011233' is not an identity number: the check character is 3, expected 2 (GB 11643 MOD 11-2)",
                "households.csv, line 3, column village: unknown village code 'V99': no unit of the ledger has it (luoshi units import adds villages)",
                $"households.csv, line 4, column income: {Income}, found 'abc'",
                "households.csv, line 5, column village: unit 'T1' is a town, not a village",
                $"households.csv, line 5, column income: {Income}, found '5800.505'",
                "households.csv, line 6, column household: expected the household's number (户编号)",
                "households.csv, line 6, column head: expected the head of household's name (户主姓名)",
                "households.csv, line 6, column year: expected the income's year (2000–2100), found '1999'",
                $"households.csv, line 6, column income: {Income}, found '-1'",
                "households.csv, line 6, column members: member 1 (李四): '123' is not an identity number: expected 18 characters (GB 11643), found 3",
                "households.csv, line 6, column risks: expected risk types separated by | : illness, education, disaster, accident, unemployment, other (因病、因学、因灾、因意外、因失业、其他), found 'poverty'",
                "households.csv, line 6, column source: expected application, visit or department (自主申报、干部排查、部门筛查), found 'mail'",
                "households.csv, line 6, column hardship_on: expected a date yyyy-MM-dd, found '2022-02-30'",
            ],
            result.Errors.Select(e => e.ToWords().En));
        Assert.Equal(0, await CountAsync("households"));
        Assert.Equal(0, await CountAsync("household_incomes"));
        Assert.Empty(await Ledger.AuditAsync(10, "household-file", Ct));
    }

    [Fact]
    public async Task Import_SamePersonTwiceInTheFile_ErrorNamesBothLines()
    {
        await UnitsAsync();
        var path = WriteFile("households.csv", Register.Header
            + $"H001,V11,张三明,{Register.Zhang},2021,5800.50,李四/{Register.ZhangWife}/配偶,,,\n"
            + $"H002,V12,王五,{Register.Wang},2021,9000,,,,\n"
            + $"H009,V12,张三明,{Register.Zhang},2021,7000,,,,\n"
            + $"H010,V21,赵六,{Register.Zhao},2021,12000,李四/{Register.ZhangWife}/配偶,,,\n"
            + $"H002,V21,孙八,{Register.Sun},2021,12000,,,,\n");

        var result = await Ledger.ImportHouseholdsAsync(path, null, Ct);

        Assert.Equal(
            [
                "households.csv, line 4, column id_number: identity number 440784********1232 is already on line 2; a person belongs to one household",
                "households.csv, line 5, column members: member 1's identity number 440784********002X is already on line 2; a person belongs to one household",
                "households.csv, line 6, column household: household number 'H002' is already on line 3",
            ],
            result.Errors.Select(e => e.ToWords().En));
        Assert.Equal(0, await CountAsync("households"));
    }

    [Fact]
    public async Task Import_AgainWithTheSameHeads_UpdatesInPlaceAndAddsTheNewYearsIncome()
    {
        await UnitsAsync();
        await Ledger.ImportHouseholdsAsync(WriteFile("households.csv", Register.Three(2021)), null, Ct);
        var again = Register.Three(2022).Replace("张三明", "张三民", StringComparison.Ordinal);

        var result = await Ledger.ImportHouseholdsAsync(WriteFile("households-2022.csv", again), null, Ct);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((0, 3), (result.Created, result.Updated));
        Assert.Equal(3, await CountAsync("households"));
        Assert.Equal(6, await CountAsync("household_incomes"));
        var zhang = (await Ledger.ViewHouseholdAsync(HouseholdViewer.Office, Register.Zhang, Ct)).Value!;
        Assert.Equal(("张三民", "H001"), (zhang.HeadName, zhang.Number));
        Assert.Equal([2021, 2022], zhang.Incomes.Select(i => i.Year));
    }

    [Fact]
    public async Task Import_NumberOfAnotherHouseholdInTheRegister_Refused()
    {
        await UnitsAsync();
        await Ledger.ImportHouseholdsAsync(WriteFile("households.csv", Register.Three()), null, Ct);

        var result = await Ledger.ImportHouseholdsAsync(WriteFile("more.csv", Register.Header + $"H002,V12,钱七,{Register.Qian},2021,9000,,,,\n"), null, Ct);

        Assert.Equal(
            "more.csv, line 2, column household: household number 'H002' belongs to another household in the register (head 440784********0045)",
            Assert.Single(result.Errors).ToWords().En);
        Assert.Equal(3, await CountAsync("households"));
    }

    [Fact]
    public async Task Import_MissingColumnOrNoRows_SaysWhatTheFileNeeds()
    {
        await UnitsAsync();
        var noIncome = await Ledger.ImportHouseholdsAsync(WriteFile("a.csv", "household,village,head,id_number,year\nH1,V11,张三,x,2021\n"), null, Ct);
        var empty = await Ledger.ImportHouseholdsAsync(WriteFile("b.csv", Register.Header), null, Ct);

        Assert.Equal("a.csv, line 1: the header lacks income; expected the columns household,village,head,id_number,year,income",
            Assert.Single(noIncome.Errors).ToWords().En);
        Assert.Equal("b.csv, line 1: the file has a header but no household", Assert.Single(empty.Errors).ToWords().En);
    }

    [Fact]
    public async Task Import_UnderTheLineOrHardship_FlaggedOnImport()
    {
        await UnitsAsync();
        Assert.True((await Ledger.SetIncomeLineAsync(2021, 6000m, Ct)).Succeeded);
        var file = Register.Three().Replace($"H003,V21,赵六,{Register.Zhao},2021,12000,,,,", $"H003,V21,赵六,{Register.Zhao},2021,12000,,,,2022-04-02", StringComparison.Ordinal);

        var result = await Ledger.ImportHouseholdsAsync(WriteFile("households.csv", file), null, Ct);

        Assert.Equal(2, result.Flagged);
        var zhang = (await Ledger.ViewHouseholdAsync(HouseholdViewer.Office, "H001", Ct)).Value!;
        var zhao = (await Ledger.ViewHouseholdAsync(HouseholdViewer.Office, "H003", Ct)).Value!;
        Assert.Equal((MonitoringState.Flagged, new DateOnly(2022, 4, 10)), (zhang.State, zhang.FlaggedOn));
        Assert.Equal((MonitoringState.Flagged, new DateOnly(2022, 4, 2)), (zhao.State, zhao.FlaggedOn));
    }
}

public sealed class SqliteHouseholdImportTests : HouseholdImportTests<SqliteTestDatabase>;

public sealed class PostgresHouseholdImportTests : HouseholdImportTests<PostgresTestDatabase>;
