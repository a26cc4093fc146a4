namespace Luoshi.Indicators.Tests.Air.Daily;

/// <summary>Builds a day of 24 hourly values for tests.</summary>
internal static class Hours
{
    /// <summary>24 copies of <paramref name="value"/>.</summary>
    internal static double[] Constant(double value) => Enumerable.Repeat(value, 24).ToArray();

    /// <summary><paramref name="value"/> in hours [0, <paramref name="validHours"/>), NaN after.</summary>
    internal static double[] First(int validHours, double value) =>
        Enumerable.Range(0, 24).Select(h => h < validHours ? value : double.NaN).ToArray();

    /// <summary>The given values for the first hours, NaN after.</summary>
    internal static double[] Of(params double[] first) =>
        Enumerable.Range(0, 24).Select(h => h < first.Length ? first[h] : double.NaN).ToArray();
}
