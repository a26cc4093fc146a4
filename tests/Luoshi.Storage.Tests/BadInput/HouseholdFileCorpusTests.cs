using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.Households;

namespace Luoshi.Storage.Tests.BadInput;

/// <summary>The bad-input corpus of the household register (issue 15): each file has one good household (line 2) and
/// one row that cannot be right (line 3). Each is refused naming the file, line 3 and the column, in both languages,
/// and stores nothing: no household, no income, no audit entry. Identity numbers from <see cref="Register"/>.</summary>
public abstract class HouseholdFileCorpusTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(HouseholdFileCorpus.Rows), MemberType = typeof(HouseholdFileCorpus))]
    public async Task A_bad_row_is_refused_at_its_line_and_column_and_nothing_is_stored(string row, string column)
    {
        Assert.True((await Ledger.ImportUnitsAsync(WriteFile("units.csv", Register.Units), null, Ct)).Succeeded);
        var path = WriteFile("households.csv", Register.Header + $"H001,V11,张三明,{Register.Zhang},2021,5800.50,,,,\n" + row + "\n");

        var result = await Ledger.ImportHouseholdsAsync(path, null, Ct);

        Assert.False(result.Succeeded);
        var first = result.Errors[0];
        Assert.Equal(("households.csv", 3, column), (first.Place?.File, first.Place?.Line, first.Place?.Column));
        Assert.False(string.IsNullOrWhiteSpace(first.Message.Zh));
        Assert.False(string.IsNullOrWhiteSpace(first.Message.En));
        Assert.Equal(0, await CountAsync("households"));
        Assert.Equal(0, await CountAsync("household_incomes"));
        Assert.Empty(await Ledger.AuditAsync(10, "household-file", Ct));
    }
}

/// <summary>The cases of <see cref="HouseholdFileCorpusTests{TDatabase}"/>: the row and the column it is refused at.</summary>
public static class HouseholdFileCorpus
{
    public static TheoryData<string, string> Rows => new()
    {
        { $",V12,王五,{Register.Wang},2021,9000,,,,", "household" },
        { $"H002,,王五,{Register.Wang},2021,9000,,,,", "village" },
        { $"H002,V99,王五,{Register.Wang},2021,9000,,,,", "village" },
        { $"H002,T1,王五,{Register.Wang},2021,9000,,,,", "village" },
        { $"H002,D1,王五,{Register.Wang},2021,9000,,,,", "village" },
        { $"H002,V12,,{Register.Wang},2021,9000,,,,", "head" },
        { $"H002,V12,王五\u0000,{Register.Wang},2021,9000,,,,", "head" },
        { $"H002,V12,{new string('王', 201)},{Register.Wang},2021,9000,,,,", "head" },
        { "H002,V12,王五,440784195207080046,2021,9000,,,,", "id_number" },
        { "H002,V12,王五,44078419520708004,2021,9000,,,,", "id_number" },
        { "H002,V12,王五,440784195213080045,2021,9000,,,,", "id_number" },
        { "H002,V12,王五,,2021,9000,,,,", "id_number" },
        { $"H002,V12,王五,{Register.Zhang},2021,9000,,,,", "id_number" },
        { $"H002,V12,王五,{Register.Wang},1999,9000,,,,", "year" },
        { $"H002,V12,王五,{Register.Wang},二〇二一,9000,,,,", "year" },
        { $"H002,V12,王五,{Register.Wang},,9000,,,,", "year" },
        { $"H002,V12,王五,{Register.Wang},2021,-1,,,,", "income" },
        { $"H002,V12,王五,{Register.Wang},2021,九千,,,,", "income" },
        { $"H002,V12,王五,{Register.Wang},2021,9000.505,,,,", "income" },
        { $"H002,V12,王五,{Register.Wang},2021,1e400,,,,", "income" },
        { $"H002,V12,王五,{Register.Wang},2021,NaN,,,,", "income" },
        { $"H002,V12,王五,{Register.Wang},2021,9000,李四,,,", "members" },
        { $"H002,V12,王五,{Register.Wang},2021,9000,李四/123/配偶,,,", "members" },
        { $"H002,V12,王五,{Register.Wang},2021,9000,,poverty,,", "risks" },
        { $"H002,V12,王五,{Register.Wang},2021,9000,,,mail,", "source" },
        { $"H002,V12,王五,{Register.Wang},2021,9000,,,,2022-02-30", "hardship_on" },
        { $"H002,V12,王五,{Register.Wang},2021,9000,,,,30/06/2022", "hardship_on" },
        { $"H002,V12,王五,{Register.Wang},2021,9000,,,,1899-01-01", "hardship_on" },
    };
}

public sealed class SqliteHouseholdFileCorpusTests : HouseholdFileCorpusTests<SqliteTestDatabase>;

public sealed class PostgresHouseholdFileCorpusTests : HouseholdFileCorpusTests<PostgresTestDatabase>;
