using Microsoft.Data.Sqlite;

namespace Luoshi.Bench.Ledger;

/// <summary>The check that makes the SQL comparison honest: the query, the in-memory evaluation and the product's
/// end-to-end evaluation must give every target the same status, or the benchmark stops.</summary>
internal static class StatusAgreement
{
    public static async Task CheckAsync(InMemoryLedger memory, Storage.Ledger ledger, SqliteConnection sql, TextWriter output)
    {
        var asOf = LedgerShape.AsOf;
        var csharp = memory.Keys.Zip(memory.Evaluate(asOf)).ToDictionary(p => p.First, p => p.Second.ToString(), StringComparer.Ordinal);
        var stored = (await ledger.ReadPlansAsync(asOf)).SelectMany(p => p.Targets)
            .ToDictionary(r => $"{r.Plan.Region}/{r.Code}", r => r.Status.ToString(), StringComparer.Ordinal);
        var query = StatusQuery.Run(sql, asOf);
        var sqlVsMemory = Disagreements(csharp, query!, output, "SQL", "C# in memory");
        var storedVsMemory = Disagreements(csharp, stored!, output, "Ledger.ReadPlansAsync", "C# in memory");
        output.WriteLine($"// {csharp.Count:N0} targets as of {asOf:yyyy-MM-dd}: " +
            string.Join(", ", csharp.Values.GroupBy(s => s).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count():N0}")));
        output.WriteLine($"// disagreements: SQL vs C# {sqlVsMemory}, Ledger.ReadPlansAsync vs C# in memory {storedVsMemory}");
        if (sqlVsMemory + storedVsMemory > 0)
        {
            throw new InvalidOperationException("the evaluations disagree; the timings would compare different answers");
        }
    }

    // Counts targets whose status differs (or that one side lacks), printing a few of each kind.
    private static int Disagreements(Dictionary<string, string> expected, Dictionary<string, string?> actual, TextWriter output,
        string name, string reference)
    {
        var differ = expected.Where(e => !actual.TryGetValue(e.Key, out var a) || a != e.Value)
            .Select(e => (Target: e.Key, Expected: e.Value, Actual: actual.GetValueOrDefault(e.Key) ?? "(none)"))
            .Concat(actual.Keys.Where(k => !expected.ContainsKey(k)).Select(k => (Target: k, Expected: "(none)", Actual: actual[k] ?? "(none)")))
            .ToList();
        foreach (var kind in differ.GroupBy(d => (d.Expected, d.Actual)))
        {
            output.WriteLine($"// {reference} {kind.Key.Expected}, {name} {kind.Key.Actual}: {kind.Count()} targets, e.g. " +
                string.Join(" ", kind.Take(5).Select(d => d.Target)));
        }

        return differ.Count;
    }
}
