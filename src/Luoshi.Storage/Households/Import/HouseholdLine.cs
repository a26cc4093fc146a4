using Luoshi.Domain.Households;

namespace Luoshi.Storage.Households.Import;

/// <summary>One checked row of a household file.</summary>
/// <param name="States">The monitoring dates the row gives, or null when it gives none (the stored state stays).</param>
internal sealed record HouseholdLine(
    int Line, string Number, string Village, string Head, string IdNumber, long IdKey, List<HouseholdMember> Members,
    long[] MemberKeys, int Year, decimal Income, RiskTypes Risks, IdentificationSource? Source, DateOnly? HardshipOn,
    StateDates? States);

/// <summary>The monitoring dates a row gives, and the state they mean.</summary>
internal sealed record StateDates(MonitoringState State, DateOnly? FlaggedOn, DateOnly? IdentifiedOn, DateOnly? AssistedOn, DateOnly? EliminatedOn);
