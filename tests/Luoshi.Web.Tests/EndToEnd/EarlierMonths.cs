using Luoshi.Domain.Progress;
using Luoshi.Storage;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>The months a unit already reported before the test begins: approved T1 reports of 500 人 a month for
/// January to August 2022 (4000 in all), written straight into the ledger. Without them the periods 1–8 of T1.1 would be
/// overdue as of 2022-10-10, and the target could only read 未报送 whatever September says.</summary>
public static class EarlierMonths
{
    public const decimal PerMonth = 500m;
    public const int Months = 8;

    public static async Task AddAsync(WebLedger web)
    {
        ArgumentNullException.ThrowIfNull(web);
        for (var period = 1; period <= Months; period++)
        {
            var draft = new ReportDraft(web.PlanId, "T1", period, TestPlan.Rsj, [new TargetValue("T1.1", PerMonth, null, null, null)],
                $"{period}月新增就业{PerMonth}人", "", "", []);
            var saved = Check(await web.Ledger.SaveReportAsync(draft, null), $"save period {period}");
            var submitted = Check(await web.Ledger.TransitionAsync(saved.Id, ReportAction.Submit, null, saved.Version), $"submit period {period}");
            Check(await web.Ledger.TransitionAsync(submitted.Id, ReportAction.Approve, null, submitted.Version), $"approve period {period}");
        }
    }

    private static ProgressReport Check(StoreResult<ProgressReport> result, string what) =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException($"earlier months: {what}: {result.Error}");
}
