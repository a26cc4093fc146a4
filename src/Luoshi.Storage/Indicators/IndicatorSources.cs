using Luoshi.Storage.Households.Indicators;

namespace Luoshi.Storage.Indicators;

/// <summary>The indicators a target can be bound to. Each feature that computes one from the ledger's data adds its
/// source here, so binding, evaluation and the lists shown to the office all read one list.</summary>
internal static class IndicatorSources
{
    private static readonly IIndicatorSource[] Sources =
    [
        new Monitoring.Air.GoodDayShareSource(),
        Monitoring.Air.AnnualStatisticSource.Pm25AnnualMean,
        Monitoring.Air.AnnualStatisticSource.Pm10AnnualMean,
        Monitoring.Air.AnnualStatisticSource.O3EightHour90,
        new Monitoring.Air.HeavyPollutionDaysSource(),
        new Monitoring.Air.CompositeIndexSource(),
        new Monitoring.Water.ComplianceRateSource(),
        new Villages.Indicators.TierShareIndicator(),
        new Villages.Indicators.SewageCoverageIndicator(),
        new Villages.Indicators.SewageOperatingIndicator(),
        new Villages.Indicators.CollectiveIncomeIndicator(),
        new Villages.Indicators.IncomeUnderThresholdIndicator(),
        new UnassistedFallbackSource(),
    ];

    public static IReadOnlyList<IIndicatorSource> All => Sources;

    public static IIndicatorSource? Find(string name) =>
        Array.Find(Sources, s => string.Equals(s.Info.Name, name, StringComparison.Ordinal));
}
