namespace Luoshi.Domain.Periods;

/// <summary>How often units report progress on a plan.</summary>
public enum ReportingFrequency
{
    /// <summary>Twelve periods, one per month.</summary>
    Monthly,

    /// <summary>Four periods, ending in March, June, September and December.</summary>
    Quarterly,
}
