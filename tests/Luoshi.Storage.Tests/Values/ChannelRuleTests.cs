using Luoshi.Domain.Wording;
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
    public async Task FractionalCountOfAShare_RefusedByCsvAndBySavedReportAlike_NothingStored()
    {
        var plan = SamplePlans.Create();
        plan.Tasks[0].Targets.Add(new Domain.Plans.Target
        {
            Code = "T1.3", Text = "农村户厕改造率", Subject = "农村户厕改造率", Kind = Domain.Plans.TargetKind.Share, Value = 60m, Unit = "%",
            Measure = Domain.Evaluation.Measure.Ratio, Deadline = new DateOnly(2022, 12, 31), Span = new(5, 10),
        });
        var planId = (await Ledger.ImportPlanAsync(plan, replace: false, Ct)).PlanId;
        var audited = await CountAsync("audit_entries");

        var csv = await Ledger.ImportProgressAsync(planId, WriteFile("p.csv", ProgressImportTests<TDatabase>.Header
            + "T1,T1.3,1,人社局,,2.5,10,,,,,\n"
            + "T1,T1.3,2,人社局,,3,10.5,,,,,\n"
            + "T1,T1.3,3,人社局,,0,0,,,,,\n"
            + "T1,T1.3,4,人社局,,0,-4,,,,,\n"
            + "T1,T1.3,5,人社局,,11,10,,,,,\n"
            + "T1,T1.3,6,人社局,,3,10,,,,,\n"), null, Ct);
        var saved = await Ledger.SaveReportAsync(new ReportDraft(planId, "T1", 1, "人社局", [new TargetValue("T1.3", null, 2.5m, 10m, null)], "", "", "", []), null, Ct);

        Assert.Equal(
            [
                "p.csv，第 2 行，numerator 列：应为不小于 0 的整数，实际为 2.5",
                "p.csv，第 3 行，denominator 列：应为不小于 1 的整数，实际为 10.5",
                "p.csv，第 4 行，denominator 列：应为不小于 1 的整数，实际为 0",
                "p.csv，第 5 行，denominator 列：应为不小于 1 的整数，实际为 -4",
                "p.csv，第 6 行，numerator 列：分子不应大于分母（10），比例不能超过 100%",
            ],
            csv.Errors.Select(e => e.ToWords().Zh));
        Assert.Equal("p.csv, line 2, column numerator: expected a whole number of at least 0, found 2.5", csv.Errors[0].ToWords().En);
        Assert.Equal("values[T1.3].numerator 字段：应为不小于 0 的整数，实际为 2.5", saved.Error?.ToWords().Zh);
        Assert.Equal(ProblemKind.Invalid, saved.Error?.Kind);
        Assert.Equal((0L, 0L, audited), (await CountAsync("progress_reports"), await CountAsync("progress_values"), await CountAsync("audit_entries")));
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
