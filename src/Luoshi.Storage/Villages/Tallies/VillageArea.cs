using Luoshi.Domain.Units;

namespace Luoshi.Storage.Villages.Tallies;

/// <summary>What a scope's area names: <c>region</c> (every village of the ledger), or the code or name of the city
/// (the villages of its towns) or of a town or subdistrict (its villages).</summary>
internal sealed record VillageArea(string Name, IReadOnlySet<string>? TownCodes)
{
    public const string Region = "region";

    public static VillageArea? Find(string text, IReadOnlyList<OrgUnit> areas)
    {
        if (string.Equals(text, Region, StringComparison.OrdinalIgnoreCase) || text is "全域" or "全市")
        {
            return new VillageArea("全域", null);
        }

        var unit = areas.FirstOrDefault(u => u.Code == text) ?? areas.FirstOrDefault(u => u.Name == text || u.Aliases.Contains(text));
        return unit switch
        {
            null => null,
            { Kind: OrgUnitKind.City } => new VillageArea(unit.Name, areas.Where(t => t.ParentCode == unit.Code).Select(t => t.Code).ToHashSet(StringComparer.Ordinal)),
            _ => new VillageArea(unit.Name, new HashSet<string>([unit.Code], StringComparer.Ordinal)),
        };
    }
}
