using Luoshi.Domain.Progress;

namespace Luoshi.Bench.Ledger;

/// <summary>One line of a progress file: one target's value in one unit's report for one month, with the report's
/// narrative and review state repeated on each of its lines (the shape offices export from their Excel ledgers).</summary>
internal sealed record ProgressRow(
    string Task, string Target, int Period, string Unit, PeriodValue Value,
    string Progress, string Problems, string NextSteps, ReportState State);
