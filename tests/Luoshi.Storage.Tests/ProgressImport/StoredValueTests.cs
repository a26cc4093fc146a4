using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.ProgressImport;

/// <summary>Values imported from a file read back exactly as values saved one by one: amounts, ratios and done dates,
/// whichever way each provider's import stores them (SQLite: JSON batches; PostgreSQL: prepared inserts).</summary>
public abstract class StoredValueTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportProgress_AmountsRatiosAndDates_ReadBackExactly()
    {
        var plan = SamplePlans.Create();
        plan.Tasks[0].Targets.Add(new Domain.Plans.Target
        {
            Code = "T1.3", Text = "行政村达标率", Subject = "行政村达标率", Kind = Domain.Plans.TargetKind.Share, Value = 60m, Unit = "%",
            Measure = Domain.Evaluation.Measure.Ratio, Deadline = new DateOnly(2022, 12, 31), Span = new(5, 10),
        });
        var planId = (await Ledger.ImportPlanAsync(plan, replace: false, Ct)).PlanId;
        var path = WriteFile("values.csv", ProgressImportTests<TDatabase>.Header
            + "T1,T1.1,1,人社局,400,,,,,,,approved\n"
            + "T1,T1.2,1,人社局,140,,,,,,,approved\n"
            + "T1,T1.3,1,人社局,,81,150,,,,,approved\n"
            + "T2,T2.1,1,教育局,12.125,,,2022-01-20,,,,approved\n");

        var result = await Ledger.ImportProgressAsync(planId, path, null, Ct);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var reports = await Ledger.ListReportsAsync(planId, null, null, Ct);
        var t1 = (await Ledger.FindReportAsync(reports.Single(r => r.TaskCode == "T1").Id, Ct))!.Values.OrderBy(v => v.Value).ToList();
        var t2 = Assert.Single((await Ledger.FindReportAsync(reports.Single(r => r.TaskCode == "T2").Id, Ct))!.Values);
        Assert.Equal([((decimal?)null, (decimal?)81m, (decimal?)150m), (140m, null, null), (400m, null, null)], t1.Select(v => (v.Value, v.Numerator, v.Denominator)));
        Assert.Equal((12.125m, new DateOnly(2022, 1, 20)), (t2.Value, t2.DoneOn));
        // The evaluation reads the same values through its own reader: T1.1's 400 of 6000 in January.
        var row = (await TargetsAsync(planId, new DateOnly(2022, 2, 1))).Single(r => r.Code == "T1.1");
        Assert.Equal(400m, row.Now.Actual);
    }

    [Fact]
    public async Task ImportProgress_AYearOfValues_AllStoredAndSummed()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var lines = string.Concat(Enumerable.Range(1, 12).Select(p => $"T1,T1.1,{p},人社局,{p}00,,,,,,,approved\nT1,T1.2,{p},人社局,{p},,,,,,,approved\n"));

        var result = await Ledger.ImportProgressAsync(planId, WriteFile("year.csv", ProgressImportTests<TDatabase>.Header + lines), null, Ct);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(24, await CountAsync("progress_values"));
        var jobs = (await TargetsAsync(planId, new DateOnly(2023, 1, 1))).Single(r => r.Code == "T1.1");
        Assert.Equal(7800m, jobs.Now.Actual); // 100 + 200 + … + 1200
    }

    [Fact]
    public async Task ImportProgress_ReportsTheRowsRead()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var reported = new List<long>();
        var path = WriteFile("two.csv", ProgressImportTests<TDatabase>.Header + "T1,T1.1,1,人社局,400,,,,,,,\nT1,T1.2,1,人社局,140,,,,,,,\n");

        await Ledger.ImportProgressAsync(planId, path, new Recorder(reported), Ct);

        // One pass over the file: a bar over its two rows ends full.
        Assert.Equal([2], reported);
    }

    private sealed class Recorder(List<long> values) : IProgress<long>
    {
        public void Report(long value) => values.Add(value);
    }
}

public sealed class SqliteStoredValueTests : StoredValueTests<SqliteTestDatabase>;

public sealed class PostgresStoredValueTests : StoredValueTests<PostgresTestDatabase>;
