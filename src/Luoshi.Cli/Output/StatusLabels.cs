using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Wording;

namespace Luoshi.Cli.Output;

/// <summary>How a status is shown in the terminal: its words (from the catalogue) and its colour.</summary>
internal static class StatusLabels
{
    public static string Words(TargetStatus status) => Catalogue.Status.Name(status);

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
