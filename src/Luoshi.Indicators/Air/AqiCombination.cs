namespace Luoshi.Indicators.Air;

/// <summary>Formula (2) and the naming clauses: the AQI, primary and exceeding pollutants from a set of IAQIs.</summary>
internal static class AqiCombination
{
    // HJ 633-2012 clause 4.4: an IAQI above 100 is 超标; both versions: at an AQI of 50 or less no pollutant is primary.
    private const int ExceedingAbove = 100;
    private const int PrimaryAbove = 50;

    internal static AqiResult Of(AirStandard standard, List<SubIndex> subIndices, IReadOnlyList<Pollutant> missing)
    {
        if (subIndices.Count == 0)
        {
            throw new ArgumentException("An AQI needs at least one pollutant's concentration.", nameof(subIndices));
        }

        var aqi = Math.Max(subIndices.Max(s => s.Value), AqiCategories.MinimumAqi(standard));
        var primary = aqi > PrimaryAbove
            ? subIndices.Where(s => s.Value == aqi).Select(s => s.Pollutant).Distinct().ToArray()
            : [];
        Pollutant[] exceeding = standard == AirStandard.Hj633Of2012
            ? [.. subIndices.Where(s => s.Value > ExceedingAbove).Select(s => s.Pollutant).Distinct()]
            : [];
        return new AqiResult(standard, aqi, AqiCategories.Of(aqi), primary, exceeding, subIndices, missing);
    }

    /// <summary>Adds the IAQI of a present concentration; a missing one adds nothing.</summary>
    internal static void Add(AirStandard standard, List<SubIndex> into, Pollutant pollutant, Averaging averaging, double? concentration)
    {
        if (concentration is not { } c)
        {
            return;
        }

        if (Iaqi.Of(standard, pollutant, averaging, c) is { } value)
        {
            into.Add(new SubIndex(pollutant, averaging, c, value, Iaqi.IsAboveTable(standard, pollutant, averaging, c)));
        }
    }

    /// <summary>The pollutants of Table order none of whose given values is present.</summary>
    internal static Pollutant[] MissingOf(params (Pollutant Pollutant, double? Value)[] values) =>
        [.. values.GroupBy(v => v.Pollutant).Where(g => g.All(v => v.Value is null)).Select(g => g.Key)];
}
