namespace Luoshi.Domain.Villages.Tallies;

/// <summary>What a stored assessment says for the tallies: from which day, under which standard, which tier.</summary>
public readonly record struct AssessmentStanding(int VillageId, DateOnly AssessedOn, int Year, int StandardId, int TierRank);
