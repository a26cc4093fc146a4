using Luoshi.Domain.Units;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Villages.Register;

/// <summary>The rules of a village register across its rows and with the ledger: each code once, each village name
/// once per town, towns that exist, codes not used by other kinds of unit, full names not used by another unit.</summary>
public static class VillageRules
{
    /// <summary>The town of each row that has one, and every problem; <paramref name="rowName"/> names another row.</summary>
    public static (Dictionary<VillageLine, OrgUnit> Towns, List<RowProblem> Problems) Check(
        IReadOnlyList<VillageLine> lines, IReadOnlyList<OrgUnit> units, Func<int, Words> rowName)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(rowName);
        var towns = TownWords(units);
        var byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var byName = units.ToDictionary(u => u.Name, StringComparer.Ordinal);
        var codes = new Dictionary<string, VillageLine>(StringComparer.Ordinal);
        var names = new Dictionary<string, VillageLine>(StringComparer.Ordinal);
        var placed = new Dictionary<VillageLine, OrgUnit>();
        var problems = new List<RowProblem>();
        foreach (var line in lines)
        {
            if (!codes.TryAdd(line.Code, line))
            {
                problems.Add(new(line.Row, "code", Catalogue.Registers.CodeUsed(line.Code, rowName(codes[line.Code].Row))));
            }
            else if (byCode.TryGetValue(line.Code, out var unit) && unit.Kind != OrgUnitKind.Village)
            {
                problems.Add(new(line.Row, "code", Catalogue.Villages.CodeOfOtherKind(line.Code, unit.Name, UnitKindWords.Name(unit.Kind))));
            }

            if (!towns.TryGetValue(line.Town, out var town))
            {
                problems.Add(new(line.Row, "town", Catalogue.Villages.UnknownTown(line.Town)));
                continue;
            }

            var full = FullName(town, line.Name);
            if (!names.TryAdd(full, line))
            {
                problems.Add(new(line.Row, "name", Catalogue.Villages.NameInTown(town.Name, line.Name, rowName(names[full].Row))));
            }
            else if (byName.TryGetValue(full, out var holder) && holder.Code != line.Code && !codes.ContainsKey(holder.Code))
            {
                problems.Add(new(line.Row, "name", Catalogue.Registers.NameOfUnit(full, holder.Code)));
            }

            placed[line] = town;
        }

        return (placed, problems);
    }

    /// <summary>The unit's name: the village's own name qualified by its town (大沙镇东升村), since village names repeat
    /// from town to town and a unit's name is unique; a name already starting with the town's is kept.</summary>
    public static string FullName(OrgUnit town, string village)
    {
        ArgumentNullException.ThrowIfNull(town);
        ArgumentNullException.ThrowIfNull(village);
        return village.StartsWith(town.Name, StringComparison.Ordinal) ? village : town.Name + village;
    }

    // A town by its code, name or alias; a code wins over a name, a name over an alias.
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
