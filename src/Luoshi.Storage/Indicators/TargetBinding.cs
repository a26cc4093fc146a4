using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Indicators;

/// <summary>Binds a target to a computed indicator, or back to unit reports, checked and audited.</summary>
internal static class TargetBinding
{
    private sealed record Snapshot(string? Indicator);

    public static Task<StoreResult> RunAsync(
        StoreSession session, int planId, string targetCode, IndicatorBinding? binding, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var target = await (from g in db.Targets join t in db.Tasks on g.TaskId equals t.Id
                                    where t.PlanId == planId && g.Code == targetCode select g).SingleOrDefaultAsync(token).ConfigureAwait(false);
                if (target is null)
                {
                    var planExists = await db.Plans.AnyAsync(p => p.Id == planId, token).ConfigureAwait(false);
                    return StoreResult.Fail(planExists ? Catalogue.Ledger.NoTarget(targetCode) : Catalogue.Ledger.NoPlan(planId));
                }

                if (binding is not null && await CheckAsync(db, binding, token).ConfigureAwait(false) is { } error)
                {
                    return StoreResult.Fail(Catalogue.Ledger.OfTarget(targetCode, error), Place.OfField("indicator"));
                }

                var before = new Snapshot(target.Binding?.ToString());
                target.Binding = binding;
                AuditLog.Add(db, session, "target.bind", AuditEntities.Target, $"{planId}/{targetCode}", before, new Snapshot(binding?.ToString()));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    private static async Task<Words?> CheckAsync(Schema.LedgerDbContext db, IndicatorBinding binding, CancellationToken ct)
    {
        if (IndicatorSources.Find(binding.Indicator) is not { } source)
        {
            return Catalogue.Ledger.UnknownIndicator(binding.Indicator, [.. IndicatorSources.All.Select(s => s.Info.Name)]);
        }

        return binding.Scope.Length == 0
            ? Catalogue.Ledger.NeedsScope(binding.Indicator, source.Info.Scope)
            : await source.CheckScopeAsync(db, binding.Scope, ct).ConfigureAwait(false);
    }
}
