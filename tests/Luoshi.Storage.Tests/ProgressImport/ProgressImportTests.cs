using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.ProgressImport;

public abstract class ProgressImportTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    public const string Header = "task,target,period,unit,value,numerator,denominator,done_on,progress,problems,next_steps,state\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> PlanAsync() => (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;

    [Fact]
    public async Task ImportProgress_ValidFile_OneReportPerTaskAndPeriodAndOneAuditEntry()
    {
        var planId = await PlanAsync();
        var path = WriteFile("progress.csv", Header
            + "T1,T1.1,1,人社局,400,,,,一月就业,无,继续,\n"
            + "T1,T1.2,1,人社局,140,,,,,,,\n"
            + "T1,T1.1,2022-02,人社局,500,,,,二月就业,,,draft\n"
            + "T2,T2.1,2,教育局,30,,,2022-02-20,开工,,,approved\n");

        var result = await Ledger.ImportProgressAsync(planId, path, null, Ct);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(4, result.Rows);
        Assert.Equal(3, await CountAsync("progress_reports"));
        Assert.Equal(4, await CountAsync("progress_values"));
        Assert.Equal(1, await CountAsync("progress_reports WHERE period = 1 AND state = 'Submitted' AND progress = '一月就业' AND version = 1"));
        Assert.Equal(1, await CountAsync("progress_reports WHERE period = 2 AND state = 'Draft' AND submitted_at IS NULL"));
        var audit = Assert.Single(await Ledger.AuditAsync(10, "progress-file", Ct));
        Assert.Equal(("progress.import", "王科员"), (audit.Action, audit.Actor));
        Assert.Contains("\"File\":\"progress.csv\"", audit.After, StringComparison.Ordinal);
        Assert.Contains("\"Rows\":4", audit.After, StringComparison.Ordinal);
        Assert.Contains("\"Sha256\":\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportProgress_BadNumberAtLine5_LocatedErrorAndNothingStored()
    {
        var planId = await PlanAsync();
        var path = WriteFile("progress.csv", Header
            + "T1,T1.1,1,人社局,400,,,,,,,\n"
            + "T1,T1.2,1,人社局,140,,,,,,,\n"
            + "T1,T1.1,2,人社局,500,,,,,,,\n"
            + "T1,T1.2,2,人社局,一百四十,,,,,,,\n");

        var result = await Ledger.ImportProgressAsync(planId, path, null, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal("progress.csv, line 5, column value: expected a whole number of at least 0, found '一百四十'", error.ToWords().En);
        Assert.Equal(0, result.Rows);
        Assert.Equal(0, await CountAsync("progress_reports"));
        Assert.Equal(0, await CountAsync("progress_values"));
        Assert.Equal(0, await CountAsync("audit_entries WHERE entity = 'progress-file'"));
    }

    [Fact]
    public async Task ImportProgress_ManyProblems_EachLocatedAndListCappedAt100()
    {
        var planId = await PlanAsync();
        var rows = string.Concat(Enumerable.Range(1, 150).Select(i => $"T9,T1.1,1,人社局,{i},,,,,,,\n"));
        var path = WriteFile("progress.csv", Header
            + "T1,T2.1,13,教育局,1,,,31/12/2022,,,,done\n" + rows);

        var result = await Ledger.ImportProgressAsync(planId, path, null, Ct);

        Assert.Equal(
            [
                "progress.csv, line 2, column target: target T2.1 belongs to task T2, not T1",
                "progress.csv, line 2, column period: expected a period of the plan (1 to 12, or a name like 2022-01), found '13'",
                "progress.csv, line 2, column unit: '教育局' is neither the lead nor a supporting unit of task T1",
                "progress.csv, line 2, column done_on: expected a date such as 2022-06-30, found '31/12/2022'",
                "progress.csv, line 2, column state: expected draft, submitted or approved, found 'done'",
                "progress.csv, line 3, column task: the plan of 测试市 2022 has no task 'T9'",
            ],
            result.Errors.Take(6).Select(e => e.ToWords().En));
        Assert.Equal(101, result.Errors.Count);
        Assert.Equal("progress.csv: … and 55 more error(s) not listed; nothing was stored", result.Errors[^1].ToWords().En);
    }

    [Fact]
    public async Task ImportProgress_SameFileTwice_NothingAddedTwice()
    {
        var planId = await PlanAsync();
        var path = WriteFile("progress.csv", Header + "T1,T1.1,1,人社局,400,,,,,,,\nT1,T1.2,1,人社局,140,,,,,,,\n");
        await Ledger.ImportProgressAsync(planId, path, null, Ct);

        var again = await Ledger.ImportProgressAsync(planId, path, null, Ct);

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Rows);
        Assert.Equal(1, await CountAsync("progress_reports"));
        Assert.Equal(2, await CountAsync("progress_values"));
        Assert.Equal(1, await CountAsync("audit_entries WHERE entity = 'progress-file'"));
    }

    [Fact]
    public async Task ImportProgress_DraftReplacedButSubmittedRefused()
    {
        var planId = await PlanAsync();
        await Ledger.ImportProgressAsync(planId, WriteFile("a.csv", Header + "T1,T1.1,1,人社局,400,,,,初稿,,,draft\nT2,T2.1,1,教育局,10,,,,,,,\n"), null, Ct);

        var replaced = await Ledger.ImportProgressAsync(planId, WriteFile("b.csv", Header + "T1,T1.1,1,人社局,410,,,,定稿,,,\n"), null, Ct);
        var refused = await Ledger.ImportProgressAsync(planId, WriteFile("c.csv", Header + "T2,T2.1,1,教育局,20,,,,,,,\n"), null, Ct);

        Assert.True(replaced.Succeeded, string.Join("\n", replaced.Errors));
        Assert.Equal(1, await CountAsync("progress_reports WHERE progress = '定稿' AND state = 'Submitted' AND version = 2"));
        Assert.Equal(1, await CountAsync("progress_values WHERE CAST(value AS REAL) = 410"));
        Assert.Equal(
            "c.csv, line 2, column period: the report of task T2 for 2022-01 is already submitted and can no longer be replaced",
            Assert.Single(refused.Errors).ToWords().En);
        Assert.Equal(2, await CountAsync("progress_values"));
    }

    [Fact]
    public async Task ImportProgress_SameTargetAndPeriodTwice_Error()
    {
        var planId = await PlanAsync();
        var path = WriteFile("progress.csv", Header + "T1,T1.1,1,人社局,400,,,,,,,\nT1,T1.1,2022-01,人社局,401,,,,,,,\n");

        var result = await Ledger.ImportProgressAsync(planId, path, null, Ct);

        Assert.Equal("progress.csv, line 3, column target: target T1.1 already has a value for 2022-01 on an earlier line",
            Assert.Single(result.Errors).ToWords().En);
    }
}

public sealed class SqliteProgressImportTests : ProgressImportTests<SqliteTestDatabase>;

public sealed class PostgresProgressImportTests : ProgressImportTests<PostgresTestDatabase>;
