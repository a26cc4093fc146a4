namespace Luoshi.Domain.Households;

/// <summary>One household as a row of a register file gives it, read and checked on its own.</summary>
/// <param name="Row">The row's line (or sheet row) in its file.</param>
/// <param name="IdKey">The 64-bit key of the head's identity number (<see cref="IdentityNumber.Key"/>).</param>
/// <param name="MemberKeys">The members' keys, in the order of <paramref name="Members"/>.</param>
/// <param name="States">The monitoring dates the row gives, or null when it gives none (the stored state stays).</param>
public sealed record HouseholdLine(
    int Row, string Number, string Village, string Head, string IdNumber, long IdKey, List<HouseholdMember> Members,
    long[] MemberKeys, int Year, decimal Income, RiskTypes Risks, IdentificationSource? Source, DateOnly? HardshipOn,
    StateDates? States);

/// <summary>The monitoring dates a row gives, and the state they mean.</summary>
public sealed record StateDates(MonitoringState State, DateOnly? FlaggedOn, DateOnly? IdentifiedOn, DateOnly? AssistedOn, DateOnly? EliminatedOn)
{
    /// <summary>The state the dates mean, each later step needing the one before it on the same day or later; null
    /// with the column and problem when they are out of order.</summary>
    public static (StateDates? Dates, string? Column, Wording.Words? Problem) Of(
        DateOnly? flagged, DateOnly? identified, DateOnly? assisted, DateOnly? eliminated)
    {
        if ((flagged ?? identified ?? assisted ?? eliminated) is null)
        {
            return (null, null, null);
        }

        var problem = Order("assisted_on", assisted, "identified_on", identified, false)
            ?? Order("eliminated_on", eliminated, "assisted_on", assisted, false)
            ?? Order("identified_on", identified, "flagged_on", flagged, true);
        if (problem is { } p)
        {
            return (null, p.Column, p.Words);
        }

        var state = eliminated is not null ? MonitoringState.RiskEliminated
            : assisted is not null ? MonitoringState.Assisted
            : identified is not null ? MonitoringState.Identified
            : MonitoringState.Flagged;
        return (new StateDates(state, flagged, identified, assisted, eliminated), null, null);
    }

    private static (string Column, Wording.Words Words)? Order(string later, DateOnly? laterDay, string earlier, DateOnly? earlierDay, bool optional) =>
        laterDay is null || (earlierDay is null && optional) || laterDay >= earlierDay ? null
        : (later, earlierDay is null ? Wording.Catalogue.Households.Needs(later, earlier) : Wording.Catalogue.Households.Before(later, laterDay.Value, earlier, earlierDay.Value));
}
