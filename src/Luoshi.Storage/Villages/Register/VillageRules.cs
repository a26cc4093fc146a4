using Luoshi.Domain.Units;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Villages.Files;

namespace Luoshi.Storage.Villages.Register;

/// <summary>The checks of a register file across its rows and against the ledger: each code once, each village name
/// once per town, towns that exist, codes not used by other kinds of unit, full names not used by another unit.</summary>
internal static class VillageRules
{
    /// <summary>The town code of each line (by line), when every line is right.</summary>
    public static Dictionary<VillageLine, OrgUnit> Check(List<VillageLine> lines, IReadOnlyList<OrgUnit> units, RegisterProblems problems)
    {
        var towns = TownWords(units);
        var byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var byName = units.ToDictionary(u => u.Name, StringComparer.Ordinal);
        var codes = new Dictionary<string, VillageLine>(StringComparer.Ordinal);
        var names = new Dictionary<string, VillageLine>(StringComparer.Ordinal);
        var placed = new Dictionary<VillageLine, OrgUnit>();
        foreach (var line in lines)
        {
            if (!codes.TryAdd(line.Code, line))
            {
                problems.Add(line.Row, 0, Catalogue.Villages.CodeOnRow(line.Code, codes[line.Code].Row.Number));
            }
            else if (byCode.TryGetValue(line.Code, out var unit) && unit.Kind != OrgUnitKind.Village)
            {
                problems.Add(line.Row, 0, Catalogue.Villages.CodeOfOtherKind(line.Code, unit.Name, Catalogue.Units.Kind(unit.Kind)));
            }

            if (!towns.TryGetValue(line.Town, out var town))
            {
                problems.Add(line.Row, 2, Catalogue.Villages.UnknownTown(line.Town));
                continue;
            }

            var full = FullName(town, line.Name);
            if (!names.TryAdd(full, line))
            {
                problems.Add(line.Row, 1, Catalogue.Villages.NameInTown(town.Name, line.Name, names[full].Row.Number));
            }
            else if (byName.TryGetValue(full, out var holder) && holder.Code != line.Code && !codes.ContainsKey(holder.Code))
            {
                problems.Add(line.Row, 1, Catalogue.Files.NameOfOtherUnit(full, holder.Code));
            }

            placed[line] = town;
        }

        return placed;
    }

    /// <summary>The unit's name: the village's own name qualified by its town (大沙镇东升村), since village names repeat
    /// from town to town and a unit's name is unique; a name already starting with the town's is kept.</summary>
    public static string FullName(OrgUnit town, string village) =>
        village.StartsWith(town.Name, StringComparison.Ordinal) ? village : town.Name + village;

    private static Dictionary<string, OrgUnit> TownWords(IReadOnlyList<OrgUnit> units)
    {
        var words = new Dictionary<string, OrgUnit>(StringComparer.Ordinal);
        var towns = units.Where(u => u.Kind is OrgUnitKind.Town or OrgUnitKind.Subdistrict).ToList();
        foreach (var town in towns)
        {
            foreach (var alias in town.Aliases)
            {
                words.TryAdd(alias, town);
            }
        }

        foreach (var town in towns)
        {
            words[town.Name] = town;
        }

        foreach (var town in towns)
        {
            words[town.Code] = town;
        }

        return words;
    }
}
