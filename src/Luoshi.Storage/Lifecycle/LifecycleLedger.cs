using Luoshi.Domain.Lifecycle;

namespace Luoshi.Storage.Lifecycle;

/// <summary>The supervision of a plan's tasks (docs/lifecycle.md): 交办 → 签收 → 节点 → 办结 → 复核 → 销号, 延期 and
/// 督办单. Every step is taken as an actor, checked by the domain's rules in one place, and audited; a refusal changes
/// nothing and says why (wrong role, wrong stage, another unit, a missing reason or a day that cannot be).</summary>
public sealed partial class LifecycleLedger
{
    private readonly StoreSession _session;

    internal LifecycleLedger(StoreSession session) => _session = session;

    /// <summary>交办: hands the task to its lead unit today, with the office's limit to sign in working days.</summary>
    public Task<StoreResult> AssignAsync(int planId, string taskCode, LifecycleActor actor, CancellationToken ct = default) =>
        Step(planId, taskCode, actor, LifecycleStep.Assign, AssignSteps.AssignAsync, ct);

    /// <summary>签收 by the lead unit.</summary>
    public Task<StoreResult> SignAsync(int planId, string taskCode, LifecycleActor actor, CancellationToken ct = default) =>
        Step(planId, taskCode, actor, LifecycleStep.Sign, AssignSteps.SignAsync, ct);

    /// <summary>The lead unit proposes milestones, replacing any proposed or returned before.</summary>
    public Task<StoreResult> ProposeMilestonesAsync(int planId, string taskCode, LifecycleActor actor, IReadOnlyList<MilestoneDraft> milestones, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        return Step(planId, taskCode, actor, LifecycleStep.ProposeMilestones, (c, t) => MilestoneSteps.ProposeAsync(c, milestones, t), ct);
    }

    /// <summary>The office approves the proposed milestones, or returns them with <paramref name="reason"/>.</summary>
    public Task<StoreResult> DecideMilestonesAsync(int planId, string taskCode, LifecycleActor actor, bool approve, string? reason = null, CancellationToken ct = default) =>
        Step(planId, taskCode, actor, approve ? LifecycleStep.ApproveMilestones : LifecycleStep.ReturnMilestones,
            (c, t) => MilestoneSteps.DecideAsync(c, approve, reason, t), ct);

    /// <summary>The lead unit reports milestone <paramref name="number"/> done today, with its evidence.</summary>
    public Task<StoreResult> CompleteMilestoneAsync(int planId, string taskCode, LifecycleActor actor, int number, string? evidence, CancellationToken ct = default) =>
        Step(planId, taskCode, actor, LifecycleStep.CompleteMilestone, (c, t) => MilestoneSteps.CompleteAsync(c, number, evidence, t), ct);

    /// <summary>办结申请 by the lead unit, with what was done.</summary>
    public Task<StoreResult> RequestCloseAsync(int planId, string taskCode, LifecycleActor actor, string? summary, CancellationToken ct = default) =>
        Step(planId, taskCode, actor, LifecycleStep.RequestClose, (c, _) => AssignSteps.RequestCloseAsync(c, summary), ct);

    /// <summary>复核: the office closes the task (销号), or returns the request with <paramref name="reason"/>.</summary>
    public Task<StoreResult> ReviewCloseAsync(int planId, string taskCode, LifecycleActor actor, bool approve, string? reason = null, CancellationToken ct = default) =>
        Step(planId, taskCode, actor, approve ? LifecycleStep.ApproveClose : LifecycleStep.ReturnClose,
            (c, _) => AssignSteps.ReviewCloseAsync(c, approve, reason), ct);

    /// <summary>延期申请 by the lead unit: a later deadline and why.</summary>
    public Task<StoreResult> RequestExtensionAsync(int planId, string taskCode, LifecycleActor actor, DateOnly proposed, string? reason, CancellationToken ct = default) =>
        Step(planId, taskCode, actor, LifecycleStep.RequestExtension, (c, t) => ExtensionSteps.RequestAsync(c, proposed, reason, t), ct);

    /// <summary>The office grants or refuses (with <paramref name="note"/>) the waiting extension request.</summary>
    public Task<StoreResult> DecideExtensionAsync(int planId, string taskCode, LifecycleActor actor, bool grant, string? note = null, CancellationToken ct = default) =>
        Step(planId, taskCode, actor, grant ? LifecycleStep.GrantExtension : LifecycleStep.RefuseExtension,
            (c, t) => ExtensionSteps.DecideAsync(c, grant, note, t), ct);

    /// <summary>督办单 about a task lagging today, to its lead unit and <paramref name="unitLeader"/>.</summary>
    public Task<StoreResult> IssueNoticeAsync(int planId, string taskCode, LifecycleActor actor, string? unitLeader = null, CancellationToken ct = default) =>
        Step(planId, taskCode, actor, LifecycleStep.IssueNotice, (c, t) => NoticeSteps.IssueAsync(c, unitLeader, t), ct);

    /// <summary>The lead unit answers the notice numbered <paramref name="number"/>.</summary>
    public Task<StoreResult> AnswerNoticeAsync(int planId, string taskCode, LifecycleActor actor, string number, string? response, CancellationToken ct = default) =>
        Step(planId, taskCode, actor, LifecycleStep.AnswerNotice, (c, t) => NoticeSteps.AnswerAsync(c, number ?? "", response, t), ct);

    private Task<StoreResult> Step(
        int planId, string taskCode, LifecycleActor actor, LifecycleStep step,
        Func<LifecycleContext, CancellationToken, Task<Domain.Wording.Problem?>> apply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(taskCode);
        ArgumentNullException.ThrowIfNull(actor);
        return LifecycleWrite.RunAsync(_session, planId, taskCode, actor, step, apply, ct);
    }
}
