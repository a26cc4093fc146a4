using Luoshi.Domain.Closing;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Domain.Years;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Years;

/// <summary>Reads carry-overs, matches and series; results always from the earlier year's <see cref="ClosingReading"/>.</summary>
internal static class YearsQuery
{
    public static async Task<IReadOnlyList<CarryCandidate>?> CandidatesAsync(LedgerDbContext db, int planId, CancellationToken ct)
    {
        if ((await ClosingQuery.ReadAsync(db, planId, ct).ConfigureAwait(false)).SingleOrDefault() is not { } reading)
        {
            return null;
        }

        var carried = await CarriedAsync(db, planId, ct).ConfigureAwait(false);
        return [.. reading.Tasks.Select(t =>
        {
            (int Year, string Code)? to = carried.TryGetValue(t.Code, out var found) ? found : null;
            return new CarryCandidate(t.Code, t.Reading.Task.Text, t.Reading.Task.LeadUnit, Zh(t.Result), t.Result is null ? null : t.Account.ShortReason,
                CarryOverRules.ByDefault(t.Result) && to is null, to?.Year, to?.Code);
        })];
    }

    /// <summary>The tasks of plan <paramref name="planId"/> carried already: original code → (next year, new code).</summary>
    public static async Task<Dictionary<string, (int Year, string Code)>> CarriedAsync(LedgerDbContext db, int planId, CancellationToken ct) =>
        (await (from c in db.CarryOvers
                join src in db.Tasks on c.FromTaskId equals src.Id
                join to in db.Tasks on c.ToTaskId equals to.Id
                join plan in db.Plans on to.PlanId equals plan.Id
                where src.PlanId == planId
                select new { From = src.Code, plan.Year, To = to.Code }).ToListAsync(ct).ConfigureAwait(false))
        .ToDictionary(x => x.From, x => (x.Year, x.To), StringComparer.Ordinal);

    public static async Task<IReadOnlyDictionary<string, CarryOrigin>> OriginsAsync(LedgerDbContext db, int planId, CancellationToken ct)
    {
        var rows = await (from c in db.CarryOvers
                          join to in db.Tasks on c.ToTaskId equals to.Id
                          join src in db.Tasks on c.FromTaskId equals src.Id
                          join plan in db.Plans on src.PlanId equals plan.Id
                          join account in db.ClosingAccounts on src.Id equals account.TaskId into accounts
                          from a in accounts.DefaultIfEmpty()
                          where to.PlanId == planId
                          select new { To = to.Code, plan.Year, PlanId = plan.Id, From = src.Code, Result = a == null ? null : a.Result, Reason = a == null ? null : a.ShortReason })
            .AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        return rows.ToDictionary(r => r.To, r => new CarryOrigin(r.To, r.Year, r.PlanId, r.From, Zh(r.Result), r.Reason), StringComparer.Ordinal);
    }

    public static async Task<IReadOnlyList<TargetMatchView>> MatchesAsync(LedgerDbContext db, int planId, CancellationToken ct)
    {
        var targets = await TargetsOfAsync(db, planId, ct).ConfigureAwait(false);
        var ids = targets.Select(t => t.Id).ToList();
        var links = await (from l in db.TargetLinks
                           join e in db.Targets on l.EarlierTargetId equals e.Id
                           join task in db.Tasks on e.TaskId equals task.Id
                           join plan in db.Plans on task.PlanId equals plan.Id
                           where ids.Contains(l.TargetId)
                           select new { l.TargetId, l.Rule, l.State, Earlier = e, plan.Year }).AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var byTarget = links.ToDictionary(l => l.TargetId);
        return [.. targets.Select(t => byTarget.TryGetValue(t.Id, out var l)
            ? new TargetMatchView(t.Code, t.Subject, Catalogue.Goals.Of(t).Zh, l.Year, l.Earlier.Code, l.Earlier.Subject, Catalogue.Goals.Of(l.Earlier).Zh,
                Catalogue.Years.RuleName(l.Rule).Zh, Key(l.Rule.ToString()), Catalogue.Years.StateName(l.State).Zh, Key(l.State.ToString()))
            : new TargetMatchView(t.Code, t.Subject, Catalogue.Goals.Of(t).Zh, null, null, null, null, null, null, null, null))];
    }

