namespace Luoshi.Domain.Plans;

/// <summary>Where the traffic light changes, as the share of the expected progress reached (docs/evaluation.md).</summary>
/// <param name="Yellow">Below this share of the expected value a target is behind (yellow); 1.0 = any lag.</param>
/// <param name="Red">Below this share it is at risk (red).</param>
/// <param name="AboutTolerance">For 左右 targets: the relative distance from the value still counted as met.</param>
public sealed record StatusThresholds(decimal Yellow, decimal Red, decimal AboutTolerance)
{
    /// <summary>Green at or above the trajectory, yellow down to 80% of it, red below; 左右 within ±10%.</summary>
    public static readonly StatusThresholds Default = new(1.0m, 0.8m, 0.1m);
}
