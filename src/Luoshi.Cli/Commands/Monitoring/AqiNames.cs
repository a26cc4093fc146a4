using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>The names the output uses for pollutants and standards: as the standard prints them.</summary>
internal static class AqiNames
{
    /// <summary>Pollutants in the order of the canonical file (pm25, pm10, so2, no2, co, o3).</summary>
    public static readonly Pollutant[] FileOrder = [Pollutant.Pm25, Pollutant.Pm10, Pollutant.So2, Pollutant.No2, Pollutant.Co, Pollutant.O3];

    /// <summary>The column the canonical file and the output give the pollutant (pm25, so2 …).</summary>
    public static string Column(Pollutant pollutant) => pollutant == Pollutant.Pm25 ? "pm25" : Of(pollutant).ToLowerInvariant();

    /// <summary>The pollutant as the standard prints it (PM2.5, SO2 …).</summary>
    public static string Of(Pollutant pollutant) => Pollutants.Name(pollutant);

    /// <summary>The set's pollutants in file order (PM2.5 first), as the output lists them.</summary>
    public static IReadOnlyList<string> Of(PollutantSet set) =>
        [.. FileOrder.Where(p => (set & PollutantSets.Of(p)) != 0).Select(Of)];

    /// <summary>The standard as printed (HJ 633-2012, HJ 633-2026).</summary>
    public static string Of(AirStandard standard) => AirStandards.Name(standard);

    /// <summary>A concentration for display: three decimals at most (the indices come from the unrounded value).</summary>
    public static double? Shown(double value) => double.IsNaN(value) ? null : Math.Round(value, 3);
}
