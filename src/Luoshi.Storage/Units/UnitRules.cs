using Luoshi.Domain.Units;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Csv;

namespace Luoshi.Storage.Units;

/// <summary>The checks across lines and against the ledger: codes and names used once, parents that exist and are
/// of a kind the unit may sit under (<see cref="OrgUnit.MayBeUnder"/>).</summary>
internal static class UnitRules
{
    public static void Check(List<UnitRow> rows, IReadOnlyList<OrgUnit> stored, CsvErrors errors)
    {
        var codes = new Dictionary<string, UnitRow>(StringComparer.Ordinal);
        var names = new Dictionary<string, UnitRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Code.Length > 0 && !codes.TryAdd(row.Code, row))
            {
                errors.Add(row.Line, "code", Catalogue.Files.CodeUsed(row.Code, codes[row.Code].Line));
            }

            if (row.Name.Length > 0 && !names.TryAdd(row.Name, row))
            {
                errors.Add(row.Line, "name", Catalogue.Files.NameUsed(row.Name, names[row.Name].Line));
            }
        }

        var storedByCode = stored.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var storedByName = stored.ToDictionary(u => u.Name, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (storedByName.TryGetValue(row.Name, out var holder) && holder.Code != row.Code && !codes.ContainsKey(holder.Code))
            {
                errors.Add(row.Line, "name", Catalogue.Files.NameOfOtherUnit(row.Name, holder.Code));
            }

            CheckParent(row, codes, storedByCode, errors);
        }
    }

    private static void CheckParent(
        UnitRow row, Dictionary<string, UnitRow> inFile, Dictionary<string, OrgUnit> stored, CsvErrors errors)
    {
        if (row.Parent.Length == 0)
        {
            return;
        }

        OrgUnitKind? parentKind = inFile.TryGetValue(row.Parent, out var p) ? p.Kind
            : stored.TryGetValue(row.Parent, out var s) ? s.Kind : null;
        if (!inFile.ContainsKey(row.Parent) && !stored.ContainsKey(row.Parent))
        {
            errors.Add(row.Line, "parent", Catalogue.Units.UnknownParent(row.Parent));
        }
        else if (row.Parent == row.Code)
        {
            errors.Add(row.Line, "parent", Catalogue.Units.OwnParent);
        }
        else if (row.Kind is { } kind && parentKind is { } pk && !OrgUnit.MayBeUnder(kind, pk))
        {
            errors.Add(row.Line, "parent", Catalogue.Units.NotUnder(kind, pk, row.Parent));
        }
    }
}
