namespace Luoshi.Domain.Villages.Tallies;

/// <summary>One village as of a day, for a year: its standing (standard and tier rank, none when never assessed by
/// then), its latest sewage finding, and its income this year and last.</summary>
public readonly record struct VillageState(
    int? StandardId, int TierRank, SewageFinding? Sewage, decimal? Income, decimal? IncomeLastYear);
