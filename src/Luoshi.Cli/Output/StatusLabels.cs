using Luoshi.Domain.Evaluation;

namespace Luoshi.Cli.Output;

/// <summary>How a status is shown: its words (Chinese first) and its colour in the terminal.</summary>
internal static class StatusLabels
{
    public static string Words(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => Lang.Pick("已完成", "achieved"),
        TargetStatus.OnTrack => Lang.Pick("正常", "on track"),
        TargetStatus.Behind => Lang.Pick("滞后", "behind"),
        TargetStatus.AtRisk => Lang.Pick("严重滞后", "at risk"),
        TargetStatus.Missed => Lang.Pick("未完成", "missed"),
        TargetStatus.NotReported => Lang.Pick("未报送", "not reported"),
        _ => status.ToString(),
    };

    /// <summary>Spectre.Console style: green, yellow, red as the office's 红黄绿灯; missed and not reported stand out.</summary>
    public static string Style(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "bold green",
        TargetStatus.OnTrack => "green",
        TargetStatus.Behind => "yellow",
        TargetStatus.AtRisk => "red",
        TargetStatus.Missed => "bold white on red",
        TargetStatus.NotReported => "bold magenta",
        _ => "default",
    };

    /// <summary>The machine name used in JSON: on_track, not_reported….</summary>
    public static string Key(TargetStatus status) => TargetStatusKey.Of(status);
}
