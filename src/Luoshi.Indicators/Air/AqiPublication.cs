namespace Luoshi.Indicators.Air;

/// <summary>HJ 633—2026 §5.3.1, the one home of the rule: when a pollutant's value is missing, the AQI computed from
/// the others is published only when it is above 100; otherwise the AQI is "NA" and the single values are published.</summary>
/// <remarks>
/// HJ 633-2012 has no such rule (its AQI is computed from the values present). The §5.3.2 exception (a pollutant the
/// monitoring plan does not cover and that was not primary at 轻度污染 or worse in three years) needs the monitoring
/// plan, which the ledger does not hold: it is not applied.
/// </remarks>
public static class AqiPublication
{
    /// <summary>The AQI text used where §5.3.1 withholds the figure.</summary>
    public const string NotAvailableText = "NA";

    /// <summary>Whether the AQI is withheld ("NA") under <paramref name="standard"/>.</summary>
    public static bool IsNotAvailable(AirStandard standard, bool anyMissing, int aqi) =>
        standard == AirStandard.Hj633Of2026 && anyMissing && aqi <= AqiCategories.GoodAtMost;
}
