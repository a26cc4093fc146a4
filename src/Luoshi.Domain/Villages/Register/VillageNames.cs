namespace Luoshi.Domain.Villages.Register;

/// <summary>The ledger's villages by code and by full name (大沙镇东升村), which is how the yearly files name them; a code
/// wins over a name that reads the same.</summary>
public sealed class VillageNames
{
    private readonly Dictionary<string, (int Id, string Code)> _byWord = new(StringComparer.Ordinal);

    /// <summary>The names of the villages given as (id, code, full name).</summary>
    public VillageNames(IEnumerable<(int Id, string Code, string Name)> villages)
    {
        ArgumentNullException.ThrowIfNull(villages);
        var list = villages.ToList();
        foreach (var v in list)
        {
            _byWord.TryAdd(v.Name, (v.Id, v.Code));
        }

        foreach (var v in list)
        {
            _byWord[v.Code] = (v.Id, v.Code);
        }

        Count = list.Count;
    }

    /// <summary>How many villages the ledger has.</summary>
    public int Count { get; }

    /// <summary>The village a file's cell names, by code or full name; null when none.</summary>
    public (int Id, string Code)? Find(string codeOrName) => _byWord.TryGetValue(codeOrName ?? "", out var v) ? v : null;
}
