namespace Luoshi.Domain.Lifecycle;

/// <summary>A task's status as of a day (docs/evaluation.md, "Task status"), worst kept last for counting.</summary>
public enum TaskStatusKind
{
    /// <summary>已销号: closed after the office's review.</summary>
    Closed,

    /// <summary>已完成: every target achieved and every milestone done, or a close request waiting for review.</summary>
    Done,

    /// <summary>超进度: nothing behind, and something done ahead of its schedule.</summary>
    Ahead,

    /// <summary>达进度: on schedule.</summary>
    OnSchedule,

    /// <summary>已延期: running on a granted extension.</summary>
    Extended,

    /// <summary>欠进度: a target behind, a milestone or the deadline passed undone (with how far).</summary>
    Behind,

    /// <summary>未报送: a report past due is missing.</summary>
    NotReported,

    /// <summary>未签收: assigned and not signed for.</summary>
    NotSigned,
}
