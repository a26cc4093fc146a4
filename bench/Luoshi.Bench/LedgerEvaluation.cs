using BenchmarkDotNet.Attributes;
using Luoshi.Bench.Ledger;
using Luoshi.Domain.Evaluation;
using Microsoft.Data.Sqlite;

namespace Luoshi.Bench;

/// <summary>Evaluating a province's ledger (120 plans × 300 targets × 12 months) as of a date (issue 3: under 1 s),
/// against the same status rules written as one SQL query over the same SQLite database (the baseline, so the
/// Ratio column is C# time ÷ SQL time). The setup checks that all three give every target the same status.</summary>
// Ten iterations keep the run to a few minutes; each one evaluates all 36,000 targets, so the median is steady.
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
public class LedgerEvaluation : IDisposable
{
    private InMemoryLedger _memory = null!;
    private Storage.Ledger _ledger = null!;
    private SqliteConnection _sql = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Dispose()
    {
        _sql.Dispose();
        _ledger.DisposeAsync().AsTask().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    /// <summary>The peer: the rules of docs/evaluation.md as one SQLite query.</summary>
    [Benchmark(Baseline = true, Description = "SQL: one query in SQLite")]
    public Dictionary<string, string?> Sql() => StatusQuery.Run(_sql, LedgerShape.AsOf);

    /// <summary>The domain rules alone: TargetEvaluator over every target, its values already in memory.</summary>
    [Benchmark(Description = "C#: TargetEvaluator in memory")]
    public TargetStatus[] InMemory() => _memory.Evaluate(LedgerShape.AsOf);

    /// <summary>What the product does: read the ledger from SQLite and evaluate every plan.</summary>
    [Benchmark(Description = "C#: Ledger.ReadPlansAsync from SQLite")]
    public async Task<int> EndToEnd() => (await _ledger.ReadPlansAsync(LedgerShape.AsOf)).Sum(p => p.Targets.Count);

    private async Task SetupAsync()
    {
        var shape = LedgerShape.Province;
        var path = await ProvinceDatabase.EnsureAsync(shape, Console.Out);
        _memory = InMemoryLedger.Of(shape);
        _ledger = await ProvinceDatabase.Open(path);
        _sql = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        _sql.Open();
        await StatusAgreement.CheckAsync(_memory, _ledger, _sql, Console.Out);
    }
}
