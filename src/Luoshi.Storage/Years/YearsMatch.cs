using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Domain.Years;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Plans;
using Luoshi.Storage.Schema;
using Luoshi.Storage.Years.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Years;

/// <summary>Matching a later year's targets to earlier ones: the rule's suggestions after an import, and the office's
/// decisions (confirm, name another, none), each one audited write.</summary>
internal static class YearsMatch
{
    public static Task<StoreResult<int>> SuggestAsync(StoreSession session, int planId, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, token).ConfigureAwait(false);
                if (plan is null)
                {
                    return new StoreResult<int>(0, Catalogue.Ledger.NoPlan(planId));
                }

                if (await YearsQuery.EarlierPlanAsync(db, plan.Region, plan.Year, token).ConfigureAwait(false) is not { } earlier)
                {
                    return new StoreResult<int>(0, null);
                }

                var later = await YearsQuery.TargetsOfAsync(db, planId, token).ConfigureAwait(false);
                var before = await YearsQuery.TargetsOfAsync(db, earlier.Id, token).ConfigureAwait(false);
                var laterIds = later.Select(t => t.Id).ToList();
                var beforeIds = before.Select(t => t.Id).ToList();
                var linked = await db.TargetLinks.AsNoTracking().Where(l => laterIds.Contains(l.TargetId) || beforeIds.Contains(l.EarlierTargetId))
                    .Select(l => new { l.TargetId, l.EarlierTargetId }).ToListAsync(token).ConfigureAwait(false);
                var takenLater = linked.Select(l => l.TargetId).ToHashSet();
                var takenBefore = linked.Select(l => l.EarlierTargetId).ToHashSet();
                var matches = TargetMatching.Suggest(
                    later.Where(t => !takenLater.Contains(t.Id)).Select(TargetMatching.Key.Of),
                    before.Where(t => !takenBefore.Contains(t.Id)).Select(TargetMatching.Key.Of));
                if (matches.Count == 0)
                {
                    return new StoreResult<int>(0, null);
                }

                foreach (var m in matches)
                {
                    db.TargetLinks.Add(new TargetLinkRow
                    {
                        TargetId = later.First(t => t.Code == m.Later).Id, EarlierTargetId = before.First(t => t.Code == m.Earlier).Id,
                        Rule = m.Rule, State = MatchState.Suggested, On = session.Today, By = session.Actor,
                    });
                }

