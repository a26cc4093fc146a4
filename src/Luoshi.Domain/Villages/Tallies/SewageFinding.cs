namespace Luoshi.Domain.Villages.Tallies;

/// <summary>What a stored sewage finding says for the tallies.</summary>
public readonly record struct SewageFinding(int VillageId, DateOnly AsOf, bool HasFacility, bool Operating);
