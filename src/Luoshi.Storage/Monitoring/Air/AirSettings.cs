using System.Globalization;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Annual;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>The office's air settings: the GB 3095 area class of a station set or station (default class 2) and the
/// HJ 633 version a plan's air goals were written under (default: the version in force on 1 January of its year).</summary>
internal static class AirSettings
{
    public static async Task<AreaClass> AreaClassOfAsync(LedgerDbContext db, string scope, CancellationToken ct)
    {
        var row = await db.AirAreaClasses.AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope, ct).ConfigureAwait(false);
        return row is null ? AreaClass.Two : (AreaClass)row.AreaClass;
    }

    /// <summary>The version and whether the office set it (false: the default for the plan's year).</summary>
    public static async Task<(AirStandard Standard, bool Set)> GoalStandardOfAsync(LedgerDbContext db, int planId, int planYear, CancellationToken ct)
    {
        var row = await db.AirGoalStandards.AsNoTracking().SingleOrDefaultAsync(r => r.PlanId == planId, ct).ConfigureAwait(false);
        return row is null ? (AirStandards.InForceAtStartOf(planYear), false) : ((AirStandard)row.Standard, true);
    }

    public static Task<StoreResult> SetAreaClassAsync(StoreSession session, string scope, AreaClass areaClass, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                if (areaClass is not (AreaClass.One or AreaClass.Two))
                {
                    return StoreResult.Fail(Catalogue.Monitoring.AreaClass((int)areaClass), Place.OfField("class"));
                }

                if ((await AirScope.ResolveAsync(db, scope, token).ConfigureAwait(false)).Problem is { } problem)
                {
                    return StoreResult.Fail(problem, Place.OfField("scope"));
                }

                var row = await db.AirAreaClasses.SingleOrDefaultAsync(r => r.Scope == scope, token).ConfigureAwait(false);
                var before = row?.AreaClass;
                if (row is null)
                {
                    db.AirAreaClasses.Add(new AirAreaClassRow { Scope = scope, AreaClass = (int)areaClass });
                }
                else
                {
                    row.AreaClass = (int)areaClass;
                }

                AuditLog.Add(db, session, "air.area-class", MonitoringAudit.AirAreaClass, scope,
                    before is null ? null : new { AreaClass = before }, new { AreaClass = (int)areaClass });
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            r => r.Succeeded,
            ct);

    /// <summary>Sets the version, or with null goes back to the default for the plan's year.</summary>
    public static Task<StoreResult> SetGoalStandardAsync(StoreSession session, int planId, AirStandard? standard, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                if (standard is { } s && !AirStandards.All.Contains(s))
                {
                    return StoreResult.Fail(Catalogue.Monitoring.GoalStandard((int)s), Place.OfField("standard"));
                }

                if (!await db.Plans.AnyAsync(p => p.Id == planId, token).ConfigureAwait(false))
                {
                    return StoreResult.Fail(Catalogue.Ledger.NoPlan(planId));
                }

                var row = await db.AirGoalStandards.SingleOrDefaultAsync(r => r.PlanId == planId, token).ConfigureAwait(false);
                var before = row is null ? null : AirStandards.Name((AirStandard)row.Standard);
                if (row is not null && standard is null)
                {
                    db.AirGoalStandards.Remove(row);
                }
                else if (row is null && standard is { } added)
                {
                    db.AirGoalStandards.Add(new AirGoalStandardRow { PlanId = planId, Standard = (int)added });
                }
                else if (row is not null && standard is { } changed)
                {
                    row.Standard = (int)changed;
                }

                AuditLog.Add(db, session, "air.goal-standard", MonitoringAudit.AirGoalStandard, planId.ToString(CultureInfo.InvariantCulture),
                    before is null ? null : new { Standard = before }, standard is { } after ? new { Standard = AirStandards.Name(after) } : null);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            r => r.Succeeded,
            ct);
}
