namespace Luoshi.Indicators.Air;

/// <summary>The largest concentration of each pollutant a monitoring file may hold: above it the number is no
/// measurement but a slip (a unit mixed up, a corrupt cell, 1e308), and an ingest refuses it before it can reach the
/// AQI arithmetic. Each bound lies well above HJ 633-2012's highest breakpoint, so every real extreme (a dust storm's
/// hourly PM10 near 10,000 µg/m³) still passes; docs/monitoring.md lists them with their reasons.</summary>
public static class PhysicalBounds
{
    /// <summary>The bound of <paramref name="pollutant"/> in its own unit (mg/m³ for CO, µg/m³ for the others).</summary>
    public static double Max(Pollutant pollutant) => pollutant switch
    {
        Pollutant.So2 => 10_000,   // highest breakpoint 2,620 µg/m³ (24-hour); about 3.8 ppm
        Pollutant.No2 => 10_000,   // highest breakpoint 3,840 µg/m³ (1-hour)
        Pollutant.Pm10 => 10_000,  // highest breakpoint 600 µg/m³; dust storms reach 9,000+; analysers read to 10,000
        Pollutant.Co => 200,       // highest breakpoint 150 mg/m³ (1-hour)
        Pollutant.O3 => 2_500,     // highest breakpoint 1,200 µg/m³ (1-hour); analysers read to about 1 ppm (2,140)
        Pollutant.Pm25 => 2_000,   // highest breakpoint 500 µg/m³; the worst recorded hours are near 1,500
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant), pollutant, "Not one of HJ 633-2012's six pollutants."),
    };

    /// <summary>True for a missing value (NaN) or a concentration from 0 to the pollutant's bound.</summary>
    public static bool Allows(Pollutant pollutant, double value) => double.IsNaN(value) || (value >= 0 && value <= Max(pollutant));

    /// <summary>The unit a pollutant's concentration is given in.</summary>
    public static string Unit(Pollutant pollutant) => pollutant == Pollutant.Co ? "mg/m³" : "µg/m³";
}
