namespace Luoshi.Indicators.Air.Daily;

/// <summary>Whether a daily statistic computed from hourly values meets the validity rule of GB 3095-2012 Table 4 / HJ 663-2013.</summary>
public enum DailyValueValidity
{
    /// <summary>Not one valid hourly value (or 8-hour window): there is no value at all.</summary>
    NoData = 0,

    /// <summary>Some values, but fewer than the rule asks for; the value is shown but does not count.</summary>
    TooFew,

    /// <summary>Enough values.</summary>
    Valid,

    /// <summary>
    /// Too few 8-hour windows for the O3 daily maximum, but the maximum already exceeds the limit, which the rule
    /// accepts as valid (more data could only raise a maximum).
    /// </summary>
    ValidAsExceeding,
}
