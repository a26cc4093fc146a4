using Luoshi.Domain.Progress;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.ProgressImport;

public abstract class ReportBatchTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ReportDraft Draft(int planId, string task, int period, params TargetValue[] values) =>
        new(planId, task, period, "人社局", values, "进展", "问题", "措施", []);

    [Fact]
    public async Task ImportReports_Submit_ReportsSubmittedWithValuesAndOneAuditEntry()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var batch = new ReportBatch("人社局.xlsx", "ab12", [Draft(planId, "T1", 2, new("T1.1", 700m, null, null, null), new("T1.2", 80m, null, null, null))], Submit: true);

        var result = await Ledger.ImportReportsAsync(planId, batch, Ct);
        var again = await Ledger.ImportReportsAsync(planId, batch, Ct);

        Assert.Equal((2L, 0L), (result.Rows, again.Rows));
        Assert.Equal(ReportState.Submitted, (await Ledger.ListReportsAsync(planId, ct: Ct)).Single().State);
        Assert.Equal(1, await CountAsync("progress_values WHERE CAST(value AS REAL) = 700"));
        Assert.Equal(1, await CountAsync("audit_entries WHERE action = 'progress.import'"));
    }

    [Fact]
    public async Task ImportReports_OneReportNoLongerEditable_ErrorAndNothingFromTheBatchStored()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        await Ledger.ImportReportsAsync(planId, new ReportBatch("a.xlsx", "a1", [Draft(planId, "T1", 1, new TargetValue("T1.1", 1m, null, null, null))], Submit: true), Ct);

        var result = await Ledger.ImportReportsAsync(planId, new ReportBatch("b.xlsx", "b2",
            [Draft(planId, "T1", 2, new TargetValue("T1.1", 2m, null, null, null)), Draft(planId, "T1", 1, new TargetValue("T1.1", 3m, null, null, null))], Submit: false), Ct);

        Assert.Equal("b.xlsx: the report of task T1 for 2022-01 is already submitted and can no longer be replaced", result.Errors.Single().ToWords().En);
        Assert.Equal(1, await CountAsync("progress_reports"));
        Assert.Equal(1, await CountAsync("progress_values"));
    }
}

public sealed class SqliteReportBatchTests : ReportBatchTests<SqliteTestDatabase>;

public sealed class PostgresReportBatchTests : ReportBatchTests<PostgresTestDatabase>;
