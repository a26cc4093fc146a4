namespace Luoshi.Indicators.Air;

/// <summary>One pollutant's IAQI within an AQI, with the concentration and averaging it came from.</summary>
/// <param name="Pollutant">The pollutant.</param>
/// <param name="Averaging">The Table 1 row used.</param>
/// <param name="Concentration">The concentration as given (CO in mg/m³, the rest in µg/m³).</param>
/// <param name="Value">The IAQI, rounded up to a whole number.</param>
/// <param name="AboveTable">The concentration lies above the row's IAQI-500 limit, so 500 is a floor (爆表).</param>
public readonly record struct SubIndex(
    Pollutant Pollutant,
    Averaging Averaging,
    double Concentration,
    int Value,
    bool AboveTable);
