using Luoshi.Domain.Assessment;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.SelfAssessments;

/// <summary>The unit's self-assessment (自评) and the office's review (docs/closing.md “Self-assessment”): a lead unit
/// submits its points per task, its claims and an explanation; the office returns it with a reason or confirms it,
/// adjusting points with a reason each; the confirmed score is final and frozen. Every step is one audited write.</summary>
public sealed class SelfAssessmentLedger
{
    private readonly StoreSession _session;

    internal SelfAssessmentLedger(StoreSession session) => _session = session;

    /// <summary>报送自评: <paramref name="unit"/>'s reporter submits (or resubmits after a return) its self-assessment.</summary>
    public Task<StoreResult> SubmitAsync(int planId, string unit, LifecycleActor actor, SelfAssessmentClaim claim, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Run(planId, unit, actor, SelfAssessmentStep.Submit, c => SelfAssessmentSteps.Submit(c, claim), ct);
    }

    /// <summary>退回自评: the office sends a submitted self-assessment back with <paramref name="reason"/>.</summary>
    public Task<StoreResult> ReturnAsync(int planId, string unit, LifecycleActor actor, string? reason, CancellationToken ct = default) =>
        Run(planId, unit, actor, SelfAssessmentStep.Return, _ => SelfAssessmentSteps.Return(reason), ct);

    /// <summary>确认自评: the office confirms a submitted self-assessment with its <paramref name="adjustments"/> (each
    /// with a reason); the score is then final.</summary>
    public Task<StoreResult> ConfirmAsync(int planId, string unit, LifecycleActor actor, IReadOnlyList<ScoreAdjustment>? adjustments = null, CancellationToken ct = default) =>
        Run(planId, unit, actor, SelfAssessmentStep.Confirm, c => SelfAssessmentSteps.Confirm(c, adjustments ?? []), ct);

    /// <summary>The year's assessment of plan <paramref name="planId"/>: every lead unit's review and the ranking, or null
    /// for no plan.</summary>
    public Task<AssessmentBoard?> BoardAsync(int planId, CancellationToken ct = default) =>
        _session.ReadAsync(async (db, token) =>
        {
            if ((await ClosingQuery.ReadAsync(db, planId, token).ConfigureAwait(false)).SingleOrDefault() is not { } reading)
            {
                return null;
            }

            var closing = await db.PlanClosings.AsNoTracking().SingleOrDefaultAsync(c => c.PlanId == planId, token).ConfigureAwait(false);
            var rows = await db.SelfAssessments.AsNoTracking().Where(a => a.PlanId == planId).ToListAsync(token).ConfigureAwait(false);
            return AssessmentBoard.Of(reading, ClosingOpen.SchemeOf(closing), [.. rows.Select(r => r.ToDomain())]);
        }, ct);

    private Task<StoreResult> Run(int planId, string unit, LifecycleActor actor, SelfAssessmentStep step, Func<SelfAssessmentContext, StepChange> apply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(actor);
        return SelfAssessmentWrite.RunAsync(_session, planId, unit.Trim(), actor, step, apply, ct);
    }
}
