using Luoshi.Domain.Lifecycle;
using Luoshi.Storage;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Web.Api;

/// <summary>The lifecycle steps by their names in a URL (sign, approve-close…, the audit trail's names), each calling the
/// ledger with the fields of the body it needs. Pages and the API take steps through here.</summary>
public static class LifecycleSteps
{
    /// <summary>The step named <paramref name="name"/>, or null.</summary>
    public static LifecycleStep? Parse(string name) =>
        Enum.GetValues<LifecycleStep>().Cast<LifecycleStep?>().FirstOrDefault(s => Storage.Lifecycle.LifecycleNames.Of(s!.Value) == name);

    /// <summary>Takes <paramref name="step"/> on a task as <paramref name="actor"/>.</summary>
    public static Task<StoreResult> TakeAsync(LifecycleLedger l, int plan, string task, LifecycleActor actor, LifecycleStep step, StepBody b, CancellationToken ct) => step switch
    {
        LifecycleStep.Assign => l.AssignAsync(plan, task, actor, ct),
        LifecycleStep.Sign => l.SignAsync(plan, task, actor, ct),
        LifecycleStep.ProposeMilestones => l.ProposeMilestonesAsync(plan, task, actor, [.. (b.Milestones ?? []).Select(m => new MilestoneDraft(m.Title ?? "", m.Due, m.Evidence ?? ""))], ct),
        LifecycleStep.ApproveMilestones or LifecycleStep.ReturnMilestones => l.DecideMilestonesAsync(plan, task, actor, step == LifecycleStep.ApproveMilestones, b.Reason, ct),
        LifecycleStep.CompleteMilestone => l.CompleteMilestoneAsync(plan, task, actor, b.Number ?? 0, b.Evidence, ct),
        LifecycleStep.RequestClose => l.RequestCloseAsync(plan, task, actor, b.Text, ct),
        LifecycleStep.ApproveClose or LifecycleStep.ReturnClose => l.ReviewCloseAsync(plan, task, actor, step == LifecycleStep.ApproveClose, b.Reason, ct),
        LifecycleStep.RequestExtension => l.RequestExtensionAsync(plan, task, actor, b.Deadline ?? DateOnly.MinValue, b.Reason, ct),
        LifecycleStep.GrantExtension or LifecycleStep.RefuseExtension => l.DecideExtensionAsync(plan, task, actor, step == LifecycleStep.GrantExtension, b.Reason, ct),
        LifecycleStep.IssueNotice => l.IssueNoticeAsync(plan, task, actor, b.Leader, ct),
        _ => l.AnswerNoticeAsync(plan, task, actor, b.Notice ?? "", b.Text, ct),
    };
}
