namespace Luoshi.Domain.Evaluation;

/// <summary>The machine names of the statuses (on_track, not_reported…) that JSON, query strings and scripts use.</summary>
public static class TargetStatusKey
{
    /// <summary>The name of <paramref name="status"/>.</summary>
    public static string Of(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "achieved",
        TargetStatus.OnTrack => "on_track",
        TargetStatus.Behind => "behind",
        TargetStatus.AtRisk => "at_risk",
        TargetStatus.Missed => "missed",
        TargetStatus.NotReported => "not_reported",
        _ => status.ToString(),
    };

    /// <summary>The status named <paramref name="key"/>, or null for a name that is none.</summary>
    public static TargetStatus? Parse(string? key) =>
        Enum.GetValues<TargetStatus>().Cast<TargetStatus?>().FirstOrDefault(s => Of(s!.Value) == key);
}
