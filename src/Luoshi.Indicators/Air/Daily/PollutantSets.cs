namespace Luoshi.Indicators.Air.Daily;

/// <summary>Conversions between <see cref="PollutantSet"/> and <see cref="Pollutant"/>.</summary>
public static class PollutantSets
{
    /// <summary>The set holding only <paramref name="pollutant"/>.</summary>
    public static PollutantSet Of(Pollutant pollutant) => (PollutantSet)(1 << ((int)pollutant - 1));

    /// <summary>The pollutants of the set in HJ 633-2012 Table 1 order (allocates; for output, not the hot path).</summary>
    public static IReadOnlyList<Pollutant> ToList(this PollutantSet set) =>
        Enum.GetValues<Pollutant>().Where(p => (set & Of(p)) != 0).ToArray();
}
