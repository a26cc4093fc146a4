namespace Luoshi.Domain.Villages.Tallies;

/// <summary>An administrative village and the code of its town or subdistrict, as the tallies group them.</summary>
public readonly record struct VillagePlace(int Id, string TownCode);
