using Luoshi.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Units;

/// <summary>Finds a unit by its name or one of its aliases (人社局) and gives the name the ledger shows.</summary>
internal sealed class UnitNames
{
    private readonly Dictionary<string, string> _byWord = new(StringComparer.Ordinal);

    public UnitNames(IEnumerable<OrgUnit> units)
    {
        foreach (var unit in units)
        {
            foreach (var alias in unit.Aliases)
            {
                _byWord.TryAdd(alias, unit.Name);
            }
        }

        // A full name wins over another unit's alias that happens to read the same.
        foreach (var unit in units)
        {
            _byWord[unit.Name] = unit.Name;
        }
    }

    /// <summary>The full name of the unit called <paramref name="nameOrAlias"/>, or the words as given when no stored
    /// unit is called that (a task may still carry the parser's name); null stays null.</summary>
    public static async Task<string?> ResolveAsync(Schema.LedgerDbContext db, string? nameOrAlias, CancellationToken ct) =>
        nameOrAlias is null ? null
            : new UnitNames(await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false)).Find(nameOrAlias) ?? nameOrAlias;

    /// <summary>The unit's full name, or null when no unit is called that.</summary>
    public string? Find(string nameOrAlias) => _byWord.GetValueOrDefault(nameOrAlias.Trim());
}
