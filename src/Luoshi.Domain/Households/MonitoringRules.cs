namespace Luoshi.Domain.Households;

/// <summary>The rules of monitoring the office sets as data.</summary>
/// <param name="IdentifyWithinDays">Days a flagged household may wait to be identified before it is a warning.</param>
public sealed record MonitoringRules(int IdentifyWithinDays)
{
    /// <summary>15 days, the time limit many provinces set for identifying a flagged household, until the office
    /// sets its own.</summary>
    public static MonitoringRules Default { get; } = new(15);

    /// <summary>Null when the rules may be set, else why not: the time limit is 1 to 365 days.</summary>
    public Wording.Words? Problem => IdentifyWithinDays is < 1 or > 365 ? Wording.Catalogue.Households.TimeLimit(IdentifyWithinDays) : null;

    /// <summary>True when a household flagged on <paramref name="flaggedOn"/> is still unidentified past the limit
    /// on <paramref name="asOf"/>: flagged on 1 April with 15 days, it is late from 17 April on.</summary>
    public bool IsLate(DateOnly flaggedOn, DateOnly asOf) => asOf > flaggedOn.AddDays(IdentifyWithinDays);
}
