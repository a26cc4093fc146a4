namespace Luoshi.Bench.Ledger;

internal static class LedgerImport
{
    public static Task<int> RunAsync(string[] args, TextWriter output) => Task.FromResult(0);
}
