using Luoshi.Domain.Progress;
using Luoshi.Storage;

namespace Luoshi.Documents.Tests;

/// <summary>A SQLite ledger in its own temporary directory holding <see cref="TestPlan"/>, with helpers to add reports.</summary>
public sealed class TestLedger : IAsyncDisposable
{
    private TestLedger(string directory, Storage.Ledger ledger, int planId) => (Directory, Ledger, PlanId) = (directory, ledger, planId);

    public string Directory { get; }

    public Storage.Ledger Ledger { get; }

    public int PlanId { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<TestLedger> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "luoshi-documents-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var ledger = await Storage.Ledger.OpenAsync(StoreOptions.SqliteFile(Path.Combine(directory, "ledger.db")), "王科员", null, Ct);
        var planId = (await ledger.ImportPlanAsync(TestPlan.Create(), replace: false, Ct)).PlanId;
        return new TestLedger(directory, ledger, planId);
    }

    /// <summary>Saves a report and moves it through <paramref name="actions"/> (submit, approve).</summary>
    public async Task ReportAsync(string task, int period, string unit, TargetValue[] values, string progress, params ReportAction[] actions)
    {
        var saved = await Ledger.SaveReportAsync(new ReportDraft(PlanId, task, period, unit, values, progress, progress + "的问题", progress + "的措施", []), null, Ct);
        Assert.True(saved.Succeeded, saved.Error?.ToString());
        var report = saved.Value!;
        foreach (var action in actions)
        {
            var moved = await Ledger.TransitionAsync(report.Id, action, null, report.Version, Ct);
            Assert.True(moved.Succeeded, moved.Error?.ToString());
            report = moved.Value!;
        }
    }

    public string PathOf(string name) => Path.Combine(Directory, name);

    public async ValueTask DisposeAsync()
    {
        await Ledger.DisposeAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
