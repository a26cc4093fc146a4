namespace Luoshi.Storage.Indicators;

/// <summary>The indicators a target can be bound to. Each feature that computes one from the ledger's data adds its
/// source here, so binding, evaluation and the lists shown to the office all read one list.</summary>
internal static class IndicatorSources
{
    private static readonly IIndicatorSource[] Sources = [];

    public static IReadOnlyList<IIndicatorSource> All => Sources;

    public static IIndicatorSource? Find(string name) =>
        Array.Find(Sources, s => string.Equals(s.Info.Name, name, StringComparison.Ordinal));
}
