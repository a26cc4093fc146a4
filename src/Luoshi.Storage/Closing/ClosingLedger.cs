using Luoshi.Domain.Assessment;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Storage.Closing;

/// <summary>The year-end closing (年底交账, docs/closing.md): the office opens it; each lead unit submits its tasks'
/// accounts; the office returns or confirms them; a confirmed result is frozen and changes only by a recorded
/// correction. Every step is checked by <see cref="ClosingRules"/> and written in one audited unit of work.</summary>
public sealed class ClosingLedger
{
    private readonly StoreSession _session;

    internal ClosingLedger(StoreSession session) => _session = session;

    /// <summary>Opens the closing of plan <paramref name="planId"/> with the office's tolerances (the defaults when null).</summary>
    public Task<StoreResult> OpenAsync(int planId, LifecycleActor actor, ClosingTolerances? tolerances = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ClosingOpen.RunAsync(_session, planId, actor, tolerances ?? ClosingTolerances.Default, ct);
    }

    /// <summary>The office sets the tolerances for 基本完成 of an open closing.</summary>
    public Task<StoreResult> SetTolerancesAsync(int planId, LifecycleActor actor, ClosingTolerances tolerances, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(tolerances);
        return ClosingOpen.SetTolerancesAsync(_session, planId, actor, tolerances, ct);
    }

    /// <summary>The office sets the scoring scheme of the unit assessment (考核) for this plan year.</summary>
    public Task<StoreResult> SetSchemeAsync(int planId, LifecycleActor actor, ScoringScheme scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(scheme);
        return ClosingOpen.SetSchemeAsync(_session, planId, actor, scheme, ct);
    }

    /// <summary>The plan year's scoring scheme (the default until the office sets one).</summary>
    public Task<ScoringScheme> SchemeAsync(int planId, CancellationToken ct = default) =>
        _session.ReadAsync(async (db, token) => ClosingOpen.SchemeOf(
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(db.PlanClosings, c => c.PlanId == planId, token).ConfigureAwait(false)), ct);

    /// <summary>The lead units' scores and ranking, or null for no plan: a unit's confirmed final score after its
    /// self-assessment, else its score by the scheme alone (marked as not confirmed).</summary>
    public async Task<IReadOnlyList<UnitScore>?> RankAsync(int planId, CancellationToken ct = default) =>
        (await new SelfAssessments.SelfAssessmentLedger(_session).BoardAsync(planId, ct).ConfigureAwait(false))?.Ranking;

    /// <summary>报送: the lead unit submits (or resubmits after a return) a task's account.</summary>
    public Task<StoreResult> SubmitAsync(int planId, string taskCode, LifecycleActor actor, ClosingSubmission submission, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return Step(planId, taskCode, actor, ClosingStep.Submit, (c, t) => ClosingSteps.SubmitAsync(c, submission, t), ct);
    }

    /// <summary>退回: the office sends a submitted account back with <paramref name="reason"/>.</summary>
    public Task<StoreResult> ReturnAsync(int planId, string taskCode, LifecycleActor actor, string? reason, CancellationToken ct = default) =>
        Step(planId, taskCode, actor, ClosingStep.Return, (c, _) => ClosingSteps.Return(c, reason), ct);

    /// <summary>确认: the office confirms a submitted account, with the proposed result or <paramref name="result"/>.</summary>
    public Task<StoreResult> ConfirmAsync(int planId, string taskCode, LifecycleActor actor, ClosingResult? result = null, CancellationToken ct = default) =>
        Step(planId, taskCode, actor, ClosingStep.Confirm, (c, _) => ClosingSteps.Confirm(c, result), ct);

    /// <summary>更正: the office changes a confirmed result to <paramref name="result"/>, recording <paramref name="reason"/>;
    /// the lead unit's confirmed self-assessment follows (<see cref="SelfAssessments.SelfAssessmentCorrections"/>).</summary>
    public Task<StoreResult> CorrectAsync(int planId, string taskCode, LifecycleActor actor, ClosingResult? result, string? reason, CancellationToken ct = default) =>
        Step(planId, taskCode, actor, ClosingStep.Correct, (c, token) => ClosingSteps.CorrectAsync(c, result, reason, token), ct);

    /// <summary>上传佐证材料: the lead unit attaches a file to a task's account while it is 未报送 or 已退回 (the caller has
    /// checked its kind by content, as for a report's files); audited as attachment.add and closing.attach.</summary>
    public Task<StoreResult<Domain.Access.Attachment>> AttachAsync(
        int planId, string taskCode, LifecycleActor actor, string fileName, string contentType, byte[] content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(taskCode);
        ArgumentNullException.ThrowIfNull(actor);
        return ClosingEvidence.AttachAsync(_session, planId, taskCode, actor, fileName, contentType, content, ct);
    }

    /// <summary>删除佐证材料: the lead unit takes a file off a task's account in the same states; audited as
    /// attachment.remove and closing.detach.</summary>
    public Task<StoreResult> DetachAsync(int planId, string taskCode, LifecycleActor actor, int attachmentId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(taskCode);
        ArgumentNullException.ThrowIfNull(actor);
        return ClosingEvidence.DetachAsync(_session, planId, taskCode, actor, attachmentId, ct);
    }

    /// <summary>A closing account's file with its content, or null when there is none or <paramref name="actor"/> may
    /// not read it (only the office, leaders and the lead unit may).</summary>
    public Task<(Domain.Access.Attachment Attachment, byte[] Content)?> FileAsync(int attachmentId, LifecycleActor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _session.ReadAsync((db, token) => ClosingEvidence.FindAsync(db, attachmentId, actor, token), ct);
    }

    /// <summary>The plan's year-end account (its reading the day after its year, with every account), or null for no plan.</summary>
    public async Task<ClosingReading?> ReadAsync(int planId, CancellationToken ct = default) =>
        (await ReadAllAsync(planId, ct).ConfigureAwait(false)).SingleOrDefault();

    /// <summary>The year-end accounts of every plan (of one plan when <paramref name="planId"/> is given).</summary>
    public Task<IReadOnlyList<ClosingReading>> ReadAllAsync(int? planId = null, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => ClosingQuery.ReadAsync(db, planId, token), ct);

    private Task<StoreResult> Step(
        int planId, string taskCode, LifecycleActor actor, ClosingStep step,
        Func<ClosingContext, CancellationToken, Task<Problem?>> apply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(taskCode);
        ArgumentNullException.ThrowIfNull(actor);
        return ClosingWrite.RunAsync(_session, planId, taskCode, actor, step, apply, ct);
    }
}
