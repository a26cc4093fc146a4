using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.BadInput;

/// <summary>The bad-input corpus of the units file (issue 15): the ledger already holds 测试市 (C) and its 人社局 (D1,
/// alias 人社局); each file has one good unit (line 2) and one row that cannot be right (line 3). Each is refused naming
/// the file, line 3 and the column, in both languages, and stores nothing: the ledger keeps its two units and no
/// audit entry of a units file is written.</summary>
public abstract class UnitFileCorpusTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Header = "code,name,kind,parent,aliases\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(UnitFileCorpus.Rows), MemberType = typeof(UnitFileCorpus))]
    public async Task A_bad_row_is_refused_at_its_line_and_column_and_nothing_is_stored(string row, string column)
    {
        Assert.True((await Ledger.ImportUnitsAsync(WriteFile("ledger.csv", Header + "C,测试市,city,,\nD1,测试市人力资源和社会保障局,department,C,人社局\n"), null, Ct)).Succeeded);
        var audited = (await Ledger.AuditAsync(50, null, Ct)).Count;
        var path = WriteFile("units.csv", Header + "T1,大沙镇,town,C,\n" + row + "\n");

        var result = await Ledger.ImportUnitsAsync(path, null, Ct);

        Assert.False(result.Succeeded);
        var first = result.Errors[0];
        Assert.Equal(("units.csv", 3, column), (first.Place?.File, first.Place?.Line, first.Place?.Column));
        Assert.False(string.IsNullOrWhiteSpace(first.Message.Zh));
        Assert.False(string.IsNullOrWhiteSpace(first.Message.En));
        Assert.Equal(["C", "D1"], (await Ledger.ListUnitsAsync(Ct)).Select(u => u.Code).Order(StringComparer.Ordinal));
        Assert.Equal(audited, (await Ledger.AuditAsync(50, null, Ct)).Count);
    }
}

/// <summary>The cases of <see cref="UnitFileCorpusTests{TDatabase}"/>: the row and the column it is refused at.</summary>
public static class UnitFileCorpus
{
    public static TheoryData<string, string> Rows => new()
    {
        { ",江谷镇,town,C,", "code" },                         // no code
        { "T1,江谷镇,town,C,", "code" },                       // the code of line 2
        { $"{new string('T', 65)},江谷镇,town,C,", "code" },   // longer than a code may be
        { "T\u00072,江谷镇,town,C,", "code" },                 // a control character (BEL)
        { "T2,江谷\u0000镇,town,C,", "name" },                // a stray NUL, which PostgreSQL cannot store
        { "T2,,town,C,", "name" },                             // no name
        { "T2,大沙镇,town,C,", "name" },                       // the name of line 2
        { "T2,测试市,town,C,", "name" },                       // the name of C in the ledger
        { "T2,人社局,town,C,", "name" },                       // the alias of D1 in the ledger
        { $"T2,{new string('镇', 201)},town,C,", "name" },     // longer than a name may be
        { "T2,江谷镇,,C,", "kind" },                           // no kind
        { "T2,江谷镇,county-town,C,", "kind" },                // no such kind
        { "T2,江谷镇,town,X9,", "parent" },                    // a parent nowhere
        { "T2,江谷镇,town,T2,", "parent" },                    // its own parent
        { "T2,江谷镇,town,D1,", "parent" },                    // a town under a department
        { "V1,东升村,village,C,", "parent" },                  // a village straight under the city
        { "T2,江谷镇,town,C,人社局", "aliases" },              // D1's alias in the ledger
        { "T2,江谷镇,town,C,大沙镇", "aliases" },              // the name of line 2
        { "T2,江谷镇,town,C,测试市", "aliases" },              // C's name in the ledger
        { $"T2,江谷镇,town,C,{new string('江', 2001)}", "aliases" }, // longer than a note may be
    };
}

public sealed class SqliteUnitFileCorpusTests : UnitFileCorpusTests<SqliteTestDatabase>;

public sealed class PostgresUnitFileCorpusTests : UnitFileCorpusTests<PostgresTestDatabase>;
