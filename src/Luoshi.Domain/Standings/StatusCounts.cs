using Luoshi.Domain.Evaluation;

namespace Luoshi.Domain.Standings;

/// <summary>How many targets stand in each status, and their lights.</summary>
public sealed record StatusCounts(int Targets, int Achieved, int OnTrack, int Behind, int AtRisk, int Missed, int NotReported)
{
    /// <summary>The targets with a green light.</summary>
    public int Green => OfLight(Light.Green);

    /// <summary>The targets with a yellow light.</summary>
    public int Yellow => OfLight(Light.Yellow);

    /// <summary>The targets with a red light.</summary>
    public int Red => OfLight(Light.Red);

    /// <summary>The targets whose status has <paramref name="light"/>.</summary>
    public int OfLight(Light light) => Enum.GetValues<TargetStatus>().Where(s => StatusLights.Of(s) == light).Sum(Of);

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