    public static async Task<IReadOnlyList<YearPoint>> SeriesAsync(LedgerDbContext db, int planId, string code, CancellationToken ct)
    {
        var start = await TargetsOfAsync(db, planId, ct).ConfigureAwait(false) is var own && own.FirstOrDefault(t => t.Code == code) is { } found ? found.Id : (int?)null;
        if (start is null)
        {
            return [];
        }

        // Follow confirmed matches back to the first year and forward to the last; a target appears once.
        var confirmed = await db.TargetLinks.AsNoTracking().Where(l => l.State == MatchState.Confirmed)
            .Select(l => new { l.TargetId, l.EarlierTargetId }).ToListAsync(ct).ConfigureAwait(false);
        var back = confirmed.ToDictionary(l => l.TargetId, l => l.EarlierTargetId);
        var forward = confirmed.ToDictionary(l => l.EarlierTargetId, l => l.TargetId);
        var chain = new List<int> { start.Value };
        for (var id = start.Value; back.TryGetValue(id, out var earlier) && !chain.Contains(earlier); id = earlier)
        {
            chain.Insert(0, earlier);
        }

        for (var id = start.Value; forward.TryGetValue(id, out var later) && !chain.Contains(later); id = later)
        {
            chain.Add(later);
        }

        var rows = await (from t in db.Targets
                          join task in db.Tasks on t.TaskId equals task.Id
                          join plan in db.Plans on task.PlanId equals plan.Id
                          where chain.Contains(t.Id)
                          select new { Target = t, PlanId = plan.Id, plan.Year }).AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var points = new List<YearPoint>();
        foreach (var row in rows.OrderBy(r => r.Year))
        {
            points.Add(await PointAsync(db, row.PlanId, row.Year, row.Target, ct).ConfigureAwait(false));
        }

        return points;
    }

    public static async Task<IReadOnlyDictionary<string, YearPoint>> LastYearAsync(
        LedgerDbContext db, string region, int year, IReadOnlyList<TargetMatching.Key> keys, CancellationToken ct)
    {
        if (await EarlierPlanAsync(db, region, year, ct).ConfigureAwait(false) is not { } earlier)
        {
            return new Dictionary<string, YearPoint>();
        }

        var targets = await TargetsOfAsync(db, earlier.Id, ct).ConfigureAwait(false);
        var matches = TargetMatching.Suggest(keys, targets.Select(TargetMatching.Key.Of));
        if (matches.Count == 0)
        {
            return new Dictionary<string, YearPoint>();
        }

        var closing = (await ClosingQuery.ReadAsync(db, earlier.Id, ct).ConfigureAwait(false)).SingleOrDefault();
        return matches.ToDictionary(m => m.Later, m => PointOf(earlier.Id, earlier.Year, targets.First(t => t.Code == m.Earlier), closing), StringComparer.Ordinal);
    }

    /// <summary>The region's nearest plan before <paramref name="year"/>, or null.</summary>
    public static Task<Plan?> EarlierPlanAsync(LedgerDbContext db, string region, int year, CancellationToken ct) =>
        db.Plans.AsNoTracking().Where(p => p.Region == region && p.Year < year).OrderByDescending(p => p.Year).FirstOrDefaultAsync(ct);

    /// <summary>The targets of a plan in its order.</summary>
    public static Task<List<Target>> TargetsOfAsync(LedgerDbContext db, int planId, CancellationToken ct) =>
        (from t in db.Targets
         join task in db.Tasks on t.TaskId equals task.Id
         where task.PlanId == planId
         orderby EF.Property<int>(task, ReportOrder.Column), EF.Property<int>(t, ReportOrder.Column)
         select t).AsNoTracking().ToListAsync(ct);

    private static async Task<YearPoint> PointAsync(LedgerDbContext db, int planId, int year, Target target, CancellationToken ct)
    {
        var closed = await db.PlanClosings.AnyAsync(c => c.PlanId == planId, ct).ConfigureAwait(false);
        var closing = closed ? (await ClosingQuery.ReadAsync(db, planId, ct).ConfigureAwait(false)).SingleOrDefault() : null;
        return PointOf(planId, year, target, closing);
    }

    // A year's result is the closing's: the target's final, and what the rule makes of it once its task is confirmed.
    private static YearPoint PointOf(int planId, int year, Target target, ClosingReading? closing)
    {
        var task = closing?.Tasks.FirstOrDefault(t => t.Targets.Any(g => g.Code == target.Code));
        var final = task?.Targets.First(g => g.Code == target.Code);
        return new YearPoint(year, planId, target.Code, Catalogue.Goals.Of(target).Zh, target.Unit,
            closing?.Closing is null ? null : final?.Final, task?.Result is null ? null : Zh(final!.Judgement.Result), closing?.Closing is not null);
    }

    private static string? Zh(ClosingResult? result) => result is { } r ? Catalogue.Closing.ResultName(r).Zh : null;

    private static string Key(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
