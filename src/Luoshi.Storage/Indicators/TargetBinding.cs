using Luoshi.Domain.Plans;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Plans;
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
                    return StoreResult.Fail(planExists ? $"no target {targetCode} in the plan" : PlanLookup.MissingPlan(planId));
                }

                if (binding is not null && await CheckAsync(db, binding, token).ConfigureAwait(false) is { } error)
                {
                    return StoreResult.Fail($"{targetCode}: {error}");
                }

                var before = new Snapshot(target.Binding?.ToString());
                target.Binding = binding;
                AuditLog.Add(db, session, "target.bind", AuditEntities.Target, $"{planId}/{targetCode}", before, new Snapshot(binding?.ToString()));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    private static async Task<string?> CheckAsync(Schema.LedgerDbContext db, IndicatorBinding binding, CancellationToken ct)
    {
        if (IndicatorSources.Find(binding.Indicator) is not { } source)
        {
            var known = IndicatorSources.All.Count == 0 ? "none" : string.Join(", ", IndicatorSources.All.Select(s => s.Info.Name));
            return $"unknown indicator '{binding.Indicator}' (known: {known})";
        }

        return binding.Scope.Length == 0
            ? $"indicator '{binding.Indicator}' needs a scope after the colon: {source.Info.Scope}"
            : await source.CheckScopeAsync(db, binding.Scope, ct).ConfigureAwait(false);
    }
}
