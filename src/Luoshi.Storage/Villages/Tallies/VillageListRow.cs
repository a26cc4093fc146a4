namespace Luoshi.Storage.Villages.Tallies;

/// <summary>One village as the register lists it, with its standing as of a day and its income of a year.</summary>
/// <param name="Name">The unit's full name (大沙镇东升村).</param>
/// <param name="ShortName">The village's own name (东升村).</param>
/// <param name="Tier">The tier of the assessment in effect, or null (none reached, or never assessed).</param>
/// <param name="AssessedYear">The year of the assessment in effect, or null when never assessed by then.</param>
/// <param name="HasFacility">The latest sewage finding by then, or null when there is none.</param>
public sealed record VillageListRow(
    string Code, string Name, string ShortName, string TownCode, string TownName, int? Households, int? Population, bool Community,
    int? AssessedYear, decimal? Score, string? Tier, bool? HasFacility, bool? Operating, decimal? Income, decimal? IncomeLastYear);
