namespace Luoshi.Indicators.Air;

/// <summary>An AQI with what decided it (HJ 633-2012 clauses 4.3 and 4.4; HJ 633—2026 clauses 4.2 and 5.3).</summary>
/// <param name="Standard">The rules that produced the figure.</param>
/// <param name="Aqi">The largest IAQI (formula 2); at least 1 under HJ 633—2026 (AQI 1–500).</param>
/// <param name="Category">Level, category and colour.</param>
/// <param name="Primary">
/// 首要污染物: every pollutant whose IAQI equals the AQI, when the AQI exceeds 50; empty otherwise. A pollutant is
/// named once even when two of its averagings tie (O3 1-hour and 8-hour, HJ 633-2012).
/// </param>
/// <param name="Exceeding">超标污染物 (HJ 633-2012 only; HJ 633—2026 deleted the term): every pollutant with an IAQI
/// above 100, in table order.</param>
/// <param name="SubIndices">Each IAQI that went into the AQI, in table order.</param>
/// <param name="Missing">The standard's report pollutants that had no value, in table order.</param>
public sealed record AqiResult(
    AirStandard Standard,
    int Aqi,
    AqiCategory Category,
    IReadOnlyList<Pollutant> Primary,
    IReadOnlyList<Pollutant> Exceeding,
    IReadOnlyList<SubIndex> SubIndices,
    IReadOnlyList<Pollutant> Missing)
{
    /// <summary>The level from the table of categories.</summary>
    public AqiLevel Level => Category.Level;

    /// <summary>
    /// HJ 633—2026 §5.3.1: with a pollutant missing, the AQI of the others is published only when it is above 100;
    /// otherwise the AQI is "NA" and only the single values are published. Always false under HJ 633-2012.
    /// </summary>
    public bool NotAvailable => AqiPublication.IsNotAvailable(Standard, Missing.Count > 0, Aqi);
}