                AuditLog.Add(db, session, "years.suggest", AuditEntities.Plan, PlanKey.Of(plan), null,
                    new { earlier = earlier.Year, matches = matches.Select(m => $"{m.Later}={earlier.Year}:{m.Earlier} ({m.Rule})").ToList() });
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return new StoreResult<int>(matches.Count, null);
            },
            result => result.Succeeded,
            ct);

    public static Task<StoreResult> DecideAsync(
        StoreSession session, int planId, string code, LifecycleActor actor, string? earlierCode, int? earlierYear, bool none, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                if (CarryOverRules.Refusal(actor.Role) is { } refused)
                {
                    return StoreResult.Fail(refused);
                }

                var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, token).ConfigureAwait(false);
                if (plan is null)
                {
                    return StoreResult.Fail(Catalogue.Ledger.NoPlan(planId));
                }

                var target = (await YearsQuery.TargetsOfAsync(db, planId, token).ConfigureAwait(false)).FirstOrDefault(t => t.Code == code.Trim());
                if (target is null)
                {
                    return StoreResult.Fail(new Problem(Catalogue.Years.NoTarget(code), Place.OfField("target"), ProblemKind.NotFound));
                }

                var link = await db.TargetLinks.SingleOrDefaultAsync(l => l.TargetId == target.Id, token).ConfigureAwait(false);
                var before = link is null ? null : await DescribeAsync(db, link, token).ConfigureAwait(false);
                if (none)
                {
                    if (link is not null)
                    {
                        db.TargetLinks.Remove(link);
                        AuditLog.Add(db, session, "years.unmatch", AuditEntities.Target, PlanKey.OfTask(planId, target.Code), before, null);
                        await db.SaveChangesAsync(token).ConfigureAwait(false);
                    }

                    return StoreResult.Ok;
                }

                if (string.IsNullOrWhiteSpace(earlierCode))
                {
                    if (link is null)
                    {
                        return StoreResult.Fail(new Problem(Catalogue.Closing.Needed(Catalogue.Years.EarlierTarget), Place.OfField("earlier")));
                    }

                    link.State = MatchState.Confirmed;
                }
                else if (await EarlierAsync(db, plan, earlierCode.Trim(), earlierYear, token).ConfigureAwait(false) is { } earlier)
                {
                    if (earlier.Problem is { } wrong)
                    {
                        return StoreResult.Fail(wrong);
                    }

                    var taken = await (from l in db.TargetLinks
                                       join t in db.Targets on l.TargetId equals t.Id
                                       where l.EarlierTargetId == earlier.Target!.Id && l.TargetId != target.Id
                                       select t.Code).FirstOrDefaultAsync(token).ConfigureAwait(false);
                    if (taken is not null)
                    {
                        return StoreResult.Fail(new Problem(Catalogue.Years.EarlierTaken(earlier.Target!.Code, taken), Place.OfField("earlier"), ProblemKind.Conflict));
                    }

                    if (link is null)
                    {
                        link = new TargetLinkRow { TargetId = target.Id, EarlierTargetId = earlier.Target!.Id, Rule = MatchRule.Office, State = MatchState.Confirmed, On = session.Today, By = session.Actor };
                        db.TargetLinks.Add(link);
                    }
                    else if (link.EarlierTargetId != earlier.Target!.Id)
                    {
                        (link.EarlierTargetId, link.Rule) = (earlier.Target.Id, MatchRule.Office);
                    }

                    link.State = MatchState.Confirmed;
                }

                (link!.On, link.By) = (session.Today, session.Actor);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                AuditLog.Add(db, session, "years.match", AuditEntities.Target, PlanKey.OfTask(planId, target.Code), before, await DescribeAsync(db, link, token).ConfigureAwait(false));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    public static Task<StoreResult<int>> ConfirmAllAsync(StoreSession session, int planId, LifecycleActor actor, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                if (CarryOverRules.Refusal(actor.Role) is { } refused)
                {
                    return new StoreResult<int>(0, refused);
                }

                var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, token).ConfigureAwait(false);
                if (plan is null)
                {
                    return new StoreResult<int>(0, Catalogue.Ledger.NoPlan(planId));
                }

                var ids = (await YearsQuery.TargetsOfAsync(db, planId, token).ConfigureAwait(false)).Select(t => t.Id).ToList();
                var links = await db.TargetLinks.Where(l => ids.Contains(l.TargetId) && l.State == MatchState.Suggested).ToListAsync(token).ConfigureAwait(false);
                foreach (var link in links)
                {
                    var before = await DescribeAsync(db, link, token).ConfigureAwait(false);
                    (link.State, link.On, link.By) = (MatchState.Confirmed, session.Today, session.Actor);
                    var after = await DescribeAsync(db, link, token).ConfigureAwait(false);
                    AuditLog.Add(db, session, "years.match", AuditEntities.Target, PlanKey.OfTask(planId, after.Target), before, after);
                }

                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return new StoreResult<int>(links.Count, null);
            },
            result => result.Succeeded,
            ct);

    private sealed record Earlier(Target? Target, Problem? Problem);

    private static async Task<Earlier> EarlierAsync(LedgerDbContext db, Plan plan, string code, int? year, CancellationToken ct)
    {
        var earlierPlan = year is { } y && y < plan.Year
            ? await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Region == plan.Region && p.Year == y, ct).ConfigureAwait(false)
            : year is null ? await YearsQuery.EarlierPlanAsync(db, plan.Region, plan.Year, ct).ConfigureAwait(false) : null;
        if (earlierPlan is null)
        {
            return new(null, new Problem(Catalogue.Years.NoEarlierPlan(plan.Region, year ?? plan.Year), Place.OfField("earlier_year"), ProblemKind.Conflict));
        }

        var target = (await YearsQuery.TargetsOfAsync(db, earlierPlan.Id, ct).ConfigureAwait(false)).FirstOrDefault(t => t.Code == code);
        return target is null ? new(null, new Problem(Catalogue.Years.NoEarlierTarget(code, earlierPlan.Year), Place.OfField("earlier"))) : new(target, null);
    }

    // The audit snapshot of a match: both ends by year and code, the rule and the state.
    private sealed record LinkSnapshot(string Target, string Earlier, MatchRule Rule, MatchState State);

    private static async Task<LinkSnapshot> DescribeAsync(LedgerDbContext db, TargetLinkRow link, CancellationToken ct)
    {
        var ends = await (from t in db.Targets
                          join task in db.Tasks on t.TaskId equals task.Id
                          join p in db.Plans on task.PlanId equals p.Id
                          where t.Id == link.TargetId || t.Id == link.EarlierTargetId
                          select new { t.Id, t.Code, p.Year }).AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var later = ends.First(e => e.Id == link.TargetId);
        var earlier = ends.First(e => e.Id == link.EarlierTargetId);
        return new LinkSnapshot(later.Code, $"{earlier.Year}:{earlier.Code}", link.Rule, link.State);
    }
}
