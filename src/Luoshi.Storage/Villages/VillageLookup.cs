using Luoshi.Domain.Units;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages;

/// <summary>The villages of the ledger by code and by full name (大沙镇东升村), which is how the yearly files name them.</summary>
internal sealed class VillageLookup
{
    private readonly Dictionary<string, (int Id, string Code)> _byWord = new(StringComparer.Ordinal);

    private VillageLookup()
    {
    }

    public int Count { get; private set; }

    public static async Task<VillageLookup> LoadAsync(LedgerDbContext db, CancellationToken ct)
    {
        var lookup = new VillageLookup();
        var villages = await db.Units.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Village)
            .Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct).ConfigureAwait(false);
        foreach (var v in villages)
        {
            lookup._byWord.TryAdd(v.Name, (v.Id, v.Code));
        }

        // A code wins over a name that reads the same.
        foreach (var v in villages)
        {
            lookup._byWord[v.Code] = (v.Id, v.Code);
        }

        lookup.Count = villages.Count;
        return lookup;
    }

    /// <summary>The village a file's cell names, by code or full name; null when none.</summary>
    public (int Id, string Code)? Find(string codeOrName) => _byWord.TryGetValue(codeOrName, out var v) ? v : null;
}
