namespace Luoshi.Domain.Lifecycle;

/// <summary>A step of a task's supervision (交办 → 签收 → 节点 → 办结 → 复核 → 销号, 延期, 督办).</summary>
public enum LifecycleStep
{
    /// <summary>交办: the office hands the task to its lead unit.</summary>
    Assign,

    /// <summary>签收: the lead unit acknowledges it.</summary>
    Sign,

    /// <summary>The lead unit proposes its milestones (节点计划).</summary>
    ProposeMilestones,

    /// <summary>The office approves the proposed milestones.</summary>
    ApproveMilestones,

    /// <summary>The office returns the proposed milestones with a reason (the unit proposes again).</summary>
    ReturnMilestones,

    /// <summary>The lead unit marks an approved milestone done, with its evidence.</summary>
    CompleteMilestone,

    /// <summary>办结申请: the lead unit asks to close the task.</summary>
    RequestClose,

    /// <summary>复核 passed: the office closes the task (销号). Final.</summary>
    ApproveClose,

    /// <summary>复核 failed: the office returns the request with a reason; the task is back under way.</summary>
    ReturnClose,

    /// <summary>延期申请: the lead unit asks for a later deadline, with a reason.</summary>
    RequestExtension,

    /// <summary>The office grants the extension (the original deadline is kept beside the new one).</summary>
    GrantExtension,

    /// <summary>The office refuses the extension.</summary>
    RefuseExtension,

    /// <summary>The office issues a supervision notice (督办单).</summary>
    IssueNotice,

    /// <summary>The lead unit answers a supervision notice.</summary>
    AnswerNotice,
}
