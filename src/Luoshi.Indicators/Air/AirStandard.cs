namespace Luoshi.Indicators.Air;

/// <summary>The technical regulation an air-quality figure was computed by; every result carries it.</summary>
/// <remarks>
/// A ledger spans years and the rules change (the 2026 revision of HJ 633 moves the PM breakpoints), so a figure
/// must say which rules produced it. Only HJ 633-2012 is implemented; the 2026 revision is a later member.
/// </remarks>
public enum AirStandard
{
    /// <summary>HJ 633-2012 环境空气质量指数（AQI）技术规定（试行）.</summary>
    Hj633Of2012 = 1,
}
