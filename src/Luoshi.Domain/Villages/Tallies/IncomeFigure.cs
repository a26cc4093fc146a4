namespace Luoshi.Domain.Villages.Tallies;

/// <summary>A village's collective operating income for a year, in 万元.</summary>
public readonly record struct IncomeFigure(int VillageId, int Year, decimal Amount);
