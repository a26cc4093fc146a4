namespace Luoshi.Indicators.Air;

/// <summary>The technical regulation an air-quality figure was computed by; every result carries it.</summary>
/// <remarks>
/// A ledger spans years and the rules change on 1 March 2026, so a figure must say which rules produced it; a year
/// that straddles the change is computed day by day by the rules in force (<see cref="AirStandards.InForceOn"/>).
/// </remarks>
public enum AirStandard
{
    /// <summary>HJ 633-2012 环境空气质量指数（AQI）技术规定（试行）, for data before 1 March 2026.</summary>
    Hj633Of2012 = 1,

    /// <summary>HJ 633—2026 环境空气质量指数（AQI）技术规定, in force from 1 March 2026.</summary>
    Hj633Of2026 = 2,
}
