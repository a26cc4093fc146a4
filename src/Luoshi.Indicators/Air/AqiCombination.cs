namespace Luoshi.Indicators.Air;

/// <summary>Formula (2) and clause 4.4: the AQI, primary and exceeding pollutants from a set of IAQIs.</summary>
internal static class AqiCombination
{
    // Clause 4.4: an IAQI above 100 is 超标; at an AQI of 50 or less no pollutant is primary.
    private const int ExceedingAbove = 100;
    private const int PrimaryAbove = 50;

    internal static AqiResult Of(AirStandard standard, List<SubIndex> subIndices)
    {
        if (subIndices.Count == 0)
        {
            throw new ArgumentException("An AQI needs at least one pollutant's concentration.", nameof(subIndices));
        }

        var aqi = subIndices.Max(s => s.Value);
        var primary = aqi > PrimaryAbove
            ? subIndices.Where(s => s.Value == aqi).Select(s => s.Pollutant).Distinct().ToArray()
            : [];
        var exceeding = subIndices.Where(s => s.Value > ExceedingAbove).Select(s => s.Pollutant).Distinct().ToArray();
        return new AqiResult(standard, aqi, AqiCategories.Of(aqi), primary, exceeding, subIndices);
    }

    /// <summary>Adds the IAQI of a present concentration; a missing one adds nothing.</summary>
    internal static void Add(List<SubIndex> into, Pollutant pollutant, Averaging averaging, double? concentration)
    {
        if (concentration is not { } c)
        {
            return;
        }

        if (Iaqi.Of(pollutant, averaging, c) is { } value)
        {
            into.Add(new SubIndex(pollutant, averaging, c, value, Iaqi.IsAboveTable(pollutant, averaging, c)));
        }
    }
}
