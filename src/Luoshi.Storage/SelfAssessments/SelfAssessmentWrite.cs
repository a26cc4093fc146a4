using Luoshi.Domain.Assessment;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.SelfAssessments.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.SelfAssessments;

/// <summary>What a self-assessment step works on: the unit's review as the year's data give it and its row (null before
/// the first submission).</summary>
internal sealed record SelfAssessmentContext(Plan Plan, UnitReview Review, ScoringScheme Scheme, SelfAssessmentRow? Row, StoreSession Session);

/// <summary>What a step makes of its input: a refusal, or the change to the row.</summary>
internal sealed record StepChange(Problem? Problem, Action<SelfAssessmentRow>? Apply)
{
    public static StepChange Refused(Problem problem) => new(problem, null);

    public static StepChange Writes(Action<SelfAssessmentRow> apply) => new(null, apply);
}

/// <summary>The one place every self-assessment step goes through: it finds the plan and the unit, asks
/// <see cref="SelfAssessmentRules"/> whether this actor may take this step in this state, checks the closing is open and
/// the unit leads tasks, lets the step do its part, moves the state on and audits before and after, in one
/// transaction; a refusal leaves nothing.</summary>
internal static class SelfAssessmentWrite
{
    public static Task<StoreResult> RunAsync(
        StoreSession session, int planId, string unit, LifecycleActor actor, SelfAssessmentStep step,
        Func<SelfAssessmentContext, StepChange> apply, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, token).ConfigureAwait(false);
                if (plan is null)
                {
                    return StoreResult.Fail(Catalogue.Ledger.NoPlan(planId));
                }

                var row = await db.SelfAssessments.SingleOrDefaultAsync(a => a.PlanId == planId && a.Unit == unit, token).ConfigureAwait(false);
                if (SelfAssessmentRules.Refusal(actor.Role, actor.Unit, unit, step, row?.State ?? SelfAssessmentState.Pending) is { } refusal)
                {
                    return StoreResult.Fail(refusal);
                }

                var closing = await db.PlanClosings.AsNoTracking().SingleOrDefaultAsync(c => c.PlanId == planId, token).ConfigureAwait(false);
                if (closing is null)
                {
                    return StoreResult.Fail(new Problem(Catalogue.Closing.NotOpen(plan.Year), Kind: ProblemKind.Conflict));
                }

                var reading = (await ClosingQuery.ReadAsync(db, planId, token).ConfigureAwait(false)).Single();
                var scheme = ClosingOpen.SchemeOf(closing);
                var assessments = row is null ? [] : new[] { row.ToDomain() };
                if (AssessmentBoard.Of(reading, scheme, assessments).Unit(unit) is not { } review)
                {
                    return StoreResult.Fail(new Problem(Catalogue.SelfAssessment.LeadsNothing(unit, plan.Year), Place.OfField("unit"), ProblemKind.NotFound));
                }

                var before = row?.ToDomain();
                var change = apply(new SelfAssessmentContext(plan, review, scheme, row, session));
                if (change.Problem is { } problem)
                {
                    return StoreResult.Fail(problem);
                }

                if (row is null)
                {
                    row = new SelfAssessmentRow { PlanId = planId, Unit = unit };
                    db.SelfAssessments.Add(row);
                }

                change.Apply!(row);
                Stamp(row, step, session);
                row.State = SelfAssessmentRules.After(step);
                row.Version++;
                AuditLog.Add(db, session, "assessment." + step.ToString().ToLowerInvariant(), AuditEntities.SelfAssessment,
                    SelfAssessmentKey.Of(planId, unit), before, row.ToDomain());
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    private static void Stamp(SelfAssessmentRow row, SelfAssessmentStep step, StoreSession session)
    {
        if (step == SelfAssessmentStep.Submit)
        {
            (row.SubmittedOn, row.SubmittedBy, row.ReturnReason) = (session.Today, session.Actor, null);
        }
        else if (step == SelfAssessmentStep.Confirm)
        {
            (row.ConfirmedOn, row.ConfirmedBy) = (session.Today, session.Actor);
        }
    }
}
