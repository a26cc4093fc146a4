namespace Luoshi.Domain.Reminders;

/// <summary>What a unit (or the office) owes by a day: a report per period (<see cref="ReportsDue"/>) and what the supervision
/// lifecycle knows is due (<see cref="LifecycleDue"/>). Each kind has its own rule in the office's
/// <see cref="ReminderRules"/>.</summary>
public enum DueKind
{
    /// <summary>A task's progress report for one period (进展报送).</summary>
    Report,

    /// <summary>An assigned task the lead unit has not signed for (签收), due at the sign limit.</summary>
    Sign,

    /// <summary>An approved milestone not reported done (节点), due on its day.</summary>
    Milestone,

    /// <summary>A 督办单 not answered, due on its answer day.</summary>
    NoticeAnswer,

    /// <summary>A unit's extension request (延期申请) waiting for the office's decision, due on the day it was made:
    /// it reminds the office (<see cref="OfficeInbox"/>), not a unit.</summary>
    ExtensionDecision,

    /// <summary>A supervised item from another source (批示件, 提案…) not yet done, due on its 办理时限; its 签收 is
    /// reminded under <see cref="Sign"/> like a task's.</summary>
    Item,
}
