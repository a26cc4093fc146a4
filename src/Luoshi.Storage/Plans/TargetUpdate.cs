using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Plans;

/// <summary>Applies the office's corrections to a drafted target, checked and audited with before and after.</summary>
internal static class TargetUpdate
{
    private sealed record Snapshot(
        string Measure, string Comparator, decimal? Value, decimal? Upper, decimal? Baseline, DateOnly Deadline,
        IReadOnlyList<TrajectoryPoint> Trajectory, bool Public)
    {
        public static Snapshot Of(Target t) =>
            new(t.Measure.ToString(), t.Comparator.ToSymbol(), t.Value, t.Upper, t.Baseline, t.Deadline, [.. t.Trajectory], t.Public);
    }

    public static Task<StoreResult> RunAsync(StoreSession session, int planId, string targetCode, TargetChange change, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, token).ConfigureAwait(false);
                var target = await (from g in db.Targets join t in db.Tasks on g.TaskId equals t.Id
                                    where t.PlanId == planId && g.Code == targetCode select g).SingleOrDefaultAsync(token).ConfigureAwait(false);
                if (plan is null || target is null)
                {
                    return StoreResult.Fail(plan is null ? Catalogue.Ledger.NoPlan(planId) : Catalogue.Ledger.NoTarget(targetCode));
                }

                if (Check(change, target, new ReportingCalendar(plan.Year, plan.Cadence)) is { } error)
                {
                    return StoreResult.Fail(error with { Message = Catalogue.Ledger.OfTarget(targetCode, error.Message) });
                }

                var before = Snapshot.Of(target);
                target.Measure = change.Measure ?? target.Measure;
                target.Comparator = change.Comparator ?? target.Comparator;
                target.Value = change.Value ?? target.Value;
                target.Upper = change.Upper ?? target.Upper;
                target.Baseline = change.Baseline ?? target.Baseline;
                target.Deadline = change.Deadline ?? target.Deadline;
                target.Trajectory = change.Trajectory is null ? target.Trajectory : [.. change.Trajectory.OrderBy(p => p.Period)];
                target.Public = change.Public ?? target.Public;
                AuditLog.Add(db, session, "target.update", AuditEntities.Target, $"{planId}/{targetCode}", before, Snapshot.Of(target));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    // A trajectory names periods of the plan's calendar, once each; a range needs its upper end above the value.
    private static Problem? Check(TargetChange change, Target target, ReportingCalendar calendar)
    {
        if (change.Trajectory is { } points)
        {
            if (points.FirstOrDefault(p => p.Period < 1 || p.Period > calendar.Periods.Count) is { } outside)
            {
                return new Problem(Catalogue.Ledger.TrajectoryOutside(outside.Period, calendar), Place.OfField("trajectory"));
            }

            if (points.GroupBy(p => p.Period).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                return new Problem(Catalogue.Ledger.TrajectoryTwice(calendar[twice.Key]), Place.OfField("trajectory"));
            }
        }

        var comparator = change.Comparator ?? target.Comparator;
        var (value, upper) = (change.Value ?? target.Value, change.Upper ?? target.Upper);
        return comparator == Comparator.Between && (value is null || upper is null || upper < value)
            ? new Problem(Catalogue.Ledger.RangeNeedsUpper, Place.OfField("upper")) : null;
    }
}
