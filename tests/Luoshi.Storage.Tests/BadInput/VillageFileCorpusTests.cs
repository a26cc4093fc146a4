using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.Villages;

namespace Luoshi.Storage.Tests.BadInput;

/// <summary>The bad-input corpus of the village registers (issue 15): the ledger holds the fixture's region with its
/// villages and standard; each file — villages, the standard, assessments, sewage facilities, collective income — has
/// one good row (line 2) and one row that cannot be right (line 3). Each is refused naming the file, line 3 and the
/// column, in both languages, and stores nothing: every village table keeps its rows and no audit entry is added.</summary>
public abstract class VillageFileCorpusTests<TDatabase> : VillageTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly string[] Tables =
        ["org_units", "village_profiles", "assessment_standards", "village_assessments", "sewage_statuses", "collective_incomes", "audit_entries"];

    [Theory]
    [MemberData(nameof(VillageFileCorpus.Rows), MemberType = typeof(VillageFileCorpus))]
    public async Task A_bad_row_is_refused_at_its_line_and_column_and_nothing_is_stored(string register, string row, string column)
    {
        await ImportUnitsAsync();
        Ok(await Villages.ImportAsync(VillageFixture.Csv("villages.csv", VillageFixture.Villages), Ct));
        Ok(await Villages.ImportStandardAsync(VillageFixture.Csv("standard.csv", VillageFixture.Standard), VillageFixture.StandardName, Ct));
        var before = await CountsAsync();
        var (header, good) = VillageFileCorpus.Files[register];
        var file = VillageFixture.Csv(register + ".csv", header + good + row + "\n");

        var result = register switch
        {
            "villages" => await Villages.ImportAsync(file, Ct),
            "standard" => await Villages.ImportStandardAsync(file, "另一标准2023", Ct),
            "assessments" => await Villages.ImportAssessmentsAsync(file, VillageFixture.StandardName, Ct),
            "sewage" => await Villages.ImportSewageAsync(file, Ct),
            _ => await Villages.ImportIncomeAsync(file, Ct),
        };

        Assert.False(result.Succeeded);
        var first = result.Errors[0];
        Assert.Equal((register + ".csv", 3, column), (first.Place?.File, first.Place?.Line, first.Place?.Column));
        Assert.False(string.IsNullOrWhiteSpace(first.Message.Zh));
        Assert.False(string.IsNullOrWhiteSpace(first.Message.En));
        Assert.NotEqual(first.Message.Zh, first.Message.En);
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<List<long>> CountsAsync()
    {
        var counts = new List<long>();
        foreach (var table in Tables)
        {
            counts.Add(await CountAsync(table));
        }

        return counts;
    }
}

public sealed class SqliteVillageFileCorpusTests : VillageFileCorpusTests<SqliteTestDatabase>;

public sealed class PostgresVillageFileCorpusTests : VillageFileCorpusTests<PostgresTestDatabase>;

/// <summary>The cases of <see cref="VillageFileCorpusTests{TDatabase}"/>: the register, the bad row and its column.</summary>
public static class VillageFileCorpus
{
    /// <summary>Each register's header and good line 2.</summary>
    public static readonly IReadOnlyDictionary<string, (string Header, string Good)> Files = new Dictionary<string, (string, string)>
    {
        ["villages"] = ("code,name,town,households,population,type\n", "V31,新村,T1,100,400,\n"),
        ["standard"] = ("section,code,name,kind,weight,evidence,min_score,requires\n", "criterion,C1,村容村貌整洁,score,40,yes,,\n"),
        ["assessments"] = ("village,year,criterion,result,evidence,assessed_on\n", "V11,2022,C1,38,照片,2022-03-15\n"),
        ["sewage"] = ("village,as_of,facility,operating,note\n", "V11,2021-12-01,yes,yes,\n"),
        ["income"] = ("village,year,income\n", "V11,2021,12\n"),
    };

    public static TheoryData<string, string, string> Rows => new()
    {
        { "villages", ",南村,T1,,,", "code" },
        { "villages", "V32,,T1,,,", "name" },
        { "villages", "V32,南\u0000村,T1,,,", "name" },
        { "villages", $"V32,{new string('村', 201)},T1,,,", "name" },
        { "villages", "V32,南村,T9,,,", "town" },
        { "villages", "V32,南村,,,,", "town" },
        { "villages", "V32,南村,T1,1e308,,", "households" },
        { "villages", "V32,南村,T1,12.5,,", "households" },
        { "villages", "V32,南村,T1,,-1,", "population" },
        { "villages", "V32,南村,T1,,,村委", "type" },
        { "standard", "criterion,C2,,score,20,no,,", "name" },
        { "standard", "criterion,C2,污水治理,maybe,20,no,,", "kind" },
        { "standard", "criterion,C2,污水治理,score,-20,no,,", "weight" },
        { "standard", "criterion,C2,污水治理,score,二十,no,,", "weight" },
        { "standard", "criterion,C2,污水治理,score,20,perhaps,,", "evidence" },
        { "standard", "level,C2,污水治理,score,20,no,,", "section" },
        { "assessments", "V99,2022,C1,30,,2022-03-15", "village" },
        { "assessments", "V12,2022,C9,30,,2022-03-15", "criterion" },
        { "assessments", "V12,1899,C1,30,,2022-03-15", "year" },
        { "assessments", "V12,2022,C1,41,,2022-03-15", "result" },
        { "assessments", "V12,2022,C1,很好,,2022-03-15", "result" },
        { "assessments", "V12,2022,C1,30,,2022-02-30", "assessed_on" },
        { "sewage", "V99,2022-01-01,yes,yes,", "village" },
        { "sewage", "V12,2022-13-01,yes,yes,", "as_of" },
        { "sewage", "V12,2022-01-01,maybe,yes,", "facility" },
        { "sewage", "V12,2022-01-01,yes,sometimes,", "operating" },
        { "sewage", "V12,2022-01-01,yes,yes,坏\u0007了", "note" },
        { "income", "V99,2021,12", "village" },
        { "income", "V12,二〇二一,12", "year" },
        { "income", "V12,2021,-3", "income" },
        { "income", "V12,2021,1e400", "income" },
        { "income", "V12,2021,十二万", "income" },
    };
}
