using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Units;

/// <summary>The rules a units file keeps across its rows and with the ledger: codes and names used once, parents that
/// exist and are of a kind the unit may sit under (<see cref="OrgUnit.MayBeUnder"/>).</summary>
public static class UnitRules
{
    /// <summary>Every problem, each on its row and column; <paramref name="rowName"/> names another row in messages.</summary>
    public static List<RowProblem> Check(IReadOnlyList<UnitLine> rows, IReadOnlyList<OrgUnit> stored, Func<int, Words> rowName)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(rowName);
        var problems = new List<RowProblem>();
        var codes = new Dictionary<string, UnitLine>(StringComparer.Ordinal);
        var names = new Dictionary<string, UnitLine>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Code.Length > 0 && !codes.TryAdd(row.Code, row))
            {
                problems.Add(new(row.Row, "code", Catalogue.Registers.CodeUsed(row.Code, rowName(codes[row.Code].Row))));
            }

            if (row.Name.Length > 0 && !names.TryAdd(row.Name, row))
            {
                problems.Add(new(row.Row, "name", Catalogue.Registers.NameUsed(row.Name, rowName(names[row.Name].Row))));
            }
        }

        var storedByCode = stored.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var storedByName = stored.ToDictionary(u => u.Name, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (storedByName.TryGetValue(row.Name, out var holder) && holder.Code != row.Code && !codes.ContainsKey(holder.Code))
            {
                problems.Add(new(row.Row, "name", Catalogue.Registers.NameOfUnit(row.Name, holder.Code)));
            }

            if (Parent(row, codes, storedByCode) is { } problem)
            {
                problems.Add(new(row.Row, "parent", problem));
            }
        }

        return problems;
    }

    private static Words? Parent(UnitLine row, Dictionary<string, UnitLine> inFile, Dictionary<string, OrgUnit> stored)
    {
        if (row.Parent.Length == 0)
        {
            return null;
        }

        OrgUnitKind? parentKind = inFile.TryGetValue(row.Parent, out var p) ? p.Kind
            : stored.TryGetValue(row.Parent, out var s) ? s.Kind : null;
        if (!inFile.ContainsKey(row.Parent) && !stored.ContainsKey(row.Parent))
        {
            return Catalogue.Registers.UnknownParent(row.Parent);
        }

        if (row.Parent == row.Code)
        {
            return Catalogue.Registers.OwnParent;
        }

        return row.Kind is { } kind && parentKind is { } pk && !OrgUnit.MayBeUnder(kind, pk)
            ? Catalogue.Registers.WrongParent(UnitKindWords.Name(kind), UnitKindWords.Name(pk), row.Parent)
            : null;
    }
}
