using Luoshi.Domain.Households;

namespace Luoshi.Storage.Households.Reading;

/// <summary>A household's detail as one viewer may see it (names and identity numbers masked by
/// <see cref="Disclosure"/>), with its incomes by year and its assistance measures.</summary>
public sealed record HouseholdDetail(
    string Number, string VillageCode, string VillageName, string? TownName, string HeadName, string HeadIdNumber,
    IReadOnlyList<HouseholdMember> Members, IReadOnlyList<HouseholdIncome> Incomes, IReadOnlyList<AssistanceMeasure> Measures,
    RiskTypes Risks, IdentificationSource? Source, MonitoringState State, DateOnly? HardshipOn, DateOnly? FlaggedOn,
    DateOnly? IdentifiedOn, DateOnly? AssistedOn, DateOnly? EliminatedOn, Disclosure Disclosure);
