namespace Luoshi.Bench.Ledger;

/// <summary>How the generated province ledger's targets stand as of the benchmark date: shows that every status
/// occurs in the data the benchmarks measure.</summary>
internal static class LedgerStats
{
    public static void Print(TextWriter output)
    {
        var ledger = InMemoryLedger.Of(LedgerShape.Province);
        var statuses = ledger.Evaluate(LedgerShape.AsOf);
        output.WriteLine($"{ledger.Count:N0} targets as of {LedgerShape.AsOf:yyyy-MM-dd}:");
        foreach (var group in statuses.GroupBy(s => s).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {group.Key,-12} {group.Count(),7:N0}");
        }
    }
}
