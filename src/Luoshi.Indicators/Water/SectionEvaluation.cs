namespace Luoshi.Indicators.Water;

/// <summary>A section's class over a period, from the means of its samples (《地表水环境质量评价办法（试行）》, 2011).</summary>
/// <param name="Section">The section.</param>
/// <param name="SampleCount">How many of its samples fell in the period.</param>
/// <param name="Means">The arithmetic mean of each item over the samples that measured it.</param>
/// <param name="Class">The single-factor class of the means over the 21 official items; null when the section is
/// not evaluated (no sample in the period, or none that measured an official item).</param>
/// <param name="Exceeding">The official items whose mean fails the target class.</param>
/// <param name="TotalNitrogenClass">For a lake or reservoir, the class of the mean total nitrogen, judged apart from
/// <paramref name="Class"/> as the rules require; null for rivers or when it was not measured.</param>
public sealed record SectionEvaluation(
    WaterSection Section,
    int SampleCount,
    IReadOnlyDictionary<WaterItem, decimal> Means,
    SampleClass? Class,
    IReadOnlyList<Exceedance> Exceeding,
    WaterClass? TotalNitrogenClass)
{
    /// <summary>Whether the section was evaluated in the period.</summary>
    public bool IsEvaluated => Class is not null;

    /// <summary>Whether it was evaluated and its class is at or better than its target.</summary>
    public bool MeetsTarget => Class is { } c && c.Meets(Section.Target);
}
