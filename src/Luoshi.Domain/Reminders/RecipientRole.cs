namespace Luoshi.Domain.Reminders;

/// <summary>Whom in a unit a reminder is for.</summary>
public enum RecipientRole
{
    /// <summary>The unit's contact person for supervision (联络员), who sends its reports.</summary>
    Contact,

    /// <summary>The unit's head (单位负责人): the first escalation.</summary>
    UnitLeader,

    /// <summary>The city leader in charge of the unit (分管领导): the second escalation.</summary>
    LeaderInCharge,
}
