namespace Luoshi.Domain.Reminders;

/// <summary>What a unit owes by a day: a report per period (<see cref="ReportsDue"/>) and what the supervision
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
}
