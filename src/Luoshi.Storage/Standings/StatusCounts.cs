using Luoshi.Domain.Evaluation;

namespace Luoshi.Storage;

/// <summary>How many targets stand in each status, and their lights.</summary>
public sealed record StatusCounts(int Targets, int Achieved, int OnTrack, int Behind, int AtRisk, int Missed, int NotReported)
{
    /// <summary>Achieved and on track.</summary>
    public int Green => Achieved + OnTrack;

    /// <summary>Behind.</summary>
    public int Yellow => Behind;

    /// <summary>At risk, missed, not reported.</summary>
    public int Red => AtRisk + Missed + NotReported;

    /// <summary>The count of one status.</summary>
    public int Of(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => Achieved,
        TargetStatus.OnTrack => OnTrack,
        TargetStatus.Behind => Behind,
        TargetStatus.AtRisk => AtRisk,
        TargetStatus.Missed => Missed,
        _ => NotReported,
    };

    /// <summary>Counts of <paramref name="statuses"/>.</summary>
    public static StatusCounts Count(IEnumerable<TargetStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var n = new int[6];
        var total = 0;
        foreach (var status in statuses)
        {
            n[(int)status]++;
            total++;
        }

        return new StatusCounts(total, n[(int)TargetStatus.Achieved], n[(int)TargetStatus.OnTrack], n[(int)TargetStatus.Behind],
            n[(int)TargetStatus.AtRisk], n[(int)TargetStatus.Missed], n[(int)TargetStatus.NotReported]);
    }
}
