using Luoshi.Domain.Plans;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Indicators;

/// <summary>The office binds a target to a computed indicator: unknown names are refused with the list of known ones,
/// and both directions are audited.</summary>
public abstract class TargetBindingTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bind_UnknownIndicator_RefusedNamingItAndNothingChanged()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;

        var bound = await Ledger.BindTargetAsync(planId, "T1.1", new IndicatorBinding("air.no-such", "城区"), Ct);

        Assert.StartsWith("T1.1: unknown indicator 'air.no-such' (known: ", bound.Error?.Message.En, StringComparison.Ordinal);
        Assert.Null((await Ledger.FindPlanAsync(planId, Ct))!.Tasks[0].Targets[0].Binding);
        Assert.Empty(await Ledger.AuditAsync(10, "target", Ct));
    }

    [Fact]
    public async Task Bind_UnknownTargetOrPlan_NamesIt()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;

        Assert.Equal("no target T9.9 in the plan", (await Ledger.BindTargetAsync(planId, "T9.9", null, Ct)).Error?.Message.En);
        Assert.Equal($"no plan with id {planId + 1} in the ledger", (await Ledger.BindTargetAsync(planId + 1, "T1.1", null, Ct)).Error?.Message.En);
    }

    [Fact]
    public async Task Unbind_AuditedWithBeforeAndAfter()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;

        var unbound = await Ledger.BindTargetAsync(planId, "T1.1", null, Ct);

        Assert.True(unbound.Succeeded, unbound.Error?.ToString());
        var audit = Assert.Single(await Ledger.AuditAsync(10, "target", Ct));
        Assert.Equal(("target.bind", "王科员", $"{planId}/T1.1"), (audit.Action, audit.Actor, audit.EntityKey));
    }

    [Fact]
    public void BindingText_RoundTripsAndRefusesTextWithoutAnIndicator()
    {
        Assert.Equal(new IndicatorBinding("air.good-day-share", "城区"), IndicatorBinding.TryParse(" air.good-day-share : 城区 "));
        Assert.Equal("water.compliance-rate:省考断面", new IndicatorBinding("water.compliance-rate", "省考断面").ToString());
        Assert.Null(IndicatorBinding.TryParse(":城区"));
        Assert.Null(IndicatorBinding.TryParse("城区"));
    }
}

public sealed class SqliteTargetBindingTests : TargetBindingTests<SqliteTestDatabase>;

public sealed class PostgresTargetBindingTests : TargetBindingTests<PostgresTestDatabase>;
