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

        problems.AddRange(Aliases(rows, stored, codes));
        return problems;
    }

    // A name or alias says which unit is meant wherever a unit is typed (progress files, forms, the CLI), so an alias
    // may not be another unit's name or alias, in the file or in the ledger (unless the file redefines that unit), nor
    // may a name be an alias the ledger gives another unit. Names against names are checked above; a clash inside the
    // file is laid on the alias.
    private static IEnumerable<RowProblem> Aliases(IReadOnlyList<UnitLine> rows, IReadOnlyList<OrgUnit> stored, Dictionary<string, UnitLine> codes)
    {
        var kept = stored.Where(u => !codes.ContainsKey(u.Code)).ToList();
        var named = Holders(rows.Where(r => r.Code.Length > 0).Select(r => (r.Code, (IEnumerable<string>)[r.Name]))
            .Concat(kept.Select(u => (u.Code, (IEnumerable<string>)[u.Name]))));
        var aliased = Holders(rows.Where(r => r.Code.Length > 0).Select(r => (r.Code, (IEnumerable<string>)r.Aliases))
            .Concat(kept.Select(u => (u.Code, (IEnumerable<string>)u.Aliases))));
        var aliasedInLedger = Holders(kept.Select(u => (u.Code, (IEnumerable<string>)u.Aliases)));
        foreach (var row in rows)
        {
            foreach (var alias in row.Aliases.Distinct(StringComparer.Ordinal))
            {
                if ((Other(named, alias, row.Code) ?? Other(aliased, alias, row.Code)) is { } holder)
                {
                    yield return new(row.Row, "aliases", Catalogue.Registers.AliasOfUnit(alias, holder));
                }
            }

            if (Other(aliasedInLedger, row.Name, row.Code) is { } other)
            {
                yield return new(row.Row, "name", Catalogue.Registers.AliasOfUnit(row.Name, other));
            }
        }
    }

    private static Dictionary<string, List<string>> Holders(IEnumerable<(string Code, IEnumerable<string> Words)> units)
    {
        var holders = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (code, words) in units)
        {
            foreach (var word in words.Where(w => w.Length > 0))
            {
                if (!holders.TryGetValue(word, out var codes))
                {
                    holders[word] = codes = [];
                }

                codes.Add(code);
            }
        }

        return holders;
    }

    private static string? Other(Dictionary<string, List<string>> holders, string word, string code) =>
        holders.TryGetValue(word, out var codes) ? codes.FirstOrDefault(c => c != code) : null;

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
