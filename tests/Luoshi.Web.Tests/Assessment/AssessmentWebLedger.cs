using Luoshi.Domain.Assessment;
using Luoshi.Domain.Closing;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Web.Tests.Assessment;

/// <summary>The test ledger on 2023-01-10 with the 2022 closing open, a scheme of results only (no late-report or
/// red-light deductions) and T1 (人社局, 新增就业 5600 of 6000) confirmed 基本完成 = 80 points; T2 (教育局) unconfirmed,
/// so 未完成 = 50 by the scheme.</summary>
public sealed class AssessmentWebLedger : WebLedger
{
    protected override DateOnly Today => new(2023, 1, 10);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var closing = Ledger.Closing;
        Require((await closing.OpenAsync(PlanId, LifecycleActor.Office)).Succeeded);
        Require((await closing.SetSchemeAsync(PlanId, LifecycleActor.Office, ScoringScheme.Default with { LateReport = 0m, RedHeld = 0m })).Succeeded);
        Require((await closing.SubmitAsync(PlanId, "T1", LifecycleActor.OfUnit(TestPlan.Rsj), new ClosingSubmission(ClosingResult.BasicallyDone,
            "全年城镇新增就业5600人", null, "两场招聘会因疫情取消", [], [new TargetFinal("T1.1", 5600m, null)]))).Succeeded);
        Require((await closing.ConfirmAsync(PlanId, "T1", LifecycleActor.Office)).Succeeded);
    }

    private static void Require(bool ok)
    {
        if (!ok)
        {
            throw new InvalidOperationException("assessment test ledger setup failed");
        }
    }
}
