namespace Luoshi.Domain.Units;

/// <summary>Finds a unit by its name or one of its aliases (人社局) and gives the name the ledger shows.</summary>
public sealed class UnitNames
{
    private readonly Dictionary<string, string> _byWord = new(StringComparer.Ordinal);

    /// <summary>The names of <paramref name="units"/>.</summary>
    public UnitNames(IEnumerable<OrgUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var list = units.ToList();
        foreach (var unit in list)
        {
            foreach (var alias in unit.Aliases)
            {
                _byWord.TryAdd(alias, unit.Name);
            }
        }

        // A full name wins over another unit's alias that happens to read the same.
        foreach (var unit in list)
        {
            _byWord[unit.Name] = unit.Name;
        }
    }

    /// <summary>The unit's full name, or null when no unit is called that.</summary>
    public string? Find(string nameOrAlias) => _byWord.GetValueOrDefault((nameOrAlias ?? "").Trim());

    /// <summary>As <see cref="Find(string)"/>, for a cell read without copying.</summary>
    public string? Find(ReadOnlySpan<char> nameOrAlias) =>
        _byWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(nameOrAlias.Trim(), out var name) ? name : null;
}
