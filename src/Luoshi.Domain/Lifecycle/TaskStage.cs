namespace Luoshi.Domain.Lifecycle;

/// <summary>Where a task is in its supervision.</summary>
public enum TaskStage
{
    /// <summary>Not yet handed to its lead unit.</summary>
    Unassigned,

    /// <summary>交办, waiting for 签收.</summary>
    Assigned,

    /// <summary>签收: under way.</summary>
    UnderWay,

    /// <summary>办结申请 sent, waiting for the office's 复核.</summary>
    CloseRequested,

    /// <summary>销号: the task has left supervision.</summary>
    Closed,
}
