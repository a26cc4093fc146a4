using BenchmarkDotNet.Attributes;
using Luoshi.Bench.Ledger;
using Luoshi.Domain.Evaluation;

namespace Luoshi.Bench;

/// <summary>Evaluating a province's ledger (120 plans × 300 targets × 12 months) as of a date.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
public class LedgerEvaluation
{
    private InMemoryLedger _ledger = null!;

    [GlobalSetup]
    public void Setup() => _ledger = InMemoryLedger.Of(LedgerShape.Province);

    /// <summary>The domain rules alone: TargetEvaluator over every target, its values already in memory.</summary>
    [Benchmark(Description = "C#: TargetEvaluator in memory")]
    public TargetStatus[] InMemory() => _ledger.Evaluate(LedgerShape.AsOf);
}
