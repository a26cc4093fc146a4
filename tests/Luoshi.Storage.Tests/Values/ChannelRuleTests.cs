using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.ProgressImport;

namespace Luoshi.Storage.Tests.Values;

/// <summary>One value rule, every channel: a negative amount on a cumulative target, a share above 100 and a NUL in a
/// narrative are refused the same way by the CSV import and by a saved report (the web form, the API and the command
/// line all save through it), on both databases; nothing is stored.</summary>
public abstract class ChannelRuleTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> PlanAsync() => (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;

    [Fact]
    public async Task NegativeAmountOnCumulativeTarget_RefusedByCsvAndBySavedReportAlike()
    {
        var planId = await PlanAsync();

        var csv = await Ledger.ImportProgressAsync(planId, WriteFile("p.csv", ProgressImportTests<TDatabase>.Header + "T1,T1.1,1,人社局,-5,,,,,,,\n"), null, Ct);
        var saved = await Ledger.SaveReportAsync(new ReportDraft(planId, "T1", 1, "人社局", [new TargetValue("T1.1", -5m, null, null, null)], "", "", "", []), null, Ct);

        const string Expected = "expected a whole number of at least 0, found -5";
        Assert.Equal("p.csv, line 2, column value: " + Expected, Assert.Single(csv.Errors).ToWords().En);
        Assert.Equal(("field values[T1.1].value", Expected), (saved.Error?.Place?.ToWords().En, saved.Error?.Message.En));
        Assert.Equal(0, await CountAsync("progress_reports"));
    }

    [Fact]
    public async Task FullWidthDigits_ReadAsTheNumberByTheCsvImport()
    {
        var planId = await PlanAsync();

        var csv = await Ledger.ImportProgressAsync(planId, WriteFile("p.csv", ProgressImportTests<TDatabase>.Header + "T1,T1.1,1,人社局,１２０,,,,,,,\n"), null, Ct);

        Assert.True(csv.Succeeded, string.Join("\n", csv.Errors));
        Assert.Equal(1, await CountAsync("progress_values WHERE CAST(value AS REAL) = 120"));
    }

    [Fact]
    public async Task NulInNarrative_RefusedOnBothDatabasesByEveryChannel()
    {
        var planId = await PlanAsync();

        var csv = await Ledger.ImportProgressAsync(planId, WriteFile("p.csv", ProgressImportTests<TDatabase>.Header + "T1,T1.1,1,人社局,5,,,,进展\0,,,\n"), null, Ct);
        var saved = await Ledger.SaveReportAsync(new ReportDraft(planId, "T1", 1, "人社局", [], "进展\0", "", "", []), null, Ct);

        Assert.Equal("p.csv, line 2, column progress: expected text without control characters, found U+0000 at character 3",
            Assert.Single(csv.Errors).ToWords().En);
        Assert.Equal("field progress: expected text without control characters, found U+0000 at character 3", saved.Error?.ToWords().En);
        Assert.Equal(0, await CountAsync("progress_reports"));
    }

    [Fact]
    public async Task MilestoneDoneInYearOne_Refused()
    {
        var planId = await PlanAsync();

        var saved = await Ledger.SaveReportAsync(
            new ReportDraft(planId, "T2", 1, "教育局", [new TargetValue("T2.1", 100m, null, null, new DateOnly(1, 1, 1))], "", "", "", []), null, Ct);

        Assert.Equal("field values[T2.1].doneOn: expected a day from 2022-01-01 to 2022-12-31, found 0001-01-01", saved.Error?.ToWords().En);
    }

    [Fact]
    public async Task ImportedReportsThenOneSaved_IdsAssignedByTheBulkWriterLeaveTheSequenceRight()
    {
        var planId = await PlanAsync();
        Assert.True((await Ledger.ImportProgressAsync(planId, WriteFile("p.csv", ProgressImportTests<TDatabase>.Header
            + "T1,T1.1,1,人社局,400,,,,,,,\nT1,T1.1,2,人社局,300,,,,,,,\n"), null, Ct)).Succeeded);

        var saved = await Ledger.SaveReportAsync(new ReportDraft(planId, "T1", 3, "人社局", [new TargetValue("T1.1", 200m, null, null, null)], "", "", "", []), null, Ct);

        Assert.True(saved.Succeeded, saved.Error?.ToWords().En);
        Assert.Equal(3, await CountAsync("progress_reports"));
        Assert.Equal(3, await CountAsync("(SELECT DISTINCT id FROM progress_reports) AS ids"));
    }
}

public sealed class SqliteChannelRuleTests : ChannelRuleTests<SqliteTestDatabase>;

public sealed class PostgresChannelRuleTests : ChannelRuleTests<PostgresTestDatabase>;
