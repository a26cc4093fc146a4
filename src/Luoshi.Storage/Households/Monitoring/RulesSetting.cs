using Luoshi.Domain.Households;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Households.Schema;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Households.Monitoring;

/// <summary>Reads and sets the office's monitoring rules (the one settings row), audited.</summary>
internal static class RulesSetting
{
    public static async Task<MonitoringRules> ReadAsync(LedgerDbContext db, CancellationToken ct) =>
        await db.MonitoringSettings.AsNoTracking().SingleOrDefaultAsync(ct).ConfigureAwait(false) is { } row
            ? new MonitoringRules(row.IdentifyWithinDays)
            : MonitoringRules.Default;

    public static Task<StoreResult> SetAsync(StoreSession session, MonitoringRules rules, CancellationToken ct)
    {
        if (rules.IdentifyWithinDays is < 1 or > 365)
        {
            return Task.FromResult(StoreResult.Fail(Catalogue.Households.IdentifyDays(rules.IdentifyWithinDays), Place.OfField("days")));
        }

        return session.WriteAsync(
            async (db, token) =>
            {
                var row = await db.MonitoringSettings.SingleOrDefaultAsync(token).ConfigureAwait(false);
                var before = row is null ? MonitoringRules.Default : new MonitoringRules(row.IdentifyWithinDays);
                if (row is null)
                {
                    db.MonitoringSettings.Add(row = new MonitoringSettings());
                }

                row.IdentifyWithinDays = rules.IdentifyWithinDays;
                AuditLog.Add(db, session, "monitoring-rules.set", HouseholdAudit.Rules, "rules", before, rules);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);
    }
}
