using Luoshi.Domain.Closing;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Domain.Years;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Plans;
using Luoshi.Storage.Schema;
using Luoshi.Storage.Years.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Years;

/// <summary>结转 in one audited write: the chosen tasks of a closed year become tasks JZn of the next year's plan, in a
/// section of their own, with their units, leader and targets (deadlines a year on), each target linked to its original.</summary>
internal static class YearsCarry
{
    public static Task<StoreResult<IReadOnlyList<string>>> RunAsync(
        StoreSession session, int planId, LifecycleActor actor, IReadOnlyList<string>? chosen, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                if (CarryOverRules.Refusal(actor.Role) is { } refused)
                {
                    return Fail(refused);
                }

                var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, token).ConfigureAwait(false);
                if (plan is null)
                {
                    return Fail(Catalogue.Ledger.NoPlan(planId));
                }

                if (!await db.PlanClosings.AnyAsync(c => c.PlanId == planId, token).ConfigureAwait(false))
                {
                    return Fail(new Problem(Catalogue.Years.NotClosed(plan.Year), Kind: ProblemKind.Conflict));
                }

                var next = await db.Plans.SingleOrDefaultAsync(p => p.Region == plan.Region && p.Year == plan.Year + 1, token).ConfigureAwait(false);
                if (next is null)
                {
                    return Fail(new Problem(Catalogue.Years.NoNextPlan(plan.Region, plan.Year + 1), Kind: ProblemKind.Conflict));
                }

                var reading = (await ClosingQuery.ReadAsync(db, planId, token).ConfigureAwait(false)).Single();
                var carried = await YearsQuery.CarriedAsync(db, planId, token).ConfigureAwait(false);
                var (tasks, problem) = Choose(reading, carried, chosen);
                if (problem is not null)
                {
                    return Fail(problem);
                }

                var codes = await AddAsync(db, session, plan, next, tasks, token).ConfigureAwait(false);
                return new StoreResult<IReadOnlyList<string>>(codes, null);
            },
            result => result.Succeeded,
            ct);

    // The office's choice, else the default (every task confirmed 未完成 and not carried yet); a named task must be
    // confirmed, not 完成 and not carried before.
    private static (List<TaskClosing> Tasks, Problem? Problem) Choose(ClosingReading reading, Dictionary<string, (int Year, string Code)> carried, IReadOnlyList<string>? chosen)
    {
        if (chosen is null || chosen.Count == 0)
        {
            var byDefault = reading.Tasks.Where(t => CarryOverRules.ByDefault(t.Result) && !carried.ContainsKey(t.Code)).ToList();
            return (byDefault, byDefault.Count == 0 ? new Problem(Catalogue.Years.NothingToCarry(reading.Plan.Year), Kind: ProblemKind.Conflict) : null);
        }

        var tasks = new List<TaskClosing>();
        foreach (var code in chosen.Select(c => c.Trim()).Distinct(StringComparer.Ordinal))
        {
            if (reading.Task(code) is not { } task)
            {
                return ([], new Problem(Catalogue.Years.NoTask(code), Place.OfField("tasks"), ProblemKind.NotFound));
            }

            if (CarryOverRules.TaskRefusal(code, task.Result) is { } refused)
            {
                return ([], refused);
            }

            if (carried.TryGetValue(code, out var to))
            {
                return ([], new Problem(Catalogue.Years.AlreadyCarried(code, to.Year, to.Code), Place.OfField("tasks"), ProblemKind.Conflict));
            }

            tasks.Add(task);
        }

        return (tasks, null);
    }

    private static async Task<IReadOnlyList<string>> AddAsync(
        LedgerDbContext db, StoreSession session, Plan plan, Plan next, List<TaskClosing> tasks, CancellationToken ct)
    {
        var sections = await db.Sections.Where(s => s.PlanId == next.Id).ToListAsync(ct).ConfigureAwait(false);
        if (sections.All(s => s.Code != CarryOverRules.Section))
        {
            var section = new Section { PlanId = next.Id, Code = CarryOverRules.Section, Title = Catalogue.Years.CarrySection(plan.Year).Zh, Level = 1 };
            db.Entry(section).Property(ReportOrder.Column).CurrentValue = sections.Count;
            db.Sections.Add(section);
        }

        var existing = await db.Tasks.AsNoTracking().Where(t => t.PlanId == next.Id).Select(t => t.Code).ToListAsync(ct).ConfigureAwait(false);
        var ordinal = existing.Count(CarryOverRules.IsCarried);
        var order = existing.Count;
        var shift = next.Year - plan.Year;
        var codes = new List<string>();
        foreach (var t in tasks)
        {
            var original = t.Reading.Task;
            var code = CarryOverRules.TaskCode(++ordinal);
            var copy = new PlanTask
            {
                PlanId = next.Id, Code = code, SectionCode = CarryOverRules.Section, WorkItem = original.WorkItem, Text = original.Text,
                LeadUnit = original.LeadUnit, SupportingUnits = [.. original.SupportingUnits], UnitsSuggested = false, Leader = original.Leader,
                Deadline = new DateOnly(next.Year, 12, 31),
            };
            db.Tasks.Add(copy);
            db.Entry(copy).Property(ReportOrder.Column).CurrentValue = order++;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);

            var n = 0;
            var targets = original.Targets.Select(g => (Original: g, Copy: new Target
            {
                Code = $"{code}.{++n}", Text = g.Text, Subject = g.Subject, Kind = g.Kind, Comparator = g.Comparator, Value = g.Value, Upper = g.Upper,
                Unit = g.Unit, Measure = g.Measure, Baseline = g.Baseline, Deadline = g.Deadline.AddYears(shift), Public = g.Public, Binding = g.Binding,
            })).ToList();
            PlanCreation.AddTargets(db, next.Id, copy, targets.Select(x => x.Copy));
            db.CarryOvers.Add(new CarryOverRow { FromTaskId = original.Id, ToTaskId = copy.Id, On = session.Today, By = session.Actor });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            foreach (var (from, to) in targets)
            {
                // A target carried over is the same promise: its match is the original, confirmed by the carrying.
                // A match the office confirmed to another target of the next year stays, and the copy goes unmatched.
                var link = await db.TargetLinks.SingleOrDefaultAsync(l => l.EarlierTargetId == from.Id, ct).ConfigureAwait(false);
                if (link is { State: MatchState.Confirmed })
                {
                    continue;
                }

                if (link is not null)
                {
                    db.TargetLinks.Remove(link);
                    await db.SaveChangesAsync(ct).ConfigureAwait(false);
                }

                db.TargetLinks.Add(new TargetLinkRow { TargetId = to.Id, EarlierTargetId = from.Id, Rule = MatchRule.CarryOver, State = MatchState.Confirmed, On = session.Today, By = session.Actor });
            }

            var record = new { from = $"{plan.Year} {original.Code}", to = $"{next.Year} {code}", result = t.Result, reason = t.Account.ShortReason, targets = targets.Select(x => $"{x.Original.Code}→{x.Copy.Code}").ToList() };
            AuditLog.Add(db, session, "years.carry", AuditEntities.Task, PlanKey.OfTask(next.Id, code), null, record);
            AuditLog.Add(db, session, "years.carried", AuditEntities.Task, PlanKey.OfTask(plan.Id, original.Code), null, record);
            codes.Add(code);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return codes;
    }

    private static StoreResult<IReadOnlyList<string>> Fail(Problem problem) => new(null, problem);
}
