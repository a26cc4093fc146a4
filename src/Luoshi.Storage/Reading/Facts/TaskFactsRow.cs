namespace Luoshi.Storage.Reading.Facts;

/// <summary>task_facts: what a task's sent reports hold, kept in one row per task so that reading a province's ledger
/// reads twelve thousand rows, not four hundred thousand values. A projection of progress_reports and progress_values,
/// rewritten in the same transaction as every change to them (<see cref="TaskFactsProjection"/>); a task with no sent
/// report has no row.</summary>
/// <param name="SentPeriods">Bit p-1 set when period p's report counts as sent.</param>
/// <param name="SentValues">The sent values as <c>target:period{A|P}value|numerator|denominator|done_on</c>, separated by
/// <c>;</c> (A approved, P awaiting review); <see cref="SentValuesText"/> reads it.</param>
internal sealed record TaskFactsRow(int TaskId, int PlanId, long SentPeriods, string SentValues);
