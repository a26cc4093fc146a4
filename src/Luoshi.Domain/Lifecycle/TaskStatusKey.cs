namespace Luoshi.Domain.Lifecycle;

/// <summary>The machine names of task statuses, for JSON and the API (closed, not_signed…): one home, like targets'.</summary>
public static class TaskStatusKey
{
    /// <summary>The name of <paramref name="kind"/>.</summary>
    public static string Of(TaskStatusKind kind) => kind switch
    {
        TaskStatusKind.Closed => "closed",
        TaskStatusKind.Done => "done",
        TaskStatusKind.Ahead => "ahead",
        TaskStatusKind.OnSchedule => "on_schedule",
        TaskStatusKind.Extended => "extended",
        TaskStatusKind.Behind => "behind",
        TaskStatusKind.NotReported => "not_reported",
        TaskStatusKind.NotSigned => "not_signed",
        _ => kind.ToString(),
    };

    /// <summary>The name of a stage: unassigned, assigned, under_way, close_requested, closed.</summary>
    public static string Of(TaskStage stage) => stage switch
    {
        TaskStage.Unassigned => "unassigned",
        TaskStage.Assigned => "assigned",
        TaskStage.UnderWay => "under_way",
        TaskStage.CloseRequested => "close_requested",
        TaskStage.Closed => "closed",
        _ => stage.ToString(),
    };
}
