namespace Luoshi.Domain.Evaluation;

/// <summary>The one mapping of a status to its light, and the order lists show statuses in.</summary>
public static class StatusLights
{
    /// <summary>Green for achieved and on track, yellow for behind, red for at risk, missed and not reported.</summary>
    public static Light Of(TargetStatus status) => status switch
    {
        TargetStatus.Achieved or TargetStatus.OnTrack => Light.Green,
        TargetStatus.Behind => Light.Yellow,
        _ => Light.Red,
    };

    /// <summary>The light of a task's status: green for 已销号, 已完成, 超进度 and 达进度; yellow for 已延期 and 欠进度; red for
    /// 未报送 and 未签收 (nothing heard from the unit).</summary>
    public static Light Of(Lifecycle.TaskStatusKind kind) => kind switch
    {
        Lifecycle.TaskStatusKind.Closed or Lifecycle.TaskStatusKind.Done or Lifecycle.TaskStatusKind.Ahead or Lifecycle.TaskStatusKind.OnSchedule => Light.Green,
        Lifecycle.TaskStatusKind.Extended or Lifecycle.TaskStatusKind.Behind => Light.Yellow,
        _ => Light.Red,
    };

    /// <summary>Every status, the worst first: the order of cards, counts and filters.</summary>
    public static IReadOnlyList<TargetStatus> WorstFirst { get; } =
        [TargetStatus.Missed, TargetStatus.AtRisk, TargetStatus.NotReported, TargetStatus.Behind, TargetStatus.OnTrack, TargetStatus.Achieved];

    /// <summary>The machine name of a light (green, yellow, red): CSS classes, JSON.</summary>
    public static string Key(Light light) => light switch
    {
        Light.Green => "green",
        Light.Yellow => "yellow",
        _ => "red",
    };
}
