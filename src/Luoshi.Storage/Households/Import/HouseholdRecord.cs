namespace Luoshi.Storage.Households.Import;

/// <summary>A household row as it is written: every column's final value, worked out from the file's row, the stored
/// household (if any) and the flag rules; and the row's income of its year.</summary>
/// <param name="StoredId">The stored household's id for an update, null for a new one.</param>
internal sealed record HouseholdRecord(
    int? StoredId, string Number, string Village, string Head, string IdNumber, string Members, int IncomeYear, long? Income,
    DateOnly? IncomeRecordedOn, int Risks, string? Source, string State, DateOnly? HardshipOn, DateOnly? FlaggedOn,
    DateOnly? IdentifiedOn, DateOnly? AssistedOn, DateOnly? EliminatedOn, int Year, long Amount, DateOnly RecordedOn);
