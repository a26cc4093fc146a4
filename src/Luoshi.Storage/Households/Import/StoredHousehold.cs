using Luoshi.Domain.Households;

namespace Luoshi.Storage.Households.Import;

/// <summary>What an import needs of a household already in the register to update it.</summary>
internal sealed record StoredHousehold(
    int Id, string Number, string HeadIdNumber, int? IncomeYear, decimal? Income, DateOnly? IncomeRecordedOn,
    MonitoringState State, RiskTypes Risks, IdentificationSource? Source, DateOnly? HardshipOn,
    DateOnly? FlaggedOn, DateOnly? IdentifiedOn, DateOnly? AssistedOn, DateOnly? EliminatedOn);
