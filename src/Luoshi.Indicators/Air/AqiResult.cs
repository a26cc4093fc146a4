namespace Luoshi.Indicators.Air;

/// <summary>An AQI with what decided it (HJ 633-2012 clauses 4.3 and 4.4).</summary>
/// <param name="Standard">The rules that produced the figure.</param>
/// <param name="Aqi">The largest IAQI (formula 2).</param>
/// <param name="Category">Level, category and colour from Table 2.</param>
/// <param name="Primary">
/// 首要污染物: every pollutant whose IAQI equals the AQI, when the AQI exceeds 50; empty otherwise. A pollutant is
/// named once even when two of its averagings tie (O3 1-hour and 8-hour).
/// </param>
/// <param name="Exceeding">超标污染物: every pollutant with an IAQI above 100, in Table 1 order.</param>
/// <param name="SubIndices">Each IAQI that went into the AQI, in Table 1 order.</param>
public sealed record AqiResult(
    AirStandard Standard,
    int Aqi,
    AqiCategory Category,
    IReadOnlyList<Pollutant> Primary,
    IReadOnlyList<Pollutant> Exceeding,
    IReadOnlyList<SubIndex> SubIndices)
{
    /// <summary>The level from Table 2.</summary>
    public AqiLevel Level => Category.Level;
}
