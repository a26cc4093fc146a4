using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.ProgressImport;

namespace Luoshi.Storage.Tests.BadInput;

/// <summary>The bad-input corpus of the progress file (issue 15): each case is a file with one good row (line 2) and
/// one row that cannot be right (line 3), or a file wrong as a whole. Each is refused naming its place — the file, the
/// line and the column — in both languages, and stores nothing: no report, no value, no audit entry. The sample plan:
/// T1 (T1.1 城镇新增就业 ≥ 6000 人, T1.2 职业技能培训 ≥ 2000 人次, both cumulative) led by 人社局 and supported by
/// 财政局; T2 (T2.1 幼儿园投入使用, a milestone) led by 教育局; 2022, monthly.</summary>
public abstract class ProgressFileCorpusTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Good = "T1,T1.1,1,人社局,400,,,,一月进展,无,继续,\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(ProgressFileCorpus.Rows), MemberType = typeof(ProgressFileCorpus))]
    public async Task A_bad_row_is_refused_at_its_line_and_column_and_nothing_is_stored(string row, string column)
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var path = WriteFile("progress.csv", ProgressImportTests<TDatabase>.Header + Good + row + "\n");

        var result = await Ledger.ImportProgressAsync(planId, path, null, Ct);

        Assert.False(result.Succeeded);
        var first = result.Errors[0];
        Assert.Equal(("progress.csv", 3, column), (first.Place?.File, first.Place?.Line, first.Place?.Column));
        Assert.False(string.IsNullOrWhiteSpace(first.Message.Zh));
        Assert.False(string.IsNullOrWhiteSpace(first.Message.En));
        await NothingStoredAsync();
    }

    [Theory]
    [MemberData(nameof(ProgressFileCorpus.WholeFiles), MemberType = typeof(ProgressFileCorpus))]
    public async Task A_bad_file_is_refused_naming_it_and_nothing_is_stored(string what, byte[] content)
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var path = Path.Combine(Files, "progress.csv");
        Directory.CreateDirectory(Files);
        await File.WriteAllBytesAsync(path, content, Ct);

        var result = await Ledger.ImportProgressAsync(planId, path, null, Ct);

        Assert.False(result.Succeeded, what);
        Assert.Equal("progress.csv", result.Errors[0].Place?.File);
        Assert.False(string.IsNullOrWhiteSpace(result.Errors[0].Message.Zh));
        await NothingStoredAsync();
    }

    private async Task NothingStoredAsync()
    {
        Assert.Equal(0, await CountAsync("progress_reports"));
        Assert.Equal(0, await CountAsync("progress_values"));
        Assert.Equal(0, await CountAsync("audit_entries WHERE entity = 'progress-file'"));
    }
}

public sealed class SqliteProgressFileCorpusTests : ProgressFileCorpusTests<SqliteTestDatabase>;

public sealed class PostgresProgressFileCorpusTests : ProgressFileCorpusTests<PostgresTestDatabase>;

/// <summary>The cases of <see cref="ProgressFileCorpusTests{TDatabase}"/>.</summary>
public static class ProgressFileCorpus
{
    /// <summary>The bad row (line 3) and the column it must be refused at.</summary>
    public static TheoryData<string, string> Rows => new()
    {
        { "T9,T1.1,2,人社局,400,,,,,,,", "task" },
        { ",T1.1,2,人社局,400,,,,,,,", "task" },
        { "T1,T9.1,2,人社局,400,,,,,,,", "target" },
        { "T1,,2,人社局,400,,,,,,,", "target" },
        { "T1,T2.1,2,人社局,40,,,,,,,", "target" },
        { "T1,T1.1,13,人社局,400,,,,,,,", "period" },
        { "T1,T1.1,0,人社局,400,,,,,,,", "period" },
        { "T1,T1.1,-1,人社局,400,,,,,,,", "period" },
        { "T1,T1.1,2021-05,人社局,400,,,,,,,", "period" },
        { "T1,T1.1,二月,人社局,400,,,,,,,", "period" },
        { "T1,T1.1,,人社局,400,,,,,,,", "period" },
        { "T1,T1.1,2,不存在局,400,,,,,,,", "unit" },
        { "T1,T1.1,2,,400,,,,,,,", "unit" },
        { "T1,T1.1,2,教育局,400,,,,,,,", "unit" },
        { "T1,T1.1,2,财政局,400,,,,,,,", "unit" },
        { "T1,T1.1,2,人社局,四百,,,,,,,", "value" },
        { "T1,T1.1,2,人社局,-5,,,,,,,", "value" },
        { "T1,T1.1,2,人社局,1e400,,,,,,,", "value" },
        { "T1,T1.1,2,人社局,NaN,,,,,,,", "value" },
        { "T1,T1.1,2,人社局,Infinity,,,,,,,", "value" },
        { "T1,T1.1,2,人社局,1e308,,,,,,,", "value" },
        { "T1,T1.1,2,人社局,4.0.0,,,,,,,", "value" },
        { "T1,T1.1,2,人社局,0x10,,,,,,,", "value" },
        { "T1,T1.1,2,人社局,400%,,,,,,,", "value" }, // 400% of a count of people is no number of people
        { "T1,T1.1,2,人社局,400％,,,,,,,", "value" },
        { "T2,T2.1,2,教育局,150,,,,,,,", "value" },
        { "T2,T2.1,2,教育局,-10,,,,,,,", "value" },
        { "T2,T2.1,2,教育局,100,,,31/12/2022,,,,", "done_on" },
        { "T2,T2.1,2,教育局,100,,,2022-02-30,,,,", "done_on" },
        { "T2,T2.1,2,教育局,100,,,2019-06-01,,,,", "done_on" },
        { "T1,T1.1,2,人社局,400,,,,,,,done", "state" },
        { "T1,T1.1,2,人社局,400,,,,,,,已完成", "state" },
        { "T1,T1.1,2,人社局,400,,,,二月\u0000进展,,,", "progress" },
        { "T1,T1.1,2,人社局,400,,,,二月\u0007进展,,,", "progress" },
        { "T1,T1.1,2,人社局,400,,,,," + new string('问', 2001) + ",,", "problems" },
        { "T1,T1.1,2,人社局,400,,,,,," + new string('措', 2001) + ",", "next_steps" },
        { "T1,T1.1,1,人社局,500,,,,,,,", "target" },
    };

    /// <summary>Files wrong as a whole: the place is the file, and nothing is stored.</summary>
    public static TheoryData<string, byte[]> WholeFiles => new()
    {
        { "empty", [] },
        { "header only", "task,target,period,unit,value\n"u8.ToArray() },
        { "a column missing", "task,target,period,value\nT1,T1.1,1,400\n"u8.ToArray() },
        { "no header", "T1,T1.1,1,人社局,400\n"u8.ToArray() },
        { "binary", [0x00, 0x01, 0x02, 0x03, 0x00, 0x00, 0xFF, 0xFE, 0x00, 0x10, 0x00, 0x00] },
        { "invalid GB18030", [.. "task,target,period,unit,value\nT1,T1.1,1,"u8.ToArray(), 0x81, 0x20, 0x81, .. ",400\n"u8.ToArray()] },
        { "a zip that is no workbook", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x00, 0x00] },
    };

}
