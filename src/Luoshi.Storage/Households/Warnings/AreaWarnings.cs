namespace Luoshi.Storage.Households.Warnings;

/// <summary>The warnings of one village.</summary>
public sealed record VillageWarnings(string Code, string Name, VillageCounts Counts);

/// <summary>The warnings of one town or subdistrict, with those of its villages that have any.</summary>
public sealed record TownWarnings(string Code, string Name, VillageCounts Counts, IReadOnlyList<VillageWarnings> Villages);

/// <summary>The register's warnings as of a day, by town and village (only areas with a warning are listed), and
/// their totals for everything the viewer sees.</summary>
/// <param name="IdentifyWithinDays">The time limit the late flags were judged by.</param>
public sealed record HouseholdWarnings(DateOnly AsOf, int IdentifyWithinDays, VillageCounts Totals, IReadOnlyList<TownWarnings> Towns);
